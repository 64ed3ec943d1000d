import type { BeatFlag } from '../../../../shared/choreography/schema';
import { CONTACT_MEANS_LABELS } from '../../../../shared/choreography/schema';
import { dueState } from '../../../../shared/closure/rules';
import { CLOSURE_PRACTICE_LABELS } from '../../../../shared/closure/schema';
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
  MARGIN,
  paragraph,
  pdfText,
  TYPE,
  table,
} from './layout';
import { type BinderModel, type CastLine, localLabel, type SceneModel } from './model';

/**
 * The communication, choreography and closure pillars of one scene in the full binder, drawn from
 * the records the cut carried. Each prints a quiet note when nothing is recorded, so an empty
 * pillar is visibly empty rather than missing.
 */

const BODY_MAP_SCALE = 0.4;

/** "Thu 10 Dec 2026, 14:05" in the production's zone, for an instant stored in UTC. */
export function localInstant(iso: string | undefined, timeZone: string | undefined): string {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: timeZone ?? 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return localLabel(`${get('year')}-${get('month')}-${get('day')}`, `${get('hour')}:${get('minute')}`);
}

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

function performerBlock(doc: Doc, m: BinderModel, s: SceneModel, c: CastLine): void {
  const t = m.view.tables;
  const map = (t.bodyMap ?? []).find((b) => b.personId === c.person.id);
  const title = [
    `${c.person.name ?? ''}${c.member?.characterName ? ` (${c.member.characterName})` : ''}`,
    c.person.pronouns,
  ]
    .filter(Boolean)
    .join(' · ');
  const size = bodyMapSize(BODY_MAP_SCALE);
  heading(doc, title, 3);
  if (!map) {
    emptyNote(doc, 'No body map, break signal or preferred name recorded yet.');
  } else {
    const marks = map.areas ?? {};
    const unmarked = BODY_AREAS.filter((a) => marks[a.id] === undefined).length;
    const x = MARGIN.left + size.width + 18;
    const width = doc.page.width - MARGIN.right - x;
    const lines: [string, string, string][] = [
      ['Preferred name', map.preferredName ?? '', COLOR.ink],
      ['Break signal', map.breakSignal ?? '', COLOR.ink],
      ['Never', areasMarked(marks, 'never'), COLOR.stop],
      ['Ask first', areasMarked(marks, 'ask'), COLOR.warn],
      ['OK', areasMarked(marks, 'ok'), COLOR.ok],
    ];
    if (unmarked > 0) lines.push(['Not yet discussed', `${unmarked} of ${BODY_AREAS.length} areas`, COLOR.ink]);
    lines.push(['Tell when plans change', (map.notify ?? []).join(', '), COLOR.ink]);
    // The drawing and the lines beside it stay on one page together.
    doc.font(FONT.regular).fontSize(TYPE.body);
    const textHeight = lines.reduce(
      (h, [, v]) => h + TYPE.small + 4 + doc.heightOfString(pdfText(v || '—'), { width, lineGap: 1.5 }) + 5,
      0,
    );
    const blockHeight = Math.max(size.height + 30, textHeight);
    ensureSpace(doc, blockHeight + 6);
    const top = doc.y;
    drawBodyMap(doc, marks, MARGIN.left, top, BODY_MAP_SCALE);
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
  const checkIns = (t.checkIn ?? [])
    .filter((k) => !k.deletedAt && k.personId === c.person.id && (k.sceneId === null || k.sceneId === s.scene.id))
    .sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
  if (checkIns.length === 0) {
    emptyNote(doc, 'No meetings or check-ins logged for this scene.');
    return;
  }
  table(
    doc,
    [
      { header: 'When', width: 2.1, value: (k) => localInstant(k.at, m.view.production.timeZone) },
      { header: 'Kind', width: 1.1, value: (k) => (k.kind ? CHECK_IN_KIND_LABELS[k.kind] : '') },
      { header: 'Who was there', width: 2, value: (k) => k.attendees ?? '' },
      { header: 'What was agreed', width: 4.2, value: (k) => k.agreed ?? '' },
    ],
    checkIns,
  );
}

export function communicationPillar(doc: Doc, m: BinderModel, s: SceneModel): void {
  const cast = performers(s);
  if (cast.length === 0) {
    emptyNote(doc, 'No performers are listed for this scene yet.');
    return;
  }
  for (const c of cast) performerBlock(doc, m, s, c);
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

export function choreographyPillar(doc: Doc, m: BinderModel, s: SceneModel): void {
  const { latest, earlier, beats } = latestBeats(m, s.scene.id);
  if (!latest) {
    emptyNote(doc, 'No choreography beats are recorded for this scene.');
    return;
  }
  const flags = m.view.derived.beatFlags?.[s.scene.id ?? ''] ?? [];
  const saved = localInstant(latest.createdAt, m.view.production.timeZone);
  // The version line stays with the table it introduces.
  ensureSpace(doc, 110);
  paragraph(doc, `Version ${latest.version}, saved ${saved}${latest.note ? `: ${latest.note}` : ''}.`, {
    color: COLOR.muted,
  });
  const name = (id: string) => personName(m, id);
  type Row = Partial<BeatRecord> & { n: number; flags: BeatFlag[] };
  const rows: Row[] = beats.map((b, i) => ({ ...b, n: i + 1, flags: flags.filter((f) => f.beatId === b.id) }));
  table(
    doc,
    [
      { header: '#', width: 0.45, value: (b) => String(b.n), bold: true },
      {
        header: 'Beat',
        width: 2.5,
        value: (b) => [b.title, b.description].filter(Boolean).join('\n'),
      },
      { header: 'Who', width: 1.5, value: (b) => (b.performerIds ?? []).map(name).join(', ') },
      {
        header: 'Contact',
        width: 2.3,
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
        width: 2.3,
        value: (b) => [b.bodyPosition, b.cameraAngle, b.onScreen].filter(Boolean).join('\n'),
      },
      {
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
      },
    ],
    rows,
  );
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

export function closurePillar(doc: Doc, m: BinderModel, s: SceneModel): void {
  const t = m.view.tables;
  const records = (t.closure ?? []).filter((c) => c.sceneId === s.scene.id);
  const followUps = (t.followUp ?? [])
    .filter((f) => !f.deletedAt && f.sceneId === s.scene.id)
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  if (records.length === 0 && followUps.length === 0) {
    emptyNote(doc, 'No closure notes are recorded for this scene.');
    return;
  }
  for (const c of performers(s)) {
    const r = records.find((x) => x.personId === c.person.id);
    heading(doc, c.person.name ?? '', 3);
    if (!r) {
      emptyNote(doc, 'No closure recorded yet.');
      continue;
    }
    fields(doc, [
      [
        'Practice',
        [(r.practices ?? []).map((p) => CLOSURE_PRACTICE_LABELS[p]).join(', '), r.practiceNote]
          .filter(Boolean)
          .join(': '),
      ],
      ['Debrief', r.debrief ?? ''],
      ['Next shoot', r.nextShootNotes ?? ''],
    ]);
  }
  if (followUps.length > 0) {
    heading(doc, 'Follow-ups', 3);
    table(
      doc,
      [
        { header: 'Due', width: 1.6, value: (f) => (f.dueDate ? localLabel(f.dueDate) : '') },
        { header: 'For', width: 1.8, value: (f) => personName(m, f.personId) || 'Whole scene' },
        { header: 'Follow-up', width: 4.4, value: (f) => f.description ?? '' },
        {
          header: 'Status',
          width: 1.6,
          value: (f) => followUpStatus(m, f),
          color: (f) => (followUpStatus(m, f) === 'Overdue' ? COLOR.stop : undefined),
        },
      ],
      followUps,
    );
  }
}
