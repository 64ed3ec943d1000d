import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Id, IsoDate } from '../kit/fields';
import {
  ClosureInput,
  ClosureRecord,
  FollowUp,
  FollowUpInput,
  FollowUpPatch,
  FollowUpsDue,
  SceneClosure,
} from './schema';

const closureOnlyCommands = {
  'closure.get': command({
    views: ['full'],
    input: z.strictObject({ sceneId: Id }),
    output: SceneClosure,
    summary: "A scene's closure records and follow-ups",
  }),
  'closure.save': command({
    views: ['full'],
    input: ClosureInput,
    output: ClosureRecord,
    summary: 'Record the closure practice and debrief for a performer in a scene',
  }),
} as const satisfies Record<string, CommandSpec>;

const followUpCommands = {
  'followUp.add': command({
    views: ['full'],
    input: FollowUpInput,
    output: FollowUp,
    summary: 'Add a follow-up with a due date',
  }),
  'followUp.update': command({
    views: ['full'],
    input: z.strictObject({ id: Id, patch: FollowUpPatch }),
    output: FollowUp,
    summary: 'Change a follow-up or mark it done',
  }),
  'followUp.delete': command({
    views: ['full'],
    input: z.strictObject({ id: Id, deleted: z.boolean().default(true) }),
    output: FollowUp,
    summary: 'Delete (or restore) a follow-up',
  }),
  'followUp.due': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id, today: IsoDate.optional() }),
    output: FollowUpsDue,
    summary: "Open follow-ups due today and overdue across a production, in the production's time zone",
  }),
} as const satisfies Record<string, CommandSpec>;

/** Closure notes (`closure.`) and follow-ups (`followUp.`). */
export const closureCommands = { ...closureOnlyCommands, ...followUpCommands } as const;
