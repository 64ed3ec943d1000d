import type { HandlersFor } from '../kit/handler';
import { getCommunication, listCheckIns, listCommunication, saveCommunication } from './communication';
import { checkInEdits } from './edits';

const bodyMapHandlers = {
  'communication.get': ({ productionId, personId }, { core }) => getCommunication(core.db(), productionId, personId),
  'communication.list': ({ productionId }, { core }) => listCommunication(core.db(), productionId),
  'communication.save': (input, { core }) => saveCommunication(core.db(), input),
} satisfies HandlersFor<'communication.'>;

const checkInHandlers = {
  ...checkInEdits,
  'checkIn.list': (filter, { core }) => listCheckIns(core.db(), filter),
} satisfies HandlersFor<'checkIn.'>;

export const communicationHandlers = { ...bodyMapHandlers, ...checkInHandlers };
