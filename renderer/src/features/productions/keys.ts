import type { RefreshSet } from '../../lib/refresh';

/** The production list (the sidebar) and one production. */
export const productionQueries = ['production.list', 'production.get'] as const satisfies RefreshSet;
