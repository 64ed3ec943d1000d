import type { CutView } from '../../../shared/handoff/cuts';
import {
  formatEighths,
  INTIMACY_TYPE_LABELS,
  type IntimacyType,
  NUDITY_LABELS,
  type NudityLevel,
} from '../../../shared/scenes/schema';
import { type CsvValue, toCsv } from '../kit/csv';

interface Column {
  header: string;
  /** The scene field this column needs; the column is left out when the cut does not carry it. */
  field: string;
  value: (scene: Record<string, unknown>, performers: string) => unknown;
}

const COLUMNS: Column[] = [
  { header: 'Scene', field: 'number', value: (s) => s.number },
  { header: 'Episode', field: 'episode', value: (s) => s.episode },
  { header: 'Pages', field: 'pageEighths', value: (s) => formatEighths(Number(s.pageEighths ?? 0)) },
  { header: 'Script day', field: 'scriptDay', value: (s) => s.scriptDay },
  { header: 'Shoot date', field: 'shootDate', value: (s) => s.shootDate ?? '' },
  { header: 'Call time', field: 'callTime', value: (s) => s.callTime ?? '' },
  { header: 'Location', field: 'location', value: (s) => s.location },
  {
    header: 'Intimacy',
    field: 'intimacyTypes',
    value: (s) => ((s.intimacyTypes as IntimacyType[]) ?? []).map((t) => INTIMACY_TYPE_LABELS[t]).join('; '),
  },
  { header: 'Risk', field: 'riskLevel', value: (s) => s.riskLevel },
  { header: 'Performers', field: 'id', value: (_s, performers) => performers },
  { header: 'Closed set', field: 'closedSet', value: (s) => ((s.closedSet as string[]) ?? []).join('; ') },
  { header: 'Monitors restricted to', field: 'monitorsRestrictedTo', value: (s) => s.monitorsRestrictedTo },
  { header: 'IC present', field: 'icPresent', value: (s) => (s.icPresent ? 'yes' : 'no') },
  { header: 'Body doubles', field: 'bodyDoubles', value: (s) => s.bodyDoubles },
  { header: 'Mitigation', field: 'mitigation', value: (s) => s.mitigation },
];

/** The scene breakdown of a cut, one row per live scene in shooting order; only the cut's fields. */
export function sceneBreakdownCsv(view: CutView): string {
  const scenes = (view.tables.scene ?? []) as Record<string, unknown>[];
  const people = new Map((view.tables.person ?? []).map((p) => [p.id, p.name ?? '']));
  const cast = view.tables.scenePerformer ?? [];
  const columns = COLUMNS.filter((c) => scenes.length === 0 || scenes.some((s) => c.field in s));
  const ordered = [...scenes]
    .filter((s) => !s.deletedAt)
    .sort((a, b) =>
      `${a.shootDate ?? '9999'} ${a.callTime ?? '99'} ${a.number}`.localeCompare(
        `${b.shootDate ?? '9999'} ${b.callTime ?? '99'} ${b.number}`,
      ),
    );
  const rows = ordered.map((s) => {
    const performers = cast
      .filter((c) => c.sceneId === s.id)
      .map((c) => {
        const name = people.get(c.personId) ?? '';
        return c.nudity && c.nudity !== 'none' ? `${name} (${NUDITY_LABELS[c.nudity as NudityLevel]} nudity)` : name;
      })
      .join('; ');
    return columns.map((c): CsvValue => {
      const value = c.value(s, performers);
      return value === null || value === undefined ? '' : String(value);
    });
  });
  return toCsv(
    columns.map((c) => c.header),
    rows,
  );
}
