import { type RefreshSet, refreshSet } from '../../lib/refresh';

/** Search results; the palette asks with staleTime 0, so no change needs to refresh them. */
export const searchQueries = ['search.query'] as const satisfies RefreshSet;

/** Search writes nothing; its set is its key. */
export const searchRefresh = (): RefreshSet => refreshSet(searchQueries);
