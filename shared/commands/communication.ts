import { z } from 'zod';
import { CheckIn, CheckInInput, CheckInPatch, Communication, CommunicationPatch } from '../schemas/bodymap';
import { Id } from '../schemas/common';
import { type CommandSpec, command } from './spec';

export const communicationCommands = {
  'communication.get': command({
    input: z.strictObject({ productionId: Id, personId: Id }),
    output: Communication,
    summary: "A performer's body map, break signal, preferred name and people to tell",
  }),
  'communication.list': command({
    input: z.strictObject({ productionId: Id }),
    output: z.array(Communication),
    summary: "Every recorded performer's communication pillar in a production",
  }),
  'communication.save': command({
    input: z.strictObject({ productionId: Id, personId: Id, patch: CommunicationPatch }),
    output: Communication,
    summary: "Change a performer's boundaries (audited as body_map)",
  }),
} as const satisfies Record<string, CommandSpec>;

export const checkInCommands = {
  'checkIn.list': command({
    input: z.strictObject({ productionId: Id, personId: Id.optional(), sceneId: Id.optional() }),
    output: z.array(CheckIn),
    summary: 'Meetings and check-ins, newest first',
  }),
  'checkIn.add': command({ input: CheckInInput, output: CheckIn, summary: 'Log a meeting or check-in' }),
  'checkIn.update': command({
    input: z.strictObject({ id: Id, patch: CheckInPatch }),
    output: CheckIn,
    summary: 'Correct a logged meeting or check-in',
  }),
  'checkIn.delete': command({
    input: z.strictObject({ id: Id, deleted: z.boolean().default(true) }),
    output: CheckIn,
    summary: 'Delete (or restore) a logged meeting or check-in',
  }),
} as const satisfies Record<string, CommandSpec>;
