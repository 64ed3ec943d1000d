/**
 * A small layout kit over pdfkit for a calm, printable binder: one type scale, one palette,
 * headings that never sit alone at the foot of a page, key-value blocks, and tables that break
 * across pages with their header repeated.
 */
import { FONT, fontCovers } from './fonts';

export type Doc = PDFKit.PDFDocument;

export const TYPE = {
  title: 26,
  h1: 17,
  h2: 12.5,
  h3: 10.5,
  body: 9.5,
  small: 8,
} as const;

export const COLOR = {
  ink: '#1d2329',
  muted: '#5c6670',
  faint: '#8a939c',
  rule: '#d3d9df',
  accent: '#2e4a62',
  band: '#eef2f5',
  ok: '#2f6b4f',
  warn: '#8a5a12',
  stop: '#9b2c2c',
} as const;

export { FONT };

export const MARGIN = { top: 72, bottom: 70, left: 64, right: 64 } as const;

/**
 * Text as the binder's typeface can draw it: control characters become spaces, and anything the
 * font has no glyph for (CJK, emoji) is mapped to its closest Latin letter (NFKD) or a visible "?",
 * never an empty box.
 */
export function pdfText(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '\n') out += ch;
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) out += ' ';
    else if (fontCovers(c)) out += ch;
    else {
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += base !== ch && [...base].every((b) => fontCovers(b.codePointAt(0) ?? 0)) ? base : '?';
    }
  }
  return breakLongWords(out);
}

/** Words longer than this get break opportunities; no real word or name comes close. */
const LONG_WORD = 48;
/** Where a long word may break: every this many characters. */
const WORD_CHUNK = 24;

/**
 * Gives an overlong word (a pasted hash, a URL, a run of one key) zero-width break opportunities
 * every few characters. pdfkit splits a word wider than the line by re-measuring what is left of it
 * after every line, which is quadratic in the word's length: 20,000 characters took 24 s.
 */
export function breakLongWords(text: string): string {
  return text.replace(new RegExp(`[^\\s\u200b]{${LONG_WORD + 1},}`, 'gu'), (word) => {
    const chars = [...word];
    let out = '';
    for (let i = 0; i < chars.length; i += WORD_CHUNK)
      out += (i > 0 ? '\u200b' : '') + chars.slice(i, i + WORD_CHUNK).join('');
    return out;
  });
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - MARGIN.left - MARGIN.right;
}

function bottom(doc: Doc): number {
  return doc.page.height - MARGIN.bottom;
}

/** Starts a new page when less than `height` points are left. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

/**
 * A heading, kept with what follows it: `keep` is the height of the block it introduces (its first
 * row, its first field, a body map), measured by the caller, so a heading is never the last thing
 * on a page. Without a measure it keeps three lines of body text.
 */
export function heading(doc: Doc, text: string, level: 1 | 2 | 3, destination?: string, keep = 48): void {
  const size = level === 1 ? TYPE.h1 : level === 2 ? TYPE.h2 : TYPE.h3;
  doc.font(FONT.bold).fontSize(size);
  const own = doc.heightOfString(pdfText(text), { width: contentWidth(doc) }) + size * 1.2 + (level === 1 ? 16 : 6);
  ensureSpace(doc, own + Math.min(keep, 400));
  if (level === 1) doc.moveDown(0.2);
  else doc.moveDown(level === 2 ? 0.6 : 0.4);
  if (destination) doc.addNamedDestination(destination);
  doc
    .font(FONT.bold)
    .fontSize(size)
    .fillColor(level === 3 ? COLOR.ink : COLOR.accent)
    .text(pdfText(text), MARGIN.left, doc.y, { width: contentWidth(doc) });
  if (level === 1) {
    const y = doc.y + 4;
    doc
      .moveTo(MARGIN.left, y)
      .lineTo(MARGIN.left + contentWidth(doc), y)
      .lineWidth(0.8)
      .strokeColor(COLOR.accent)
      .stroke();
    doc.y = y + 12;
  } else {
    doc.moveDown(0.35);
  }
}

export function paragraph(
  doc: Doc,
  text: string,
  opts: { color?: string; size?: number; italic?: boolean } = {},
): void {
  doc
    .font(opts.italic ? FONT.italic : FONT.regular)
    .fontSize(opts.size ?? TYPE.body)
    .fillColor(opts.color ?? COLOR.ink)
    .text(pdfText(text), MARGIN.left, doc.y, { width: contentWidth(doc), lineGap: 2.5 });
  doc.moveDown(0.45);
}

