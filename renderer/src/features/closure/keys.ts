import type { RefreshSet } from '../../lib/refresh';

/** A scene's closure records and the follow-ups falling due. */
export const closureQueries = ['closure.get', 'followUp.due'] as const satisfies RefreshSet;
