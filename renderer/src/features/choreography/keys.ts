import type { RefreshSet } from '../../lib/refresh';

/** A scene's beat sheet and its saved versions. */
export const choreographyQueries = ['beats.get', 'beats.versions'] as const satisfies RefreshSet;
