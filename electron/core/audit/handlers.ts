import type { HandlersFor } from '../kit/handler';
import { listAudit, verifyAudit } from './trail';

export const auditHandlers = {
  'audit.list': (filter, { core }) => listAudit(core.db(), filter),
  'audit.verify': ({ productionId }, { core }) => verifyAudit(core.db(), productionId),
} satisfies HandlersFor<'audit.'>;
