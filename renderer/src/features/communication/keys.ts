import type { RefreshSet } from '../../lib/refresh';

/** A scene's communication record (boundaries, body map) and its check-ins. */
export const communicationQueries = [
  'communication.get',
  'communication.list',
  'checkIn.list',
] as const satisfies RefreshSet;
