import type { RefreshSet } from '../../lib/refresh';

/** The shoot days and one day's on-set view. */
export const onsetQueries = ['onset.days', 'onset.day'] as const satisfies RefreshSet;
