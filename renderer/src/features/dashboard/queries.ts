import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { dashboardQueries } from './keys';

/** The dashboard writes nothing itself; its set is its key. */
export const dashboardRefresh = (): RefreshSet => refreshSet(dashboardQueries);

export { dashboardQueries };
