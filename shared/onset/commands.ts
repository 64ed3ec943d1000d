import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Id, IsoDate, text } from '../kit/fields';
import { BreakEntry, OnSetDay, PrerollMark, PrerollMarkInput, ShootDay } from './schema';

export const onsetCommands = {
  'onset.days': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id, from: IsoDate, limit: z.number().int().min(1).max(366).default(14) }),
    output: z.array(ShootDay),
    summary: 'The shoot days with scenes scheduled, from a date on',
  }),
  'onset.day': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id, date: IsoDate }),
    output: OnSetDay,
    summary: "A shoot day on set: the day's scenes in shooting order, their pre-roll checklists, the break log",
  }),
  'onset.mark': command({
    views: ['full'],
    input: PrerollMarkInput,
    output: PrerollMark,
    summary: 'Check or uncheck one pre-roll item (with the time)',
  }),
  'onset.logBreak': command({
    views: ['full'],
    input: z.strictObject({
      productionId: Id,
      personId: Id,
      date: IsoDate,
      sceneId: Id.nullable().default(null),
    }),
    output: BreakEntry,
    summary: 'Record that a performer called a break, with the time (no reason asked)',
  }),
  'onset.noteBreak': command({
    views: ['full'],
    input: z.strictObject({ id: Id, note: text(2000, 'Note') }),
    output: BreakEntry,
    summary: 'Add an optional note to a logged break',
  }),
  'onset.deleteBreak': command({
    views: ['full'],
    input: z.strictObject({ id: Id, deleted: z.boolean().default(true) }),
    output: BreakEntry,
    summary: 'Remove (or restore) a break logged by mistake',
  }),
} as const satisfies Record<string, CommandSpec>;
