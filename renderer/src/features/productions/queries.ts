import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { consentQueries } from '../consent/queries';
import { dashboardQueries } from '../dashboard/queries';
import { onsetQueries } from '../onset/queries';
import { readinessQueries } from '../readiness/queries';

/** The production list (the sidebar) and one production. */
export const productionQueries = ['production.list', 'production.get'] as const satisfies RefreshSet;

/**
 * After a production change: its own views, and what its settings feed (notice hours and time zone
 * set rider due times, readiness, the dashboard and the shoot day).
 */
export const productionsRefresh = (): RefreshSet =>
  refreshSet(productionQueries, consentQueries, readinessQueries, dashboardQueries, onsetQueries);
