import type { HandlersFor } from '../kit/handler';
import { pick } from '../kit/pick';
import { previewBreakdown } from './breakdown';
import { sceneEdits } from './edits';
import { queryScenes } from './query';
import { getScene, setSceneDeleted } from './scenes';

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

export const sceneHandlers = { ...sceneOnlyHandlers, ...breakdownHandlers };
