import type { HandlersFor } from '../kit/handler';
import { listTrash } from './trash';

export const trashHandlers = {
  'trash.list': ({ productionId, limit }, { core }) => listTrash(core.db(), productionId, limit),
} satisfies HandlersFor<'trash.'>;
