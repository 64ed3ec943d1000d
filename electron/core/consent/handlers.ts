import type { HandlersFor } from '../kit/handler';
import {
  addCheckIn,
  createRider,
  discardRider,
  getRider,
  listRiders,
  newRiderVersion,
  sendRider,
  signRider,
  updateRider,
  withdrawRider,
} from './riders';
import { checkDouble, productionConsent, sceneConsentStatus } from './status';
import { createTemplate, listTemplates, setTemplateDeleted, updateTemplate } from './templates';

const riderHandlers = {
  'rider.list': (filter, { core }) => listRiders(core.db(), filter),
  'rider.get': ({ id }, { core }) => getRider(core.db(), id),
  'rider.create': (input, { core }) => createRider(core.db(), input),
  'rider.update': (input, { core }) => updateRider(core.db(), input),
  'rider.discard': ({ id, discarded }, { core }) => discardRider(core.db(), id, discarded),
  'rider.send': ({ id }, { core }) => sendRider(core.db(), id),
  'rider.sign': (input, { core }) => signRider(core.db(), input),
  'rider.withdraw': ({ id, reason }, { core }) => withdrawRider(core.db(), id, reason),
  'rider.newVersion': ({ id }, { core }) => newRiderVersion(core.db(), id),
  'rider.checkIn': (input, { core }) => addCheckIn(core.db(), input),
  'rider.checkDouble': (input, { core }) => checkDouble(core.db(), input),
} satisfies HandlersFor<'rider.'>;

const templateHandlers = {
  'riderTemplate.list': ({ productionId }, { core }) => listTemplates(core.db(), productionId),
  'riderTemplate.create': (input, { core }) => createTemplate(core.db(), input),
  'riderTemplate.update': (input, { core }) => updateTemplate(core.db(), input),
  'riderTemplate.delete': ({ id, deleted }, { core }) => setTemplateDeleted(core.db(), id, deleted),
} satisfies HandlersFor<'riderTemplate.'>;

const statusHandlers = {
  'consent.scene': ({ sceneId }, { core }) => sceneConsentStatus(core.db(), sceneId),
  'consent.production': ({ productionId }, { core }) => productionConsent(core.db(), productionId),
} satisfies HandlersFor<'consent.'>;

export const consentHandlers = { ...riderHandlers, ...templateHandlers, ...statusHandlers };
