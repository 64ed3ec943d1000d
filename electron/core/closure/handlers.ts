import type { HandlersFor } from '../kit/handler';
import { addFollowUp, followUpsDue, getSceneClosure, saveClosure, setFollowUpDeleted, updateFollowUp } from './closure';

const closureOnlyHandlers = {
  'closure.get': ({ sceneId }, { core }) => getSceneClosure(core.db(), sceneId),
  'closure.save': (input, { core }) => saveClosure(core.db(), input),
} satisfies HandlersFor<'closure.'>;

const followUpHandlers = {
  'followUp.add': (input, { core }) => addFollowUp(core.db(), input),
  'followUp.update': ({ id, patch }, { core }) => updateFollowUp(core.db(), id, patch),
  'followUp.delete': ({ id, deleted }, { core }) => setFollowUpDeleted(core.db(), id, deleted),
  'followUp.due': ({ productionId, today }, { core }) => followUpsDue(core.db(), productionId, today),
} satisfies HandlersFor<'followUp.'>;

export const closureHandlers = { ...closureOnlyHandlers, ...followUpHandlers };