/** A quiet note for an empty section, so a reader knows nothing was left out by mistake. */
export function emptyNote(doc: Doc, text: string): void {
  paragraph(doc, text, { color: COLOR.muted, italic: true });
}

const LABEL_WIDTH = 128;

/** Only the pairs with something to say. */
export function filled(pairs: [string, string][]): [string, string][] {
  return pairs.filter(([, v]) => v.trim() !== '');
}

/** The height the first of these pairs takes: what a heading above them keeps with it. */
export function fieldsLead(doc: Doc, pairs: [string, string][]): number {
  const first = pairs[0];
  if (!first) return 0;
  doc.font(FONT.regular).fontSize(TYPE.body);
  const h = doc.heightOfString(pdfText(first[1] || '—'), {
    width: contentWidth(doc) - LABEL_WIDTH - 8,
    lineGap: 2,
  });
  return Math.min(Math.max(h, TYPE.body + 2), 120) + 6;
}

/** The height of one line of body text: what a heading above a paragraph keeps with it. */
export function lineLead(doc: Doc, text: string, size: number = TYPE.body): number {
  doc.font(FONT.regular).fontSize(size);
  return Math.min(doc.heightOfString(pdfText(text), { width: contentWidth(doc), lineGap: 2.5 }), 60) + 6;
}

/** Label/value pairs in two columns; long values wrap under their own label. */
export function fields(doc: Doc, pairs: [string, string][]): void {
  const labelWidth = LABEL_WIDTH;
  const valueWidth = contentWidth(doc) - labelWidth - 8;
  for (const [label, raw] of pairs) {
    const value = pdfText(raw || '—');
    doc.font(FONT.regular).fontSize(TYPE.body);
    const h = Math.max(doc.heightOfString(value, { width: valueWidth, lineGap: 2 }), TYPE.body + 2);
    ensureSpace(doc, Math.min(h, 120) + 6);
    const y = doc.y;
    doc
      .font(FONT.bold)
      .fontSize(TYPE.small)
      .fillColor(COLOR.muted)
      .text(pdfText(label).toUpperCase(), MARGIN.left, y + 1.5, {
        width: labelWidth,
        characterSpacing: 0.4,
      });
    doc
      .font(FONT.regular)
      .fontSize(TYPE.body)
      .fillColor(raw ? COLOR.ink : COLOR.faint)
      .text(value, MARGIN.left + labelWidth + 8, y, { width: valueWidth, lineGap: 2 });
    doc.y = Math.max(doc.y, y + TYPE.body + 2) + 3;
  }
  doc.x = MARGIN.left;
}

export interface TableColumn<R> {
  header: string;
  /** Share of the content width. */
  width: number;
  value: (row: R) => string;
  color?: (row: R) => string | undefined;
  bold?: boolean;
}

const CELL_PAD = 4;

/**
 * One size for a table's header row: the small type size, or smaller when a header word would
 * otherwise break mid-word in its column ("COMMUNICATIO / N"); never below 6 pt.
 */
function headerSize<R>(doc: Doc, columns: TableColumn<R>[], widths: number[]): number {
  doc.font(FONT.bold).fontSize(TYPE.small);
  let size: number = TYPE.small;
  columns.forEach((c, i) => {
    const room = (widths[i] ?? 0) - CELL_PAD * 2;
    for (const word of pdfText(c.header).toUpperCase().split(/\s+/)) {
      const w = doc.widthOfString(word, { characterSpacing: HEADER_SPACING });
      if (w > room) size = Math.min(size, Math.max(6, Math.floor(((TYPE.small * room) / w) * 4) / 4));
    }
  });
  return size;
}

const HEADER_SPACING = 0.3;

function drawHeader<R>(doc: Doc, columns: TableColumn<R>[], widths: number[]): void {
  doc.font(FONT.bold).fontSize(headerSize(doc, columns, widths));
  const opts = (i: number) => ({ width: (widths[i] ?? 0) - CELL_PAD * 2, characterSpacing: HEADER_SPACING });
  const labels = columns.map((c) => pdfText(c.header).toUpperCase());
  const h = Math.max(...labels.map((t, i) => doc.heightOfString(t, opts(i)))) + CELL_PAD * 2;
  const y = doc.y;
  doc.rect(MARGIN.left, y, contentWidth(doc), h).fill(COLOR.band);
  let x = MARGIN.left;
  labels.forEach((t, i) => {
    doc.fillColor(COLOR.accent).text(t, x + CELL_PAD, y + CELL_PAD, opts(i));
    x += widths[i] ?? 0;
  });
  doc.y = y + h;
}

