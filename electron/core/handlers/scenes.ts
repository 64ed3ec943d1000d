import { queryScenes } from '../sceneQuery';
import { createScene, getScene, setSceneDeleted, setScenePerformers, updateScene } from '../scenes';
import type { HandlersFor } from './types';

export const sceneHandlers = {
  'scene.list': (query, { core }) => queryScenes(core.db(), query),
  'scene.get': ({ id }, { core }) => getScene(core.db(), id),
  'scene.create': (input, { core }) => createScene(core.db(), input),
  'scene.update': ({ id, patch }, { core }) => updateScene(core.db(), id, patch),
  'scene.setPerformers': ({ sceneId, performers }, { core }) => setScenePerformers(core.db(), sceneId, performers),
  'scene.delete': ({ id, deleted }, { core }) => setSceneDeleted(core.db(), id, deleted),
} satisfies HandlersFor<'scene.'>;
