import { COLOR, fields, headedTable, heading, paragraph } from './layout';
import { localLabel, type SceneModel } from './model';
import type { Section } from './section';

const money = (minor: number, currency: string) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(minor / 100);

/**
 * The producer's page: intimate scenes by episode, the days the intimacy coordinator is needed,
 * riders as counts and the modesty kit's spend. Counts and scene numbers only: no performer,
 * body area or act is named, and the cut carries none to name.
 */
export const producerSection: Section = {
  id: 'producer',
  title: 'Intimacy coordination at a glance',
  applies: (m) => m.view.derived.producer !== undefined,
  render(doc, m) {
    const figures = m.view.derived.producer;
    if (!figures) return;
    const episodes = new Map<string, SceneModel[]>();
    for (const s of m.scenes) {
      const key = s.scene.episode || '—';
      episodes.set(key, [...(episodes.get(key) ?? []), s]);
    }
    const rows = [...episodes.entries()].map(([episode, scenes]) => ({ episode, scenes }));
    headedTable(
      doc,
      'Intimate scenes by episode',
      2,
      [
        { header: 'Episode', width: 1, value: (r) => r.episode, bold: true },
        { header: 'Scenes', width: 3, value: (r) => r.scenes.map((s) => s.scene.number ?? '').join(', ') },
        { header: 'Count', width: 0.8, value: (r) => String(r.scenes.length) },
        {
          header: 'Scheduled',
          width: 1.1,
          value: (r) => String(r.scenes.filter((s) => s.scene.shootDate).length),
        },
      ],
      rows,
    );
    const icDays = [
      ...new Set(m.scenes.filter((s) => s.scene.icPresent && s.scene.shootDate).map((s) => s.scene.shootDate ?? '')),
    ].sort();
    heading(doc, 'Intimacy coordinator days', 2);
    paragraph(
      doc,
      icDays.length === 0
        ? 'No scheduled day needs the intimacy coordinator yet.'
        : `${icDays.length} scheduled day${icDays.length === 1 ? '' : 's'}: ${icDays.map((d) => localLabel(d)).join('; ')}.`,
    );
    heading(doc, 'Riders', 2);
    fields(doc, [
      ['Outstanding', `${figures.riders.outstanding} (drafted or sent, not yet signed)`],
      ['Signed', String(figures.riders.signed)],
      ['Withdrawn', String(figures.riders.withdrawn)],
    ]);
    heading(doc, 'Modesty kit', 2);
    fields(doc, [
      [
        'Spent so far',
        figures.kitSpend.length === 0
          ? 'Nothing received yet'
          : figures.kitSpend.map((k) => money(k.minor, k.currency)).join(' + '),
      ],
      ['Budget', 'Not recorded in Closed Set: compare with the production budget.'],
    ]);
    paragraph(doc, 'The intimacy coordinator holds the details; this summary names no performer, body area or act.', {
      color: COLOR.muted,
    });
  },
};
