import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Id } from '../kit/fields';
import { TrashItem } from './schema';

export const trashCommands = {
  'trash.list': command({
    views: ['full'],
    input: z.strictObject({
      productionId: Id.nullable().default(null),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.array(TrashItem),
    summary: 'Recently deleted records, newest first; each is restored with its own command',
  }),
} as const satisfies Record<string, CommandSpec>;
