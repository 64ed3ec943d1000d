import type { RefreshSet } from '../../lib/refresh';

/** The audit trail and its chain check. */
export const auditQueries = ['audit.list', 'audit.verify'] as const satisfies RefreshSet;
