import type { HandlersFor } from '../kit/handler';
import { checkBeat, getBeatSheet, listBeatVersions, moveBeats, saveBeats } from './beats';

export const choreographyHandlers = {
  'beats.get': ({ sceneId, version }, { core }) => getBeatSheet(core.db(), sceneId, version),
  'beats.versions': ({ sceneId }, { core }) => listBeatVersions(core.db(), sceneId),
  'beats.check': (input, { core }) => checkBeat(core.db(), input),
  'beats.save': (input, { core }) => saveBeats(core.db(), input),
  'beats.move': (input, { core }) => moveBeats(core.db(), input),
} satisfies HandlersFor<'beats.'>;
