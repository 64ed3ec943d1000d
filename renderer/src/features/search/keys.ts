import type { RefreshSet } from '../../lib/refresh';

/** Search results; the palette asks with staleTime 0, so no change needs to refresh them. */
export const searchQueries = ['search.query'] as const satisfies RefreshSet;
