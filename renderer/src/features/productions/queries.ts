import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { consentQueries } from '../consent/keys';
import { dashboardQueries } from '../dashboard/keys';
import { onsetQueries } from '../onset/keys';
import { readinessQueries } from '../readiness/keys';
import { productionQueries } from './keys';

/**
 * After a production change: its own views, and what its settings feed (notice hours and time zone
 * set rider due times, readiness, the dashboard and the shoot day).
 */
export const productionsRefresh = (): RefreshSet =>
  refreshSet(productionQueries, consentQueries, readinessQueries, dashboardQueries, onsetQueries);

export { productionQueries };
