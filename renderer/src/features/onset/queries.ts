import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { dashboardQueries } from '../dashboard/keys';
import { trashQueries } from '../trash/keys';
import { onsetQueries } from './keys';

/**
 * After an on-set tap: the day and the dashboard; a consent check-in on set is also a check-in on
 * the performer's rider; a removed break lands in Recently deleted.
 */
export const onsetRefresh = (): RefreshSet => refreshSet(onsetQueries, dashboardQueries, ['rider.get'], trashQueries);

export { onsetQueries };
