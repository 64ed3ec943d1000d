import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { dashboardQueries } from '../dashboard/queries';
import { readinessQueries } from '../readiness/queries';
import { sceneQueries } from '../scenes/queries';
import { trashQueries } from '../trash/queries';

/** A scene's communication record (boundaries, body map) and its check-ins. */
export const communicationQueries = [
  'communication.get',
  'communication.list',
  'checkIn.list',
] as const satisfies RefreshSet;

/** After a communication change: the communication pillar feeds readiness, the scene and the dashboard. */
export const communicationRefresh = (): RefreshSet =>
  refreshSet(communicationQueries, readinessQueries, sceneQueries, dashboardQueries, trashQueries);
