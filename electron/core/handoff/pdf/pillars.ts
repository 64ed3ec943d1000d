import type { BeatFlag } from '../../../../shared/choreography/schema';
import { CONTACT_MEANS_LABELS } from '../../../../shared/choreography/schema';
import { dueState } from '../../../../shared/closure/rules';
import {
  BODY_AREA_LABELS,
  BODY_AREAS,
  type BoundaryMark,
  CHECK_IN_KIND_LABELS,
} from '../../../../shared/communication/schema';
import type { BeatRecord, FollowUpRecord } from '../../../../shared/handoff/binder-schema';
import { todayIn } from '../../../../shared/kit/time';
import { bodyMapSize, drawBodyMap, drawLegend } from './bodymap-drawing';
import {
  COLOR,
  type Doc,
  emptyNote,
  ensureSpace,
  FONT,
  fields,
  heading,
  lineLead,
  MARGIN,
  paragraph,
  pdfText,
  TYPE,
  table,
  tableLead,
} from './layout';
import { type BinderModel, type CastLine, localInstant, type SceneModel } from './model';

/**
 * The communication, choreography and closure pillars of one scene in the full binder, drawn from
 * the records the cut carried. Each prints a quiet note when nothing is recorded, so an empty
 * pillar is visibly empty rather than missing.
 */

const BODY_MAP_SCALE = 0.4;

export { localInstant };

export function personName(m: BinderModel, id: string | null | undefined): string {
  if (!id) return '';
  return m.people.find((p) => p.id === id)?.name ?? 'Unknown person';
}

const performers = (s: SceneModel) => s.cast.filter((c) => c.member?.role !== 'crew');

function areasMarked(marks: Partial<Record<string, BoundaryMark>>, mark: BoundaryMark): string {
  return BODY_AREAS.filter((a) => marks[a.id] === mark)
    .map((a) => a.label)
    .join(', ');
}

export interface Performer {
  person: CastLine['person'];
  member: CastLine['member'];
}

/** Everyone who is not crew in any scene's cast, by name: each is printed once, in the appendix. */
export function performersOf(m: BinderModel): Performer[] {
  const seen = new Map<string, Performer>();
  for (const s of m.scenes)
    for (const c of performers(s)) {
      const id = c.person.id ?? '';
      if (!seen.has(id)) seen.set(id, { person: c.person, member: c.member });
    }
  return [...seen.values()].sort((a, b) => (a.person.name ?? '').localeCompare(b.person.name ?? ''));
}

export function performerTitle(p: Performer): string {
  return [`${p.person.name ?? ''}${p.member?.characterName ? ` (${p.member.characterName})` : ''}`, p.person.pronouns]
    .filter(Boolean)
    .join(' · ');
}

/** "Maren Holt, Tobias Reyes: body map, break signal and meeting log under Performers. 1 meeting logged for this scene." */
export function communicationLine(m: BinderModel, s: SceneModel): string {
  const cast = performers(s);
  if (cast.length === 0) return 'No performers are listed for this scene yet.';
  const maps = new Set((m.view.tables.bodyMap ?? []).map((b) => b.personId));
  const names = cast.map((c) => c.person.name ?? '').join(', ');
  const missing = cast.filter((c) => !maps.has(c.person.id ?? '')).map((c) => c.person.name ?? '');
  const meetings = (m.view.tables.checkIn ?? []).filter(
    (k) => !k.deletedAt && k.sceneId === s.scene.id && cast.some((c) => c.person.id === k.personId),
  ).length;
  return [
    `${names}: body map, break signal and meeting log under Performers.`,
    missing.length > 0 ? `No body map yet for ${missing.join(', ')}.` : '',
    `${meetings === 0 ? 'No' : meetings} meeting${meetings === 1 ? '' : 's'} logged for this scene.`,
  ]
    .filter(Boolean)
    .join(' ');
}

type BodyMapRow = NonNullable<BinderModel['view']['tables']['bodyMap']>[number];

function bodyMapLines(map: BodyMapRow): [string, string, string][] {
  const marks = map.areas ?? {};
  const unmarked = BODY_AREAS.filter((a) => marks[a.id] === undefined).length;
  const lines: [string, string, string][] = [
    ['Preferred name', map.preferredName ?? '', COLOR.ink],
    ['Break signal', map.breakSignal ?? '', COLOR.ink],
    ['Never', areasMarked(marks, 'never'), COLOR.stop],
    ['Ask first', areasMarked(marks, 'ask'), COLOR.warn],
    ['OK', areasMarked(marks, 'ok'), COLOR.ok],
  ];
  if (unmarked > 0) lines.push(['Not yet discussed', `${unmarked} of ${BODY_AREAS.length} areas`, COLOR.ink]);
  lines.push(['Tell when plans change', (map.notify ?? []).join(', '), COLOR.ink]);
  return lines;
}

