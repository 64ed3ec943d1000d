import type { HandlersFor } from '../kit/handler';
import { pick } from '../kit/pick';
import { followUpsDue, getSceneClosure } from './closure';
import { closureEdits } from './edits';

const closureOnlyHandlers = {
  ...pick(closureEdits, 'closure.save'),
  'closure.get': ({ sceneId }, { core }) => getSceneClosure(core.db(), sceneId),
} satisfies HandlersFor<'closure.'>;

const followUpHandlers = {
  ...pick(closureEdits, 'followUp.add', 'followUp.update', 'followUp.delete'),
  'followUp.due': ({ productionId, today }, { core }) => followUpsDue(core.db(), productionId, today),
} satisfies HandlersFor<'followUp.'>;

export const closureHandlers = { ...closureOnlyHandlers, ...followUpHandlers };
