import { listTrash } from '../trash';
import type { HandlersFor } from './types';

export const trashHandlers = {
  'trash.list': ({ productionId, limit }, { core }) => listTrash(core.db(), productionId, limit),
} satisfies HandlersFor<'trash.'>;
