import { AREA_SHAPES, DECORATION, type Shape } from '../../../../shared/communication/body-shapes';
import { BODY_AREAS, type BodyMarks, type BodyView, type BoundaryMark } from '../../../../shared/communication/schema';
import { COLOR, type Doc, FONT, pdfText, TYPE } from './layout';

/**
 * A performer's body map as vector graphics: the app's own front and back silhouettes (the same
 * shapes, from shared/), each area filled by its mark. The marks also differ by line (ask first is
 * dashed, never is a heavy outline), so the map still reads on a black-and-white printout.
 */
export const MARK_FILL: Record<BoundaryMark | 'none', string> = {
  ok: '#a9cdb9',
  ask: '#efd29a',
  never: '#d99a9a',
  none: '#ffffff',
};
const SILHOUETTE_FILL = '#e7ebef';
const OUTLINE = '#6f7a85';

/** The drawing's size in points at a scale, for two silhouettes side by side with captions. */
export function bodyMapSize(scale: number): { width: number; height: number } {
  return { width: 2 * 200 * scale + 12, height: 410 * scale + 16 };
}

function draw(doc: Doc, shape: Shape, x: number, y: number, s: number): void {
  if (shape.kind === 'rect')
    doc.roundedRect(x + shape.x * s, y + shape.y * s, shape.w * s, shape.h * s, (shape.r ?? 0) * s);
  else doc.ellipse(x + shape.cx * s, y + shape.cy * s, shape.rx * s, shape.ry * s);
}

function silhouette(doc: Doc, view: BodyView, marks: BodyMarks, x: number, y: number, s: number): void {
  doc.save();
  for (const shape of DECORATION[view]) {
    draw(doc, shape, x, y, s);
    doc.lineWidth(0.6).fillAndStroke(SILHOUETTE_FILL, OUTLINE);
  }
  for (const area of BODY_AREAS.filter((a) => a.view === view)) {
    const mark = marks[area.id];
    for (const shape of AREA_SHAPES[area.id]) {
      draw(doc, shape, x, y, s);
      doc.undash();
      if (mark === 'ask') doc.dash(2, { space: 1.5 });
      doc
        .lineWidth(mark === 'never' ? 1.6 : 0.6)
        .fillAndStroke(MARK_FILL[mark ?? 'none'], mark === 'never' ? COLOR.stop : OUTLINE);
    }
  }
  doc.undash();
  doc
    .font(FONT.bold)
    .fontSize(TYPE.small)
    .fillColor(COLOR.muted)
    .text(view === 'front' ? 'FRONT' : 'BACK', x, y + 410 * s + 4, { width: 200 * s, align: 'center' });
  doc.restore();
}

/** Draws both views at (x, y); returns the height used. */
export function drawBodyMap(doc: Doc, marks: BodyMarks, x: number, y: number, scale: number): number {
  silhouette(doc, 'front', marks, x, y, scale);
  silhouette(doc, 'back', marks, x + 200 * scale + 12, y, scale);
  return bodyMapSize(scale).height;
}

/** The legend, two by two under the drawing: a swatch per mark, drawn the way the map draws it. */
export function drawLegend(doc: Doc, x: number, y: number, width: number): number {
  const items: [BoundaryMark | 'none', string][] = [
    ['ok', 'OK'],
    ['ask', 'Ask first'],
    ['never', 'Never'],
    ['none', 'Not yet discussed'],
  ];
  doc.save();
  items.forEach(([mark, label], i) => {
    const cx = x + (i % 2) * (width / 2);
    const cy = y + Math.floor(i / 2) * 12;
    doc.undash();
    if (mark === 'ask') doc.dash(2, { space: 1.5 });
    doc
      .rect(cx, cy + 1, 10, 7)
      .lineWidth(mark === 'never' ? 1.4 : 0.6)
      .fillAndStroke(MARK_FILL[mark], mark === 'never' ? COLOR.stop : OUTLINE);
    doc.undash();
    doc
      .font(FONT.regular)
      .fontSize(TYPE.small)
      .fillColor(COLOR.ink)
      .text(pdfText(label), cx + 14, cy, { lineBreak: false });
  });
  doc.restore();
  return 26;
}
