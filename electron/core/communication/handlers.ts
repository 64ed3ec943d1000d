import type { HandlersFor } from '../kit/handler';
import {
  addCheckIn,
  getCommunication,
  listCheckIns,
  listCommunication,
  saveCommunication,
  setCheckInDeleted,
  updateCheckIn,
} from './communication';

const bodyMapHandlers = {
  'communication.get': ({ productionId, personId }, { core }) => getCommunication(core.db(), productionId, personId),
  'communication.list': ({ productionId }, { core }) => listCommunication(core.db(), productionId),
  'communication.save': (input, { core }) => saveCommunication(core.db(), input),
} satisfies HandlersFor<'communication.'>;

const checkInHandlers = {
  'checkIn.list': (filter, { core }) => listCheckIns(core.db(), filter),
  'checkIn.add': (input, { core }) => addCheckIn(core.db(), input),
  'checkIn.update': ({ id, patch }, { core }) => updateCheckIn(core.db(), id, patch),
  'checkIn.delete': ({ id, deleted }, { core }) => setCheckInDeleted(core.db(), id, deleted),
} satisfies HandlersFor<'checkIn.'>;

export const communicationHandlers = { ...bodyMapHandlers, ...checkInHandlers };
