import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Id } from '../kit/fields';
import { CheckIn, CheckInInput, CheckInPatch, Communication, CommunicationPatch } from './schema';

const bodyMapCommands = {
  'communication.get': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id, personId: Id }),
    output: Communication,
    summary: "A performer's body map, break signal, preferred name and people to tell",
  }),
  'communication.list': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id }),
    output: z.array(Communication),
    summary: "Every recorded performer's communication pillar in a production",
  }),
  'communication.save': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id, personId: Id, patch: CommunicationPatch }),
    output: Communication,
    summary: "Change a performer's boundaries (audited as body_map)",
  }),
} as const satisfies Record<string, CommandSpec>;

const checkInCommands = {
  'checkIn.list': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id, personId: Id.optional(), sceneId: Id.optional() }),
    output: z.array(CheckIn),
    summary: 'Meetings and check-ins, newest first',
  }),
  'checkIn.add': command({
    views: ['full'],
    input: CheckInInput,
    output: CheckIn,
    summary: 'Log a meeting or check-in',
  }),
  'checkIn.update': command({
    views: ['full'],
    input: z.strictObject({ id: Id, patch: CheckInPatch }),
    output: CheckIn,
    summary: 'Correct a logged meeting or check-in',
  }),
  'checkIn.delete': command({
    views: ['full'],
    input: z.strictObject({ id: Id, deleted: z.boolean().default(true) }),
    output: CheckIn,
    summary: 'Delete (or restore) a logged meeting or check-in',
  }),
} as const satisfies Record<string, CommandSpec>;

/** Body maps and what each performer asked for (`communication.`), and the meeting log (`checkIn.`). */
export const communicationCommands = { ...bodyMapCommands, ...checkInCommands } as const;
