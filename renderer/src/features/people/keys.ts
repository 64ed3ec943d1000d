import type { RefreshSet } from '../../lib/refresh';

/** People of the vault and the cast and crew of a production. */
export const peopleQueries = ['person.list', 'person.get', 'member.list'] as const satisfies RefreshSet;
