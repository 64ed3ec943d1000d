import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { dashboardQueries } from '../dashboard/queries';
import { readinessQueries } from '../readiness/queries';
import { sceneQueries } from '../scenes/queries';

/** A scene's beat sheet and its saved versions. */
export const choreographyQueries = ['beats.get', 'beats.versions'] as const satisfies RefreshSet;

/** After a beat change: the choreography pillar feeds readiness, the scene and the dashboard. */
export const choreographyRefresh = (): RefreshSet =>
  refreshSet(choreographyQueries, readinessQueries, sceneQueries, dashboardQueries);
