import { MEMBER_ROLE_LABELS } from '../../../../shared/people/schema';
import {
  PRODUCTION_STATUS_LABELS,
  PRODUCTION_TYPE_LABELS,
  UNION_STATUS_LABELS,
} from '../../../../shared/productions/schema';
import { sceneLabel } from '../../../../shared/scenes/rules';
import {
  formatEighths,
  HEIGHTENED_FLAG_LABELS,
  INTIMACY_TYPE_LABELS,
  NUDITY_LABELS,
} from '../../../../shared/scenes/schema';
import { auditSection } from './audit-section';
import { closureLogSection, pullListsSection, readinessSection } from './binder-sections';
import {
  COLOR,
  type Doc,
  emptyNote,
  fields,
  fieldsLead,
  filled,
  headedTable,
  heading,
  lineLead,
  MARGIN,
  paragraph,
  table,
  tableLead,
} from './layout';
import { type CastLine, localLabel, type SceneModel } from './model';
import {
  choreographyLead,
  choreographyPillar,
  closureLine,
  communicationLine,
  type Performer,
  performerBlock,
  performersOf,
  performerTitle,
} from './pillars';
import { producerSection } from './producer-section';
import { ridersSection } from './riders-section';

import type { Section } from './section';

export type { Section };

const list = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.join(', ') : '');
const intimacy = (s: SceneModel) => list(s.scene.intimacyTypes?.map((t) => INTIMACY_TYPE_LABELS[t]));
const sceneTitle = (s: SceneModel) => `Scene ${sceneLabel(s.scene)}`;
const when = (s: SceneModel) => (s.scene.shootDate ? localLabel(s.scene.shootDate, s.scene.callTime) : 'Not scheduled');
const castName = (c: CastLine) =>
  `${c.person.name ?? ''}${c.member?.characterName ? ` (${c.member.characterName})` : ''}`;
const riskColor = (risk: string | undefined) =>
  risk === 'high' ? COLOR.stop : risk === 'medium' ? COLOR.warn : undefined;
const cap = (s: string | undefined) => (s ? s[0]?.toUpperCase() + s.slice(1) : '');

export function sizesText(sizes: Record<string, string> | undefined): string {
  if (!sizes) return '';
  return Object.entries(sizes)
    .map(([k, v]) => `${cap(k)} ${v}`)
    .join(' · ');
}

const production: Section = {
  id: 'production',
  title: 'Production',
  applies: () => true,
  render(doc, m) {
    const p = m.view.production;
    const pairs: [string, string][] = [
      ['Title', p.title ?? ''],
      ['Type', p.type ? PRODUCTION_TYPE_LABELS[p.type] : ''],
      ['Company', p.company ?? ''],
    ];
    if (p.unionStatus) pairs.push(['Union', UNION_STATUS_LABELS[p.unionStatus]]);
    pairs.push(['Status', p.status ? PRODUCTION_STATUS_LABELS[p.status] : '']);
    pairs.push([
      'Dates',
      [p.startDate, p.endDate]
        .filter(Boolean)
        .map((d) => localLabel(d ?? ''))
        .join(' to '),
    ]);
    pairs.push(['Time zone', `${p.timeZone ?? ''} (all dates and times in this binder are local to it)`]);
    if (p.noticeHours !== undefined) pairs.push(['Rider notice', `${p.noticeHours} hours before call time`]);
    fields(doc, pairs);
    if (m.members.length > 0) {
      const byId = new Map(m.people.map((x) => [x.id, x]));
      headedTable(
        doc,
        'Cast and crew',
        2,
        [
          { header: 'Name', width: 3, value: (r) => byId.get(r.personId)?.name ?? '', bold: true },
          { header: 'Pronouns', width: 1.6, value: (r) => byId.get(r.personId)?.pronouns ?? '' },
          { header: 'Role', width: 2.2, value: (r) => (r.role ? MEMBER_ROLE_LABELS[r.role] : '') },
          { header: 'Character or department', width: 3, value: (r) => r.characterName || r.department || '' },
        ],
        m.members,
      );
    }
  },
};

