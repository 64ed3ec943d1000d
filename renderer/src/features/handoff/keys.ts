import type { RefreshSet } from '../../lib/refresh';

/** A handoff export's progress is polled by the export screen itself; no cached key to refresh. */
export const handoffQueries = [] as const satisfies RefreshSet;