function bodyMapHeight(doc: Doc, lines: [string, string, string][], width: number): number {
  const size = bodyMapSize(BODY_MAP_SCALE);
  doc.font(FONT.regular).fontSize(TYPE.body);
  const textHeight = lines.reduce(
    (h, [, v]) => h + TYPE.small + 4 + doc.heightOfString(pdfText(v || '—'), { width, lineGap: 1.5 }) + 5,
    0,
  );
  return Math.max(size.height + 30, textHeight);
}

/** One performer in the appendix: body map beside its lines, notes, then every meeting logged with them. */
export function performerBlock(doc: Doc, m: BinderModel, p: Performer): void {
  const t = m.view.tables;
  const map = (t.bodyMap ?? []).find((b) => b.personId === p.person.id);
  const size = bodyMapSize(BODY_MAP_SCALE);
  const x = MARGIN.left + size.width + 18;
  const width = doc.page.width - MARGIN.right - x;
  const noMap = 'No body map, break signal or preferred name recorded yet.';
  const lines = map ? bodyMapLines(map) : [];
  const blockHeight = map ? bodyMapHeight(doc, lines, width) : 0;
  if (doc.y > MARGIN.top + 20) doc.moveDown(0.6);
  heading(doc, performerTitle(p), 2, `performer-${p.person.id}`, map ? blockHeight + 6 : lineLead(doc, noMap));
  if (!map) {
    emptyNote(doc, noMap);
  } else {
    // The drawing and the lines beside it stay on one page together.
    ensureSpace(doc, blockHeight + 6);
    const top = doc.y;
    drawBodyMap(doc, map.areas ?? {}, MARGIN.left, top, BODY_MAP_SCALE);
    drawLegend(doc, MARGIN.left, top + size.height + 2, size.width);
    doc.y = top;
    for (const [label, value, color] of lines) {
      doc
        .font(FONT.bold)
        .fontSize(TYPE.small)
        .fillColor(COLOR.muted)
        .text(pdfText(label.toUpperCase()), x, doc.y, { width, characterSpacing: 0.4 });
      doc
        .font(FONT.regular)
        .fontSize(TYPE.body)
        .fillColor(value ? color : COLOR.faint)
        .text(pdfText(value || '—'), x, doc.y + 1, { width, lineGap: 1.5 });
      doc.y += 5;
    }
    doc.y = Math.max(doc.y, top + blockHeight) + 4;
    doc.x = MARGIN.left;
    if (map.notes) fields(doc, [['Boundary notes', map.notes]]);
  }
  const sceneNumber = new Map(m.scenes.map((s) => [s.scene.id, s.scene.number ?? '']));
  const checkIns = (t.checkIn ?? [])
    .filter((k) => !k.deletedAt && k.personId === p.person.id)
    .sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  if (checkIns.length === 0) {
    emptyNote(doc, 'No meetings or check-ins logged.');
    return;
  }
  table(
    doc,
    [
      { header: 'When', width: 2.1, value: (k) => localInstant(k.at, m.view.production.timeZone) },
      { header: 'Scene', width: 0.8, value: (k) => (k.sceneId ? (sceneNumber.get(k.sceneId) ?? '') : 'All') },
      { header: 'Kind', width: 1.1, value: (k) => (k.kind ? CHECK_IN_KIND_LABELS[k.kind] : '') },
      { header: 'Who was there', width: 1.8, value: (k) => k.attendees ?? '' },
      { header: 'What was agreed', width: 3.8, value: (k) => k.agreed ?? '' },
    ],
    checkIns,
  );
}

function latestBeats(m: BinderModel, sceneId: string | undefined) {
  const versions = (m.view.tables.beatVersion ?? [])
    .filter((v) => v.sceneId === sceneId)
    .sort((a, b) => (b.version ?? 0) - (a.version ?? 0));
  const latest = versions[0];
  const beats = (m.view.tables.beat ?? [])
    .filter((b) => latest && b.versionId === latest.id)
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  return { latest, earlier: versions.slice(1), beats };
}

function flagColor(flags: BeatFlag[]): string | undefined {
  if (flags.some((f) => f.severity === 'never')) return COLOR.stop;
  if (flags.some((f) => !f.confirmed)) return COLOR.warn;
  return undefined;
}

type BeatRow = Partial<BeatRecord> & { n: number; flags: BeatFlag[] };