const schedule: Section = {
  id: 'schedule',
  title: 'Schedule of intimate scenes',
  applies: (m) => m.scenes.length > 0 && m.has('scene', 'location'),
  render(doc, m) {
    paragraph(doc, 'Scenes in shooting order. Unscheduled scenes are listed last.', { color: COLOR.muted });
    const cols: Parameters<typeof table<SceneModel>>[1] = [
      { header: 'Date and call', width: 2.1, value: when },
      { header: 'Scene', width: 1.1, value: (s) => sceneLabel(s.scene), bold: true },
      { header: 'Location', width: 2.0, value: (s) => s.scene.location ?? '' },
    ];
    if (m.has('scene', 'intimacyTypes')) cols.push({ header: 'Intimacy', width: 2.2, value: intimacy });
    if (m.has('scene', 'riskLevel'))
      cols.push({
        header: 'Risk',
        width: 1.2,
        value: (s) => cap(s.scene.riskLevel),
        color: (s) => riskColor(s.scene.riskLevel),
      });
    if (m.has('scene', 'icPresent'))
      cols.push({ header: 'IC on set', width: 1.0, value: (s) => (s.scene.icPresent ? 'Yes' : 'No') });
    if (m.view.production.noticeHours !== undefined)
      cols.push({ header: 'Rider due by', width: 2.1, value: (s) => s.noticeDeadline ?? 'When scheduled' });
    table(doc, cols, m.scenes);
  },
};

const closedSet: Section = {
  id: 'closed-set',
  title: 'Closed set and monitors',
  applies: (m) => m.scenes.length > 0 && m.has('scene', 'closedSet'),
  render(doc, m) {
    paragraph(
      doc,
      'Only the people listed are present while these scenes are shot. Monitors are restricted as shown.',
      {
        color: COLOR.muted,
      },
    );
    table(
      doc,
      [
        { header: 'Scene', width: 1, value: (s) => sceneLabel(s.scene), bold: true },
        { header: 'Closed-set list', width: 3.6, value: (s) => list(s.scene.closedSet) || 'Not set' },
        { header: 'Monitors restricted to', width: 2.6, value: (s) => s.scene.monitorsRestrictedTo || 'Not set' },
        { header: 'Body doubles', width: 2, value: (s) => s.scene.bodyDoubles ?? '' },
      ],
      m.scenes,
    );
  },
};

function castColumns(withScope: boolean): Parameters<typeof table<CastLine>>[1] {
  const cols: Parameters<typeof table<CastLine>>[1] = [
    { header: 'Performer', width: 3, value: castName, bold: true },
    { header: 'Pronouns', width: 1.4, value: (c) => c.person.pronouns ?? '' },
  ];
  if (withScope) {
    cols.push({
      header: 'Nudity',
      width: 1.4,
      value: (c) => (c.appearance.nudity ? NUDITY_LABELS[c.appearance.nudity] : ''),
    });
    cols.push({ header: 'Simulated sex', width: 1.4, value: (c) => (c.appearance.simulatedSex ? 'Yes' : 'No') });
  }
  return cols;
}

function sceneFacts(s: SceneModel): [string, string][] {
  return filled([
    ['Shoot', [when(s), s.scene.location].filter(Boolean).join(' · ')],
    [
      'Script',
      [s.scene.scriptDay, s.scene.pageEighths ? `${formatEighths(s.scene.pageEighths)} pages` : '']
        .filter(Boolean)
        .join(' · '),
    ],
    ['Intimacy', intimacy(s)],
    ['Risk', `${cap(s.scene.riskLevel)}${s.scene.mitigation ? ` — ${s.scene.mitigation}` : ''}`],
    [
      'Closed set',
      [
        list(s.scene.closedSet),
        s.scene.monitorsRestrictedTo ? `Monitors: ${s.scene.monitorsRestrictedTo}` : '',
        `IC on set: ${s.scene.icPresent ? 'yes' : 'no'}`,
      ]
        .filter(Boolean)
        .join(' · '),
    ],
    ['Body doubles', s.scene.bodyDoubles ?? ''],
  ]);
}

