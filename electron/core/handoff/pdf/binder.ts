import { randomBytes } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { CutView } from '../../../../shared/handoff/cuts';
import { CUT_LABELS } from '../../../../shared/handoff/schema';
import { PRODUCTION_TYPE_LABELS } from '../../../../shared/productions/schema';
import type { ChainHead } from '../../audit/anchor';
import { registerFonts } from './fonts';
import { HEAD_INFO_KEY, headText, PRODUCTION_INFO_KEY } from './head';
import { COLOR, contentWidth, type Doc, FONT, heading, MARGIN, pdfText, TYPE } from './layout';
import { type BinderModel, buildModel, localInstant } from './model';
import { SECTIONS, type Section } from './sections';
import { upgradeToRevision6 } from './security';

export interface BinderOptions {
  /** Opens the PDF; AES-256, revision 6. */
  password?: string;
  /** The production's audit chain head, printed on the cover and carried in the info dictionary. */
  head?: ChainHead;
  onProgress?: (phase: string, done: number, total: number) => void;
  /** This binder's revision of its cut, and the earlier one it replaces (from the export log). */
  revision?: number;
  supersedes?: { revision: number; at: string } | null;
  /** Who keeps the vault (Settings): the coordinator who prepared the binder. */
  preparedBy?: string;
}

/** The cover's kicker: what this binder is, named for its reader. */
const COVER_TITLES: Record<CutView['cut'], string> = {
  full: 'COORDINATOR BINDER',
  costume: 'COSTUME BINDER',
  production: 'PRODUCTION OFFICE BINDER',
  producer: 'PRODUCER SUMMARY',
};

/** "Maren Holt · maren@example.org · +1 555 0100": who prepared it, with a contact when the cut carries one. */
function preparedByLine(m: BinderModel, name: string | undefined): string {
  if (!name) return '';
  const person = m.people.find((p) => p.name === name);
  return [name, person?.email, person?.phone].filter(Boolean).join(' · ');
}

const TOC_LINES_PER_PAGE = 34;

export function confidentialLine(recipient: string): string {
  return `Confidential — prepared for ${recipient}`;
}

function newDoc(view: CutView, password: string | undefined, head: ChainHead | undefined): Doc {
  const created = new Date(view.preparedAt);
  // A random owner password: the recipient can read and print, not lift the restrictions.
  const ownerPassword = randomBytes(24).toString('base64url');
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: pdfText(`${view.production.title ?? 'Production'} — ${CUT_LABELS[view.cut]}`),
      Author: 'Closed Set',
      Subject: pdfText(confidentialLine(view.recipient)),
      Keywords: head ? `confidential, audit chain head ${headText(head)}` : 'confidential',
      ...(head ? { [HEAD_INFO_KEY]: headText(head), [PRODUCTION_INFO_KEY]: view.production.id } : {}),
      CreationDate: created,
      ModDate: created,
    },
    ...(password
      ? {
          pdfVersion: '1.7ext3' as const,
          userPassword: password,
          ownerPassword,
          permissions: { printing: 'highResolution' as const, copying: false, modifying: false, annotating: false },
        }
      : {}),
  });
  if (password) upgradeToRevision6(doc, password, ownerPassword);
  registerFonts(doc);
  return doc.font(FONT.regular);
}

