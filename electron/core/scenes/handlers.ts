import type { HandlersFor } from '../kit/handler';
import { importBreakdown, previewBreakdown } from './breakdown';
import { queryScenes } from './query';
import { createScene, getScene, setSceneDeleted, setScenePerformers, updateScene } from './scenes';

const sceneOnlyHandlers = {
  'scene.list': (query, { core }) => queryScenes(core.db(), query),
  'scene.get': ({ id }, { core }) => getScene(core.db(), id),
  'scene.create': (input, { core }) => createScene(core.db(), input),
  'scene.update': ({ id, patch }, { core }) => updateScene(core.db(), id, patch),
  'scene.setPerformers': ({ sceneId, performers }, { core }) => setScenePerformers(core.db(), sceneId, performers),
  'scene.delete': ({ id, deleted }, { core }) => setSceneDeleted(core.db(), id, deleted),
} satisfies HandlersFor<'scene.'>;

const breakdownHandlers = {
  'breakdown.preview': (input, { core }) => previewBreakdown(core.db(), input),
  'breakdown.import': (input, { core }) => importBreakdown(core.db(), input),
} satisfies HandlersFor<'breakdown.'>;

export const sceneHandlers = { ...sceneOnlyHandlers, ...breakdownHandlers };
