import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { dashboardQueries } from '../dashboard/keys';
import { readinessQueries } from '../readiness/keys';
import { sceneQueries } from '../scenes/keys';
import { trashQueries } from '../trash/keys';
import { communicationQueries } from './keys';

/** After a communication change: the communication pillar feeds readiness, the scene and the dashboard. */
export const communicationRefresh = (): RefreshSet =>
  refreshSet(communicationQueries, readinessQueries, sceneQueries, dashboardQueries, trashQueries);

export { communicationQueries };
