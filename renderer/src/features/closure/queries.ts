import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { dashboardQueries } from '../dashboard/keys';
import { onsetQueries } from '../onset/keys';
import { readinessQueries } from '../readiness/keys';
import { sceneQueries } from '../scenes/keys';
import { trashQueries } from '../trash/keys';
import { closureQueries } from './keys';

/**
 * After a closure change: the closure pillar feeds readiness and the scene, follow-ups show on the
 * dashboard and the shoot day, and a deleted follow-up lands in Recently deleted.
 */
export const closureRefresh = (): RefreshSet =>
  refreshSet(closureQueries, readinessQueries, sceneQueries, dashboardQueries, onsetQueries, trashQueries);

export { closureQueries };
