import type { RefreshSet } from '../../lib/refresh';

/** Readiness is derived from every pillar, so it has no writes of its own: only keys others refresh. */
export const readinessQueries = ['readiness.scene', 'readiness.production'] as const satisfies RefreshSet;
