import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { readinessQueries } from './keys';

/** Readiness changes only through the pillars; its own set is its keys. */
export const readinessRefresh = (): RefreshSet => refreshSet(readinessQueries);

export { readinessQueries };
