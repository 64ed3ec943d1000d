import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { dashboardQueries } from '../dashboard/queries';
import { trashQueries } from '../trash/queries';

/** The shoot days and one day's on-set view. */
export const onsetQueries = ['onset.days', 'onset.day'] as const satisfies RefreshSet;

/**
 * After an on-set tap: the day and the dashboard; a consent check-in on set is also a check-in on
 * the performer's rider; a removed break lands in Recently deleted.
 */
export const onsetRefresh = (): RefreshSet => refreshSet(onsetQueries, dashboardQueries, ['rider.get'], trashQueries);
