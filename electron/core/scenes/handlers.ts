import type { HandlersFor } from '../kit/handler';
import { pick } from '../kit/pick';
import { previewBreakdown } from './breakdown';
import { sceneEdits } from './edits';
import { queryScenes } from './query';
import { getScene, setSceneDeleted } from './scenes';
import { getShootDay, listShootDays, setPerformerCall, setShootDay } from './shoot-days';

const sceneOnlyHandlers = {
  ...pick(sceneEdits, 'scene.create', 'scene.update', 'scene.setPerformers'),
  'scene.list': (query, { core }) => queryScenes(core.db(), query),
  'scene.get': ({ id }, { core }) => getScene(core.db(), id),
  'scene.delete': ({ id, deleted }, { core }) => setSceneDeleted(core.db(), id, deleted),
} satisfies HandlersFor<'scene.'>;

const breakdownHandlers = {
  ...pick(sceneEdits, 'breakdown.import'),
  'breakdown.preview': (input, { core }) => previewBreakdown(core.db(), input),
} satisfies HandlersFor<'breakdown.'>;

const shootDayHandlers = {
  'shootDay.get': ({ productionId, date }, { core }) => getShootDay(core.db(), productionId, date),
  'shootDay.list': ({ productionId }, { core }) => listShootDays(core.db(), productionId),
  'shootDay.set': (input, { core }) => setShootDay(core.db(), input),
  'shootDay.setPerformerCall': (input, { core }) => setPerformerCall(core.db(), input),
} satisfies HandlersFor<'shootDay.'>;

export const sceneHandlers = { ...sceneOnlyHandlers, ...breakdownHandlers, ...shootDayHandlers };