/** A pillar's heading kept with its first block, then the block; an empty pillar is one line. */
function pillar(doc: Doc, title: string, lead: number, draw: () => void): void {
  heading(doc, title, 2, undefined, lead);
  draw();
}

/** One scene laid out by the five pillars; only in cuts that carry the scene's context. */
const scenes: Section = {
  id: 'scenes',
  title: 'Scenes by the five pillars',
  applies: (m) => m.scenes.length > 0 && m.has('scene', 'storyContext'),
  children: (m) => m.scenes.map((s) => ({ id: `scene-${s.scene.id}`, title: sceneTitle(s) })),
  async render(doc, m, tick) {
    paragraph(
      doc,
      "Each scene follows the five pillars of intimacy coordination: context, communication, consent, choreography and closure. Under consent, what the breakdown asks of each performer: the signed rider governs, and anything beyond it is not shot. Each performer's body map, break signal and meeting log are printed once, under Performers.",
      { color: COLOR.muted },
    );
    for (const s of m.scenes) {
      const facts = sceneFacts(s);
      if (doc.y > MARGIN.top + 20) doc.moveDown(0.8);
      heading(doc, sceneTitle(s), 1, `scene-${s.scene.id}`, fieldsLead(doc, facts) + 40);
      fields(doc, facts);
      const context = filled([
        ['Story context', s.scene.storyContext ?? ''],
        ["Director's intent", s.scene.directorIntent ?? ''],
        ['What the audience sees', s.scene.audienceSees ?? ''],
        ['Heightened emotion', list(s.scene.heightenedFlags?.map((f) => HEIGHTENED_FLAG_LABELS[f]))],
      ]);
      const noContext = 'No context recorded yet.';
      pillar(doc, '1  Context', context.length > 0 ? fieldsLead(doc, context) : lineLead(doc, noContext), () =>
        context.length > 0 ? fields(doc, context) : emptyNote(doc, noContext),
      );
      const communication = communicationLine(m, s);
      pillar(doc, '2  Communication', lineLead(doc, communication), () => paragraph(doc, communication));
      const cols = castColumns(true);
      const noCast = 'No performers are listed for this scene yet.';
      pillar(doc, '3  Consent', s.cast.length > 0 ? tableLead(doc, cols, s.cast) : lineLead(doc, noCast), () =>
        s.cast.length > 0 ? table(doc, cols, s.cast) : emptyNote(doc, noCast),
      );
      pillar(doc, '4  Choreography', choreographyLead(doc, m, s), () => choreographyPillar(doc, m, s));
      const closure = closureLine(m, s);
      pillar(doc, '5  Closure', lineLead(doc, closure), () => paragraph(doc, closure));
      await tick();
    }
  },
};

/** Everyone in the scene's cast, once each, in the appendix: body map, break signal, meetings. */
const performersAppendix: Section = {
  id: 'performers',
  title: 'Performers',
  applies: (m) => performersOf(m).length > 0 && (m.has('bodyMap', 'personId') || m.has('checkIn', 'personId')),
  children: (m) =>
    performersOf(m)
      .filter(
        (p) =>
          (m.view.tables.bodyMap ?? []).some((b) => b.personId === p.person.id) ||
          (m.view.tables.checkIn ?? []).some((k) => !k.deletedAt && k.personId === p.person.id),
      )
      .map((p) => ({ id: `performer-${p.person.id}`, title: performerTitle(p) })),
  async render(doc, m) {
    paragraph(
      doc,
      'Each performer once: the body map (where touch is OK, asked first or never), the break signal, the name they want used on set, their notes, and every meeting and check-in logged with them. The scenes refer here.',
      { color: COLOR.muted },
    );
    const t = m.view.tables;
    const recorded = (p: Performer) =>
      (t.bodyMap ?? []).some((b) => b.personId === p.person.id) ||
      (t.checkIn ?? []).some((k) => !k.deletedAt && k.personId === p.person.id);
    const all = performersOf(m);
    for (const p of all.filter(recorded)) performerBlock(doc, m, p);
    const rest = all.filter((p) => !recorded(p));
    if (rest.length > 0) {
      doc.moveDown(0.6);
      heading(doc, 'Nothing recorded yet', 2, undefined, lineLead(doc, rest.map(performerTitle).join(', ')));
      emptyNote(doc, `No body map, break signal or meeting yet for ${rest.map(performerTitle).join('; ')}.`);
    }
  },
};

