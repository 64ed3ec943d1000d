import { verifyAgainst } from '../handoff/anchor-file';
import type { HandlersFor } from '../kit/handler';
import { listAudit, verifyAudit } from './trail';

export const auditHandlers = {
  'audit.list': (filter, { core }) => listAudit(core.db(), filter),
  'audit.verify': ({ productionId }, { core }) => verifyAudit(core.db(), productionId),
  'audit.verifyAgainst': ({ against, packagePassphrase, pdfPassword }, { core }) =>
    verifyAgainst(core.db(), against, { packagePassphrase, pdfPassword }),
} satisfies HandlersFor<'audit.'>;
