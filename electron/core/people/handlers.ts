import type { HandlersFor } from '../kit/handler';
import { pick } from '../kit/pick';
import { peopleEdits } from './edits';
import { getPerson, listMembers, listPeople, setMemberRemoved, setPersonDeleted } from './people';

const personHandlers = {
  ...pick(peopleEdits, 'person.create', 'person.update'),
  'person.list': ({ includeDeleted }, { core }) => listPeople(core.db(), includeDeleted),
  'person.get': ({ id }, { core }) => getPerson(core.db(), id),
  'person.delete': ({ id, deleted }, { core }) => setPersonDeleted(core.db(), id, deleted),
} satisfies HandlersFor<'person.'>;

const memberHandlers = {
  ...pick(peopleEdits, 'member.add', 'member.update'),
  'member.list': ({ productionId, includeRemoved }, { core }) => listMembers(core.db(), productionId, includeRemoved),
  'member.remove': ({ id, removed }, { core }) => setMemberRemoved(core.db(), id, removed),
} satisfies HandlersFor<'member.'>;

export const peopleHandlers = { ...personHandlers, ...memberHandlers };
