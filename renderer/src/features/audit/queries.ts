import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { auditQueries } from './keys';

/** Re-verifying the chain refetches the trail and the verdict. */
export const auditRefresh = (): RefreshSet => refreshSet(auditQueries);

export { auditQueries };
