import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { searchQueries } from './keys';

/** Search writes nothing; its set is its key. */
export const searchRefresh = (): RefreshSet => refreshSet(searchQueries);

export { searchQueries };
