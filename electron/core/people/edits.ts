import type { Member, Person } from '../../../shared/people/schema';
import { audited, type EditSpec } from '../audit/edits';
import type { HandlersFor } from '../kit/handler';
import { addMember, createPerson, getMember, getPerson, updateMember, updatePerson } from './people';

/** A person's fields the trail names: date of birth and minor status feed the minor rule, allergies the garments. */
const PERSON: EditSpec<Person> = {
  entity: 'person',
  // People are vault-wide: their changes go on the vault's own chain, as their removal does.
  productionId: () => null,
  entityId: (p) => p.id,
  fields: {
    name: 'Name',
    dateOfBirth: 'Date of birth',
    isMinor: 'Minor',
    allergies: 'Allergies',
    adhesiveAllergy: 'Adhesive allergy',
    allergens: 'Allergens',
    skinTone: 'Skin tone',
    fitterPreference: 'Fitter preference',
    sizes: 'Sizes',
  },
};

/** A cast entry as the trail names it. */
const MEMBER: EditSpec<Member> = {
  entity: 'member',
  productionId: (m) => m.productionId,
  entityId: (m) => m.id,
  fields: {
    name: 'Person',
    role: 'Role',
    characterName: 'Character',
    department: 'Department',
    castNumber: 'Cast number',
  },
  view: (m) => ({
    name: m.person.name,
    role: m.role,
    characterName: m.characterName,
    department: m.department,
    castNumber: m.castNumber,
  }),
};

/** These commands change records that feed readiness or consent: each runs with its audit entry, in words, in one transaction. */
export const peopleEdits = {
  'person.create': (input, { core }) =>
    audited(
      core.db(),
      PERSON,
      'create',
      () => null,
      () => createPerson(core.db(), input),
    ),
  'person.update': ({ id, patch }, { core }) =>
    audited(
      core.db(),
      PERSON,
      'update',
      () => getPerson(core.db(), id),
      () => updatePerson(core.db(), id, patch),
    ),
  'member.add': (input, { core }) =>
    audited(
      core.db(),
      MEMBER,
      'add',
      () => null,
      () => addMember(core.db(), input),
    ),
  'member.update': ({ id, patch }, { core }) =>
    audited(
      core.db(),
      MEMBER,
      'update',
      () => getMember(core.db(), id),
      () => updateMember(core.db(), id, patch),
    ),
} satisfies Pick<
  HandlersFor<'person.'> & HandlersFor<'member.'>,
  'person.create' | 'person.update' | 'member.add' | 'member.update'
>;
