import { getBeatSheet, listBeatVersions, moveBeats, saveBeats } from '../beats';
import { importBreakdown, previewBreakdown } from '../breakdown';
import {
  addFollowUp,
  followUpsDue,
  getSceneClosure,
  saveClosure,
  setFollowUpDeleted,
  updateFollowUp,
} from '../closure';
import {
  addCheckIn,
  getCommunication,
  listCheckIns,
  listCommunication,
  saveCommunication,
  setCheckInDeleted,
  updateCheckIn,
} from '../communication';
import { readinessOf, sceneReadinessById } from '../readiness';
import type { HandlersFor } from './types';

export const communicationHandlers = {
  'communication.get': ({ productionId, personId }, { core }) => getCommunication(core.db(), productionId, personId),
  'communication.list': ({ productionId }, { core }) => listCommunication(core.db(), productionId),
  'communication.save': (input, { core }) => saveCommunication(core.db(), input),
} satisfies HandlersFor<'communication.'>;

export const checkInHandlers = {
  'checkIn.list': (filter, { core }) => listCheckIns(core.db(), filter),
  'checkIn.add': (input, { core }) => addCheckIn(core.db(), input),
  'checkIn.update': ({ id, patch }, { core }) => updateCheckIn(core.db(), id, patch),
  'checkIn.delete': ({ id, deleted }, { core }) => setCheckInDeleted(core.db(), id, deleted),
} satisfies HandlersFor<'checkIn.'>;

export const beatHandlers = {
  'beats.get': ({ sceneId, version }, { core }) => getBeatSheet(core.db(), sceneId, version),
  'beats.versions': ({ sceneId }, { core }) => listBeatVersions(core.db(), sceneId),
  'beats.save': (input, { core }) => saveBeats(core.db(), input),
  'beats.move': (input, { core }) => moveBeats(core.db(), input),
} satisfies HandlersFor<'beats.'>;

export const closureHandlers = {
  'closure.get': ({ sceneId }, { core }) => getSceneClosure(core.db(), sceneId),
  'closure.save': (input, { core }) => saveClosure(core.db(), input),
} satisfies HandlersFor<'closure.'>;

export const followUpHandlers = {
  'followUp.add': (input, { core }) => addFollowUp(core.db(), input),
  'followUp.update': ({ id, patch }, { core }) => updateFollowUp(core.db(), id, patch),
  'followUp.delete': ({ id, deleted }, { core }) => setFollowUpDeleted(core.db(), id, deleted),
  'followUp.due': ({ productionId, today }, { core }) => followUpsDue(core.db(), productionId, today),
} satisfies HandlersFor<'followUp.'>;

export const readinessHandlers = {
  'readiness.scene': ({ sceneId }, { core }) => sceneReadinessById(core.db(), sceneId),
  'readiness.production': ({ productionId }, { core }) => readinessOf(core.db(), { productionId }),
} satisfies HandlersFor<'readiness.'>;

export const breakdownHandlers = {
  'breakdown.preview': (input, { core }) => previewBreakdown(core.db(), input),
  'breakdown.import': (input, { core }) => importBreakdown(core.db(), input),
} satisfies HandlersFor<'breakdown.'>;

export const pillarHandlers = {
  ...communicationHandlers,
  ...checkInHandlers,
  ...beatHandlers,
  ...closureHandlers,
  ...followUpHandlers,
  ...readinessHandlers,
  ...breakdownHandlers,
};
