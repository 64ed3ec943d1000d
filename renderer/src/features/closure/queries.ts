import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { dashboardQueries } from '../dashboard/queries';
import { onsetQueries } from '../onset/queries';
import { readinessQueries } from '../readiness/queries';
import { sceneQueries } from '../scenes/queries';
import { trashQueries } from '../trash/queries';

/** A scene's closure records and the follow-ups falling due. */
export const closureQueries = ['closure.get', 'followUp.due'] as const satisfies RefreshSet;

/**
 * After a closure change: the closure pillar feeds readiness and the scene, follow-ups show on the
 * dashboard and the shoot day, and a deleted follow-up lands in Recently deleted.
 */
export const closureRefresh = (): RefreshSet =>
  refreshSet(closureQueries, readinessQueries, sceneQueries, dashboardQueries, onsetQueries, trashQueries);
