import type { ParsedInput } from '../../../shared/commands';
import { READINESS_ORDER } from '../../../shared/readiness/rules';
import type { ReadinessState } from '../../../shared/readiness/schema';
import type { Scene } from '../../../shared/scenes/schema';
import { readinessOf } from '../readiness/readiness';
import type { Db } from '../vault/connection';
import { listScenes } from './scenes';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Scene numbers and episodes sort as people read them: 2 before 10, 12 before 12A. */
const byText = (a: string, b: string) => collator.compare(a, b);

/** The production's scenes filtered and sorted; shooting order breaks ties so lists stay stable. */
export function queryScenes(db: Db, q: ParsedInput<'scene.list'>): Scene[] {
  const all = listScenes(db, q.productionId, q.includeDeleted);
  const needReadiness = q.readiness !== undefined || q.sort === 'readiness';
  const readiness = new Map<string, ReadinessState>(
    needReadiness ? readinessOf(db, { productionId: q.productionId }).map((r) => [r.sceneId, r.overall]) : [],
  );
  const rows = all.filter(
    (s) =>
      (q.episode === undefined || s.episode.toLowerCase() === q.episode.toLowerCase()) &&
      (q.performerId === undefined || s.performers.some((p) => p.personId === q.performerId)) &&
      (q.shootDateFrom === undefined || (s.shootDate !== null && s.shootDate >= q.shootDateFrom)) &&
      (q.shootDateTo === undefined || (s.shootDate !== null && s.shootDate <= q.shootDateTo)) &&
      (q.readiness === undefined || readiness.get(s.id) === q.readiness),
  );
  const order = new Map(all.map((s, i) => [s.id, i]));
  const shooting = (a: Scene, b: Scene) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  const compare: Record<ParsedInput<'scene.list'>['sort'], (a: Scene, b: Scene) => number> = {
    shootDate: shooting,
    number: (a, b) => byText(a.number, b.number),
    episode: (a, b) => byText(a.episode, b.episode) || byText(a.number, b.number),
    readiness: (a, b) =>
      READINESS_ORDER[readiness.get(a.id) ?? 'incomplete'] - READINESS_ORDER[readiness.get(b.id) ?? 'incomplete'],
  };
  const sign = q.direction === 'desc' ? -1 : 1;
  return rows.sort((a, b) => sign * compare[q.sort](a, b) || shooting(a, b));
}
