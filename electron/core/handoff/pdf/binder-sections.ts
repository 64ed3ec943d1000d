import { CLOSURE_PRACTICE_LABELS } from '../../../../shared/closure/schema';
import { ON_HOLD_LABEL } from '../../../../shared/garments/pull';
import { GARMENT_KIND_LABELS } from '../../../../shared/garments/schema';
import { PILLAR_LABELS, PILLARS, READINESS_LABELS, type ReadinessState } from '../../../../shared/readiness/schema';
import { sceneLabel } from '../../../../shared/scenes/rules';
import { COLOR, emptyNote, headedTable, heading, lineLead, paragraph, table, tableLead } from './layout';
import { localLabel, type SceneModel } from './model';
import { followUpStatus, localInstant, personName } from './pillars';
import type { Section } from './section';

/**
 * Sections built on the binder pillars, garments and readiness: each applies when the cut carried
 * its data (the derived figures included), never by the cut's name.
 */

/** "27 Nov": the schedule section carries the full dates. */
const shortDate = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

const stateColor = (s: ReadinessState | undefined) =>
  s === 'complete' ? COLOR.ok : s === 'blocked' ? COLOR.stop : s === 'incomplete' ? COLOR.warn : undefined;

export const readinessSection: Section = {
  id: 'readiness',
  title: 'Scene readiness',
  applies: (m) => (m.view.derived.readiness?.length ?? 0) > 0,
  render(doc, m) {
    paragraph(
      doc,
      'Where each scene stands on the five pillars, as of this binder. A scene is ready to shoot when context, communication, consent and choreography are complete; a dash means not yet scheduled. The intimacy coordinator holds the details.',
      { color: COLOR.muted },
    );
    const byScene = new Map((m.view.derived.readiness ?? []).map((r) => [r.sceneId, r]));
    const rows = m.scenes.filter((s) => byScene.has(s.scene.id ?? ''));
    const of = (s: SceneModel) => byScene.get(s.scene.id ?? '');
    table(
      doc,
      [
        { header: 'Scene', width: 0.85, value: (s) => sceneLabel(s.scene), bold: true },
        {
          header: 'Shoot',
          width: 0.9,
          value: (s) => (s.scene.shootDate ? shortDate(s.scene.shootDate) : ''),
        },
        ...PILLARS.map((p) => ({
          header: PILLAR_LABELS[p],
          width: p === 'communication' || p === 'choreography' ? 1.7 : 1.2,
          value: (s: SceneModel) => {
            const state = of(s)?.pillars[p];
            return state ? READINESS_LABELS[state] : '';
          },
          color: (s: SceneModel) => stateColor(of(s)?.pillars[p]),
        })),
        {
          header: 'Ready',
          width: 0.9,
          value: (s) => (of(s)?.readyToShoot ? 'Yes' : 'No'),
          color: (s) => (of(s)?.readyToShoot ? COLOR.ok : COLOR.stop),
          bold: true,
        },
      ],
      rows,
    );
  },
};

export const pullListsSection: Section = {
  id: 'pull-lists',
  title: 'Garment pull lists by shoot day',
  applies: (m) => (m.view.derived.pullLists?.length ?? 0) > 0,
  render(doc, m) {
    paragraph(
      doc,
      'What to pull for whom on each shoot day, from the garment needs and the stock ledger as of this binder. Short means the kit cannot cover it; allergy warnings are in red.',
      { color: COLOR.muted },
    );
    for (const list of m.view.derived.pullLists ?? []) {
      headedTable(
        doc,
        localLabel(list.date),
        2,
        [
          {
            header: 'Scene',
            width: 1.1,
            value: (l) => [l.sceneNumber, l.callTime, l.onHold ? ON_HOLD_LABEL : ''].filter(Boolean).join('\n'),
            bold: true,
          },
          {
            header: 'Performer',
            width: 2,
            value: (l) => `${l.personName}${l.characterName ? ` (${l.characterName})` : ''}`,
          },
          {
            header: 'Item',
            width: 3,
            value: (l) => `${l.variant.label || GARMENT_KIND_LABELS[l.variant.kind]}\n${l.variant.code}`,
          },
          {
            header: 'To pull',
            width: 1.3,
            value: (l) => `${l.outstanding} of ${l.quantity}${l.issued > 0 ? `\n${l.issued} issued` : ''}`,
          },
          {
            header: 'Short',
            width: 1,
            value: (l) => (l.short > 0 ? String(l.short) : ''),
            color: (l) => (l.short > 0 ? COLOR.stop : undefined),
            bold: true,
          },
          {
            header: 'Warnings',
            width: 3,
            value: (l) => l.warnings.join(' '),
            color: (l) => (l.warnings.length > 0 ? COLOR.stop : undefined),
          },
        ],
        list.lines,
      );
      if (list.shortfalls.length > 0) {
        paragraph(
          doc,
          `Short on this day: ${list.shortfalls.map((s) => `${s.short} x ${s.variant.label} (${s.variant.code})`).join('; ')}.`,
          { color: COLOR.stop },
        );
      }
    }
  },
};

