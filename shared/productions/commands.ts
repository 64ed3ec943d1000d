import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Empty, Id } from '../kit/fields';
import { Production, ProductionInput, ProductionPatch } from './schema';

export const productionCommands = {
  'production.list': command({
    views: ['full', 'costume'],
    input: z.strictObject({ includeArchived: z.boolean().default(false) }),
    output: z.array(Production),
    summary: 'Productions in the vault, by title',
  }),
  'production.get': command({
    views: ['full', 'costume'],
    input: z.strictObject({ id: Id }),
    output: Production,
    summary: 'One production',
  }),
  'production.create': command({
    views: ['full'],
    input: ProductionInput,
    output: Production,
    summary: 'Add a production',
  }),
  'production.update': command({
    views: ['full'],
    input: z.strictObject({ id: Id, patch: ProductionPatch }),
    output: Production,
    summary: 'Change a production (rename, dates, status...)',
  }),
  'production.archive': command({
    views: ['full'],
    input: z.strictObject({ id: Id, archived: z.boolean() }),
    output: Production,
    summary: 'Archive or restore a production',
  }),
  'production.demo': command({
    views: ['full'],
    input: Empty,
    output: z.object({ productionId: Id, title: z.string() }),
    summary: 'Add a realistic, wholly fictional production (with a second, empty one) for demos and trials',
  }),
} as const satisfies Record<string, CommandSpec>;
