import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Id } from '../kit/fields';
import { Member, MemberInput, MemberPatch, Person, PersonInput, PersonPatch } from './schema';

export const peopleCommands = {
  'person.list': command({
    views: ['full'],
    input: z.strictObject({ includeDeleted: z.boolean().default(false) }),
    output: z.array(Person),
    summary: 'Everyone in the vault, by name',
  }),
  'person.get': command({ views: ['full'], input: z.strictObject({ id: Id }), output: Person, summary: 'One person' }),
  'person.create': command({
    views: ['full'],
    input: PersonInput,
    output: Person,
    summary: 'Add a person to the vault',
  }),
  'person.update': command({
    views: ['full'],
    input: z.strictObject({ id: Id, patch: PersonPatch }),
    output: Person,
    summary: "Change a person's details",
  }),
  'person.delete': command({
    views: ['full'],
    input: z.strictObject({ id: Id, deleted: z.boolean().default(true) }),
    output: Person,
    summary: 'Delete (or restore) a person; their consent history is kept',
  }),
  'member.list': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id, includeRemoved: z.boolean().default(false) }),
    output: z.array(Member),
    summary: "A production's cast and crew",
  }),
  'member.add': command({
    views: ['full'],
    input: MemberInput,
    output: Member,
    summary: 'Add a person to a production',
  }),
  'member.update': command({
    views: ['full'],
    input: z.strictObject({ id: Id, patch: MemberPatch }),
    output: Member,
    summary: 'Change a role, character or department',
  }),
  'member.remove': command({
    views: ['full'],
    input: z.strictObject({ id: Id, removed: z.boolean().default(true) }),
    output: Member,
    summary: 'Take a person off (or back onto) a production',
  }),
} as const satisfies Record<string, CommandSpec>;