export const closureLogSection: Section = {
  id: 'closure-log',
  title: 'Closure log',
  applies: (m) => (m.view.tables.closure?.length ?? 0) + (m.view.tables.followUp?.length ?? 0) > 0,
  render(doc, m) {
    paragraph(doc, 'Every closure recorded in this production, scene by scene, and every follow-up by due date.', {
      color: COLOR.muted,
    });
    const order = new Map(m.scenes.map((s, i) => [s.scene.id, i]));
    const number = new Map(m.scenes.map((s) => [s.scene.id, sceneLabel(s.scene)]));
    const records = (m.view.tables.closure ?? [])
      .filter((c) => order.has(c.sceneId))
      .sort((a, b) => (order.get(a.sceneId) ?? 0) - (order.get(b.sceneId) ?? 0));
    const closureColumns: Parameters<typeof table<(typeof records)[number]>>[1] = [
      { header: 'Scene', width: 0.9, value: (c) => number.get(c.sceneId) ?? '', bold: true },
      { header: 'Performer', width: 1.8, value: (c) => personName(m, c.personId) },
      {
        header: 'Practice',
        width: 2.2,
        value: (c) =>
          [(c.practices ?? []).map((p) => CLOSURE_PRACTICE_LABELS[p]).join(', '), c.practiceNote]
            .filter(Boolean)
            .join(': '),
      },
      { header: 'Debrief', width: 2.6, value: (c) => c.debrief ?? '' },
      { header: 'Next shoot', width: 2, value: (c) => c.nextShootNotes ?? '' },
      { header: 'Recorded', width: 1.6, value: (c) => localInstant(c.updatedAt, m.view.production.timeZone) },
    ];
    const noClosure = 'No closure recorded yet.';
    heading(
      doc,
      'Closure by scene',
      2,
      undefined,
      records.length > 0 ? tableLead(doc, closureColumns, records) : lineLead(doc, noClosure),
    );
    if (records.length === 0) emptyNote(doc, noClosure);
    else table(doc, closureColumns, records);
    const followUps = (m.view.tables.followUp ?? [])
      .filter((f) => !f.deletedAt && order.has(f.sceneId))
      .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
    const followUpColumns: Parameters<typeof table<(typeof followUps)[number]>>[1] = [
      { header: 'Due', width: 1.6, value: (f) => (f.dueDate ? localLabel(f.dueDate) : '') },
      { header: 'Scene', width: 0.9, value: (f) => number.get(f.sceneId) ?? '', bold: true },
      { header: 'For', width: 1.8, value: (f) => personName(m, f.personId) || 'Whole scene' },
      { header: 'Follow-up', width: 3.6, value: (f) => f.description ?? '' },
      {
        header: 'Status',
        width: 1.6,
        value: (f) => followUpStatus(m, f),
        color: (f) => (followUpStatus(m, f) === 'Overdue' ? COLOR.stop : undefined),
      },
    ];
    heading(doc, 'Follow-ups', 2, undefined, followUps.length > 0 ? tableLead(doc, followUpColumns, followUps) : 30);
    if (followUps.length === 0) emptyNote(doc, 'No follow-ups.');
    else table(doc, followUpColumns, followUps);
  },
};
