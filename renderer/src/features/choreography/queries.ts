import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { dashboardQueries } from '../dashboard/keys';
import { readinessQueries } from '../readiness/keys';
import { sceneQueries } from '../scenes/keys';
import { choreographyQueries } from './keys';

/** After a beat change: the choreography pillar feeds readiness, the scene and the dashboard. */
export const choreographyRefresh = (): RefreshSet =>
  refreshSet(choreographyQueries, readinessQueries, sceneQueries, dashboardQueries);

export { choreographyQueries };
