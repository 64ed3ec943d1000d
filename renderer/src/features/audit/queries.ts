import { type RefreshSet, refreshSet } from '../../lib/refresh';

/** The audit trail and its chain check. */
export const auditQueries = ['audit.list', 'audit.verify'] as const satisfies RefreshSet;

/** Re-verifying the chain refetches the trail and the verdict. */
export const auditRefresh = (): RefreshSet => refreshSet(auditQueries);