/** The beats' columns; the flags column only when some beat has a flag. */
function beatColumns(m: BinderModel, rows: BeatRow[]): Parameters<typeof table<BeatRow>>[1] {
  const name = (id: string) => personName(m, id);
  const cols: Parameters<typeof table<BeatRow>>[1] = [
    { header: '#', width: 0.4, value: (b) => String(b.n), bold: true },
    {
      header: 'Beat and who',
      width: 3.4,
      value: (b) =>
        [[b.title, (b.performerIds ?? []).map(name).join(', ')].filter(Boolean).join(' — '), b.description]
          .filter(Boolean)
          .join('\n'),
    },
    {
      header: 'Contact',
      width: 2.6,
      value: (b) =>
        (b.contacts ?? [])
          .map(
            (c) =>
              `${name(c.fromPersonId)} to ${name(c.toPersonId)}: ${BODY_AREA_LABELS[c.area]} (${CONTACT_MEANS_LABELS[c.means].toLowerCase()})${c.confirmed ? ', agreed' : ''}`,
          )
          .join('\n'),
    },
    {
      header: 'Position, camera, on screen',
      width: 2.8,
      value: (b) => [b.bodyPosition, b.cameraAngle, b.onScreen].filter(Boolean).join(' · '),
    },
  ];
  if (rows.some((b) => b.flags.length > 0))
    cols.push({
      header: 'Flags',
      width: 2.4,
      value: (b) =>
        b.flags
          .map(
            (f) =>
              `${f.severity === 'never' ? 'NEVER' : f.confirmed ? 'Agreed' : 'ASK'}: ${f.message.replace(/^Beat \d+: /, '')}`,
          )
          .join('\n'),
      color: (b) => flagColor(b.flags),
    });
  return cols;
}

function beatRows(m: BinderModel, s: SceneModel, beats: ReturnType<typeof latestBeats>['beats']): BeatRow[] {
  const flags = m.view.derived.beatFlags?.[s.scene.id ?? ''] ?? [];
  return beats.map((b, i) => ({ ...b, n: i + 1, flags: flags.filter((f) => f.beatId === b.id) }));
}

function versionLine(m: BinderModel, latest: NonNullable<ReturnType<typeof latestBeats>['latest']>): string {
  const saved = localInstant(latest.createdAt, m.view.production.timeZone);
  return `Version ${latest.version}, saved ${saved}${latest.note ? `: ${latest.note}` : ''}.`;
}

const NO_BEATS = 'No choreography beats are recorded for this scene.';

/** The height of the choreography's first block: its version line, the table header and first beat. */
export function choreographyLead(doc: Doc, m: BinderModel, s: SceneModel): number {
  const { latest, beats } = latestBeats(m, s.scene.id);
  if (!latest) return lineLead(doc, NO_BEATS);
  const rows = beatRows(m, s, beats);
  return lineLead(doc, versionLine(m, latest)) + tableLead(doc, beatColumns(m, rows), rows);
}

export function choreographyPillar(doc: Doc, m: BinderModel, s: SceneModel): void {
  const { latest, earlier, beats } = latestBeats(m, s.scene.id);
  if (!latest) {
    emptyNote(doc, NO_BEATS);
    return;
  }
  const rows = beatRows(m, s, beats);
  // The version line stays with the table it introduces.
  ensureSpace(doc, lineLead(doc, versionLine(m, latest)) + tableLead(doc, beatColumns(m, rows), rows));
  paragraph(doc, versionLine(m, latest), { color: COLOR.muted });
  table(doc, beatColumns(m, rows), rows);
  if (earlier.length > 0) {
    paragraph(
      doc,
      `Earlier versions: ${earlier.map((v) => `${v.version} (${localInstant(v.createdAt, m.view.production.timeZone)}${v.note ? `, ${v.note}` : ''})`).join('; ')}.`,
      { color: COLOR.muted, size: TYPE.small },
    );
  }
}

export function followUpStatus(m: BinderModel, f: Partial<FollowUpRecord>): string {
  const today = todayIn(m.view.production.timeZone ?? 'UTC', new Date(m.view.preparedAt));
  const state = dueState({ dueDate: f.dueDate ?? '', doneAt: f.doneAt ?? null }, today);
  if (state === 'done') return `Done ${localInstant(f.doneAt ?? undefined, m.view.production.timeZone)}`;
  return state === 'overdue' ? 'Overdue' : state === 'today' ? 'Due today' : 'Open';
}

/**
 * The closure pillar of one scene as one line: for whom closure is recorded and what follow-ups
 * are open. The debriefs themselves are printed once, in the closure log.
 */
export function closureLine(m: BinderModel, s: SceneModel): string {
  const t = m.view.tables;
  const records = (t.closure ?? []).filter((c) => c.sceneId === s.scene.id);
  const followUps = (t.followUp ?? []).filter((f) => !f.deletedAt && f.sceneId === s.scene.id);
  const cast = performers(s);
  if (records.length === 0 && followUps.length === 0) return 'No closure recorded for this scene yet.';
  const done = cast.filter((c) => records.some((r) => r.personId === c.person.id)).map((c) => c.person.name ?? '');
  const missing = cast.filter((c) => !records.some((r) => r.personId === c.person.id)).map((c) => c.person.name ?? '');
  const open = followUps.filter((f) => !f.doneAt).length;
  return [
    done.length > 0 ? `Recorded for ${done.join(', ')}.` : '',
    missing.length > 0 ? `Not yet for ${missing.join(', ')}.` : '',
    followUps.length > 0
      ? `${followUps.length} follow-up${followUps.length === 1 ? '' : 's'}, ${open} open.`
      : 'No follow-ups.',
    'Details in the closure log.',
  ]
    .filter(Boolean)
    .join(' ');
}