/**
 * Column widths from the columns' shares, then widened where a word in the column would not fit
 * ("Incomplet / e"), taking the room from columns with slack. A single very long word (a file
 * name) may claim at most 40% of the width and wraps beyond that.
 */
function columnWidths<R>(doc: Doc, columns: TableColumn<R>[], cells: string[][]): number[] {
  const full = contentWidth(doc);
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * full);
  const need = columns.map((c, i) => {
    doc.font(FONT.bold).fontSize(TYPE.small);
    let widest = 0;
    for (const word of pdfText(c.header).toUpperCase().split(/\s+/))
      widest = Math.max(widest, doc.widthOfString(word, { characterSpacing: HEADER_SPACING }));
    doc.font(c.bold ? FONT.bold : FONT.regular).fontSize(TYPE.body);
    for (const row of cells)
      for (const word of (row[i] ?? '').split(/\s+/)) widest = Math.max(widest, doc.widthOfString(word));
    return Math.min(widest + CELL_PAD * 2 + 1, full * 0.4);
  });
  const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, (need[i] ?? 0) - w), 0);
  const slack = widths.reduce((sum, w, i) => sum + Math.max(0, w - (need[i] ?? 0)), 0);
  if (deficit === 0 || slack === 0) return widths;
  const take = Math.min(1, deficit / slack);
  return widths.map((w, i) => {
    const n = need[i] ?? 0;
    return n > w ? w + (n - w) * Math.min(1, slack / deficit) : w - (w - n) * take;
  });
}

function tableMetrics<R>(doc: Doc, columns: TableColumn<R>[], rows: R[]) {
  const cellsOf = (row: R) => columns.map((c) => pdfText(c.value(row) || '—'));
  const widths = columnWidths(
    doc,
    columns,
    rows.map((row) => cellsOf(row)),
  );
  const rowHeight = (cells: string[]) => {
    doc.fontSize(TYPE.body);
    return (
      Math.max(
        ...cells.map((t, i) => {
          doc.font(columns[i]?.bold ? FONT.bold : FONT.regular);
          return doc.heightOfString(t, { width: (widths[i] ?? 0) - CELL_PAD * 2, lineGap: 1.5 });
        }),
      ) +
      CELL_PAD * 2
    );
  };
  const first = rows[0];
  const lead = 30 + (first === undefined ? 30 : Math.min(rowHeight(cellsOf(first)), 300));
  return { cellsOf, widths, rowHeight, lead };
}

/** The height of a table's header and first row: what a heading above it keeps with it. */
export function tableLead<R>(doc: Doc, columns: TableColumn<R>[], rows: R[]): number {
  return tableMetrics(doc, columns, rows).lead;
}

/** A table that breaks across pages, repeating its header on each; rows are never split. */
export function table<R>(doc: Doc, columns: TableColumn<R>[], rows: R[]): void {
  if (rows.length === 0) {
    emptyNote(doc, 'Nothing to list.');
    return;
  }
  const { cellsOf, widths, rowHeight, lead } = tableMetrics(doc, columns, rows);
  // The header never sits alone at the foot of a page: it keeps its first row with it.
  ensureSpace(doc, lead);
  drawHeader(doc, columns, widths);
  for (const row of rows) {
    const cells = cellsOf(row);
    const h = rowHeight(cells);
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      drawHeader(doc, columns, widths);
    }
    const y = doc.y;
    let x = MARGIN.left;
    cells.forEach((t, i) => {
      const col = columns[i];
      doc
        .font(col?.bold ? FONT.bold : FONT.regular)
        .fontSize(TYPE.body)
        .fillColor(col?.color?.(row) ?? COLOR.ink)
        .text(t, x + CELL_PAD, y + CELL_PAD, { width: (widths[i] ?? 0) - CELL_PAD * 2, lineGap: 1.5 });
      x += widths[i] ?? 0;
    });
    doc
      .moveTo(MARGIN.left, y + h)
      .lineTo(MARGIN.left + contentWidth(doc), y + h)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.y = y + h;
  }
  doc.x = MARGIN.left;
  doc.moveDown(0.8);
}

/** A heading over a table, kept with the table's header and first row. */
export function headedTable<R>(doc: Doc, title: string, level: 2 | 3, columns: TableColumn<R>[], rows: R[]): void {
  heading(doc, title, level, undefined, rows.length > 0 ? tableLead(doc, columns, rows) : 30);
  table(doc, columns, rows);
}
