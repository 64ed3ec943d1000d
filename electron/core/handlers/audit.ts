import { listAudit, verifyAudit } from '../audit';
import type { HandlersFor } from './types';

export const auditHandlers = {
  'audit.list': (filter, { core }) => listAudit(core.db(), filter),
  'audit.verify': ({ productionId }, { core }) => verifyAudit(core.db(), productionId),
} satisfies HandlersFor<'audit.'>;