function cover(doc: Doc, m: BinderModel, head: ChainHead | undefined, opts: BinderOptions): void {
  const p = m.view.production;
  const w = contentWidth(doc);
  doc.rect(0, 0, doc.page.width, 10).fill(COLOR.accent);
  doc.y = 190;
  doc.font(FONT.bold).fontSize(TYPE.small).fillColor(COLOR.muted).text(COVER_TITLES[m.view.cut], MARGIN.left, doc.y, {
    width: w,
    characterSpacing: 2,
  });
  doc.moveDown(0.8);
  doc
    .font(FONT.bold)
    .fontSize(TYPE.title)
    .fillColor(COLOR.ink)
    .text(pdfText(p.title ?? ''), { width: w });
  doc.moveDown(0.3);
  const sub = [p.type ? PRODUCTION_TYPE_LABELS[p.type] : '', p.company ?? ''].filter(Boolean).join(' · ');
  doc.font(FONT.regular).fontSize(13).fillColor(COLOR.muted).text(pdfText(sub), { width: w });
  doc.moveDown(2.5);
  const y0 = doc.y;
  doc
    .moveTo(MARGIN.left, y0)
    .lineTo(MARGIN.left + w, y0)
    .lineWidth(0.8)
    .strokeColor(COLOR.rule)
    .stroke();
  doc.y = y0 + 18;
  const rows: [string, string][] = [
    ['Prepared for', m.view.recipient],
    ...(opts.preparedBy ? ([['Prepared by', preparedByLine(m, opts.preparedBy)]] as [string, string][]) : []),
    ['Cut', CUT_LABELS[m.view.cut]],
    ['Date', localInstant(m.view.preparedAt, m.view.production.timeZone)],
    ...(opts.revision
      ? ([
          [
            'Revision',
            `${opts.revision}${
              opts.supersedes
                ? `, supersedes revision ${opts.supersedes.revision} of ${localInstant(opts.supersedes.at, m.view.production.timeZone)}`
                : ''
            }`,
          ],
        ] as [string, string][])
      : []),
    ['Scenes', String(m.scenes.length)],
    ...(head
      ? ([
          [
            'Audit chain',
            `${head.count} entries${m.view.tables.auditEntry?.length ? ', listed at the end of this binder' : ''}`,
          ],
        ] as [string, string][])
      : []),
  ];
  for (const [label, value] of rows) {
    const y = doc.y;
    doc
      .font(FONT.bold)
      .fontSize(TYPE.small)
      .fillColor(COLOR.muted)
      .text(label.toUpperCase(), MARGIN.left, y + 2, {
        width: 120,
        characterSpacing: 0.6,
      });
    doc
      .font(FONT.regular)
      .fontSize(12)
      .fillColor(COLOR.ink)
      .text(pdfText(value), MARGIN.left + 130, y, { width: w - 130 });
    doc.y = Math.max(doc.y, y + 14) + 10;
  }
  // The head is printed once, here; the audit trail refers to it.
  if (head) {
    // The head on a line of its own, so it can be read off paper and typed as `--against count:hash`.
    doc.font(FONT.regular).fontSize(TYPE.small).fillColor(COLOR.muted);
    doc.text(`Audit chain head: ${headText(head)}`, MARGIN.left, doc.y, { width: w, lineBreak: false });
    doc.moveDown(0.4);
    doc.text('Check that the trail was not rewritten since: closed-set verify <vault> --against <this file>', {
      width: w,
      lineBreak: false,
    });
  }
  doc.y = doc.page.height - MARGIN.bottom - 92;
  doc.rect(MARGIN.left, doc.y, w, 72).lineWidth(0.8).strokeColor(COLOR.stop).stroke();
  doc
    .font(FONT.bold)
    .fontSize(TYPE.h3)
    .fillColor(COLOR.stop)
    .text('CONFIDENTIAL', MARGIN.left + 16, doc.y + 14, { width: w - 32 });
  doc
    .font(FONT.regular)
    .fontSize(TYPE.small + 0.5)
    .fillColor(COLOR.ink)
    .text(
      pdfText(
        `This binder holds private information about performers and was prepared for ${m.view.recipient} only. Do not copy, forward or leave it unattended. Return or destroy it when the production no longer needs it.`,
      ),
      { width: w - 32, lineGap: 2 },
    );
}

interface TocEntry {
  id: string;
  title: string;
  level: 1 | 2;
  page: number;
}

function tocPages(entries: number): number {
  return Math.max(1, Math.ceil((entries + 2) / TOC_LINES_PER_PAGE));
}

function drawToc(doc: Doc, first: number, entries: TocEntry[]): void {
  const w = contentWidth(doc);
  entries.forEach((e, i) => {
    const pageIndex = first + Math.floor((i + 2) / TOC_LINES_PER_PAGE);
    doc.switchToPage(pageIndex);
    if (i === 0 || (i + 2) % TOC_LINES_PER_PAGE === 0) {
      doc.y = MARGIN.top;
      if (i === 0) {
        doc
          .font(FONT.bold)
          .fontSize(TYPE.h1)
          .fillColor(COLOR.accent)
          .text('Contents', MARGIN.left, doc.y, { width: w });
        doc.moveDown(1.2);
      }
    }
    const y = doc.y;
    const indent = e.level === 1 ? 0 : 16;
    doc
      .font(e.level === 1 ? FONT.bold : FONT.regular)
      .fontSize(e.level === 1 ? TYPE.body + 1 : TYPE.body)
      .fillColor(e.level === 1 ? COLOR.ink : COLOR.muted)
      .text(pdfText(e.title), MARGIN.left + indent, y, { width: w - indent - 50, goTo: e.id, lineBreak: false });
    doc.text(String(e.page), MARGIN.left + w - 50, y, { width: 50, align: 'right', goTo: e.id, lineBreak: false });
    doc.y = y + (e.level === 1 ? 19 : 15);
  });
}

