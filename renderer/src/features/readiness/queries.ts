import { type RefreshSet, refreshSet } from '../../lib/refresh';

/** Readiness is derived from every pillar, so it has no writes of its own: only keys others refresh. */
export const readinessQueries = ['readiness.scene', 'readiness.production'] as const satisfies RefreshSet;

/** Readiness changes only through the pillars; its own set is its keys. */
export const readinessRefresh = (): RefreshSet => refreshSet(readinessQueries);
