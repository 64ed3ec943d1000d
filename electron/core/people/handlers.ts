import type { HandlersFor } from '../kit/handler';
import {
  addMember,
  createPerson,
  getPerson,
  listMembers,
  listPeople,
  setMemberRemoved,
  setPersonDeleted,
  updateMember,
  updatePerson,
} from './people';

const personHandlers = {
  'person.list': ({ includeDeleted }, { core }) => listPeople(core.db(), includeDeleted),
  'person.get': ({ id }, { core }) => getPerson(core.db(), id),
  'person.create': (input, { core }) => createPerson(core.db(), input),
  'person.update': ({ id, patch }, { core }) => updatePerson(core.db(), id, patch),
  'person.delete': ({ id, deleted }, { core }) => setPersonDeleted(core.db(), id, deleted),
} satisfies HandlersFor<'person.'>;

const memberHandlers = {
  'member.list': ({ productionId, includeRemoved }, { core }) => listMembers(core.db(), productionId, includeRemoved),
  'member.add': (input, { core }) => addMember(core.db(), input),
  'member.update': ({ id, patch }, { core }) => updateMember(core.db(), id, patch),
  'member.remove': ({ id, removed }, { core }) => setMemberRemoved(core.db(), id, removed),
} satisfies HandlersFor<'member.'>;

export const peopleHandlers = { ...personHandlers, ...memberHandlers };