function stamp(doc: Doc, view: CutView): void {
  const range = doc.bufferedPageRange();
  const w = contentWidth(doc);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing in the margins must not make pdfkit start a new page.
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 44;
    doc
      .moveTo(MARGIN.left, y - 8)
      .lineTo(MARGIN.left + w, y - 8)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.font(FONT.bold).fontSize(TYPE.small).fillColor(COLOR.stop);
    doc.text(pdfText(confidentialLine(view.recipient)), MARGIN.left, y, { width: w * 0.7, lineBreak: false });
    doc.font(FONT.regular).fillColor(COLOR.muted);
    doc.text(`Page ${i + 1} of ${range.count}`, MARGIN.left + w * 0.7, y, {
      width: w * 0.3,
      align: 'right',
      lineBreak: false,
    });
    if (i > range.start) {
      doc.font(FONT.regular).fontSize(TYPE.small).fillColor(COLOR.faint);
      doc.text(pdfText(`${view.production.title ?? ''} · ${CUT_LABELS[view.cut]}`), MARGIN.left, 36, {
        width: w,
        lineBreak: false,
      });
    }
    watermark(doc, view.recipient);
    doc.page.margins.bottom = saved;
  }
}

interface GlyphRun {
  glyphs: { path: { toSVG(): string } }[];
  positions: { xAdvance: number }[];
  advanceWidth: number;
}

/**
 * The recipient's name across the page, diagonal and light, so a copy says whose it was. Drawn as
 * the letters' outlines, not as text: it survives a copier and never mixes into copied text.
 */
function watermark(doc: Doc, recipient: string): void {
  const { width, height } = doc.page;
  doc.font(FONT.bold);
  const font = (doc as unknown as { _font?: { font?: { layout(t: string): GlyphRun; unitsPerEm: number } } })._font
    ?.font;
  if (!font) return;
  const run = font.layout(pdfText(recipient).replace(/\s+/g, ' ').slice(0, 60));
  const diagonal = Math.hypot(width, height) * 0.6;
  const size = Math.min(44, (diagonal / Math.max(run.advanceWidth, 1)) * font.unitsPerEm);
  const scale = size / font.unitsPerEm;
  doc.save();
  doc.fillColor(COLOR.faint).fillOpacity(0.1);
  doc.translate(width / 2, height / 2).rotate(-55);
  doc.translate((-run.advanceWidth * scale) / 2, size / 3).scale(scale, -scale);
  let x = 0;
  run.glyphs.forEach((glyph, i) => {
    doc.save();
    doc.translate(x, 0);
    doc.path(glyph.path.toSVG()).fill();
    doc.restore();
    x += run.positions[i]?.xAdvance ?? 0;
  });
  doc.restore();
}

/** Renders a recipient cut as a PDF binder; yields between scenes so progress can be polled. */
export async function renderBinder(view: CutView, opts: BinderOptions = {}): Promise<{ bytes: Buffer; pages: number }> {
  const m = buildModel(view);
  if (opts.head) m.head = { count: opts.head.count, hash: opts.head.hash };
  const sections: Section[] = SECTIONS.filter((s) => s.applies(m));
  const childCount = sections.reduce((n, s) => n + (s.children?.(m).length ?? 0), 0);
  const total = sections.length + m.scenes.length;
  let done = 0;
  const report = opts.onProgress ?? (() => {});
  const tick = async () => {
    done++;
    report('Laying out the binder', Math.min(done, total), total);
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  const doc = newDoc(view, opts.password, opts.head);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  // Headings with a destination are where the contents link to; remember the page each lands on.
  const destinationPages = new Map<string, number>();
  const addDestination = doc.addNamedDestination.bind(doc);
  doc.addNamedDestination = (name: string, ...args: unknown[]) => {
    destinationPages.set(name, doc.bufferedPageRange().count);
    return addDestination(name, ...(args as []));
  };

  cover(doc, m, opts.head, opts);
  const tocFirst = doc.bufferedPageRange().count;
  // A binder of one or two sections (the producer's summary) needs no contents page.
  const tocCount = sections.length > 2 ? tocPages(sections.length + childCount) : 0;
  for (let i = 0; i < tocCount; i++) doc.addPage();
  const entries: TocEntry[] = [];
  for (const [i, section] of sections.entries()) {
    // The first section, the scenes and the appendices start a page; the rest follow on.
    if (i === 0 || section.newPage) doc.addPage();
    else doc.moveDown(1.6);
    heading(doc, section.title, 1, section.id, 90);
    const page = doc.bufferedPageRange().count;
    entries.push({ id: section.id, title: section.title, level: 1, page });
    doc.outline.addItem(pdfText(section.title));
    await section.render(doc, m, tick);
    for (const child of section.children?.(m) ?? []) {
      entries.push({ id: child.id, title: child.title, level: 2, page: destinationPages.get(child.id) ?? page });
    }
    await tick();
  }
  if (tocCount > 0) drawToc(doc, tocFirst, entries);
  stamp(doc, view);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  await ended;
  return { bytes: Buffer.concat(chunks), pages };
}
