import type { RefreshSet } from '../../lib/refresh';

/** The dashboard reads one aggregate; every domain that feeds it names this key in its set. */
export const dashboardQueries = ['dashboard.get'] as const satisfies RefreshSet;
