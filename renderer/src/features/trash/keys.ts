import type { RefreshSet } from '../../lib/refresh';

/** The Recently deleted list. */
export const trashQueries = ['trash.list'] as const satisfies RefreshSet;