const costumeNeeds: Section = {
  id: 'costume-needs',
  title: 'Costume needs by shoot day',
  // The stand-in from the breakdown, for a production that records no garment needs yet.
  applies: (m) =>
    m.days.length > 0 &&
    m.has('scenePerformer', 'nudity') &&
    m.has('person', 'sizes') &&
    (m.view.derived.pullLists?.length ?? 0) === 0,
  render(doc, m) {
    paragraph(
      doc,
      'What each performer needs on set, day by day: modesty garments for any nudity, barriers for simulated sex. Adhesive allergies are flagged.',
      { color: COLOR.muted },
    );
    for (const day of m.days) {
      const lines = day.scenes.flatMap((s) => s.cast.filter((c) => c.member?.role !== 'crew').map((c) => ({ s, c })));
      headedTable(
        doc,
        localLabel(day.date),
        2,
        [
          { header: 'Call', width: 0.9, value: (r) => r.s.scene.callTime ?? '' },
          { header: 'Scene', width: 1.0, value: (r) => sceneLabel(r.s.scene), bold: true },
          { header: 'Performer', width: 2.3, value: (r) => castName(r.c) },
          {
            header: 'Needs',
            width: 2.4,
            value: (r) =>
              [
                r.c.appearance.nudity && r.c.appearance.nudity !== 'none'
                  ? `Modesty garment (${NUDITY_LABELS[r.c.appearance.nudity].toLowerCase()} nudity)`
                  : '',
                r.c.appearance.simulatedSex ? 'Barrier' : '',
              ]
                .filter(Boolean)
                .join('; ') || 'None',
          },
          { header: 'Sizes', width: 2.6, value: (r) => sizesText(r.c.person.sizes) },
          {
            header: 'Allergies',
            width: 1.8,
            value: (r) =>
              [r.c.person.adhesiveAllergy ? 'ADHESIVE ALLERGY' : '', r.c.person.allergies ?? '']
                .filter(Boolean)
                .join('. '),
            color: (r) => (r.c.person.adhesiveAllergy ? COLOR.stop : undefined),
          },
        ],
        lines,
      );
    }
  },
};

const sizes: Section = {
  id: 'sizes',
  title: 'Performer sizes and allergies',
  applies: (m) => m.has('person', 'sizes'),
  render(doc, m) {
    table(
      doc,
      [
        { header: 'Name', width: 2.2, value: (p) => p.name ?? '', bold: true },
        { header: 'Pronouns', width: 1.2, value: (p) => p.pronouns ?? '' },
        { header: 'Sizes', width: 4, value: (p) => sizesText(p.sizes) },
        {
          header: 'Allergies',
          width: 2.4,
          value: (p) => [p.adhesiveAllergy ? 'ADHESIVE ALLERGY' : '', p.allergies ?? ''].filter(Boolean).join('. '),
          color: (p) => (p.adhesiveAllergy ? COLOR.stop : undefined),
        },
      ],
      // Performers only: the crew's sizes are not the costume department's business here.
      m.people.filter((p) => m.members.some((x) => x.personId === p.id && x.role !== 'crew')),
    );
  },
};

/** In binder order. Domain sections (consent status, pull lists, closure log) join this list. */
export const SECTIONS: Section[] = [
  production,
  producerSection,
  schedule,
  readinessSection,
  closedSet,
  scenes,
  performersAppendix,
  pullListsSection,
  costumeNeeds,
  sizes,
  ridersSection,
  closureLogSection,
  auditSection,
];
