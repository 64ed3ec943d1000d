import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Id, IsoDateTime } from '../kit/fields';
import { Dashboard } from './schema';

export const dashboardCommands = {
  'dashboard.get': command({
    views: ['full'],
    input: z.strictObject({
      productionId: Id,
      /** The moment to compute "today" and "overdue" from; the clock when omitted. */
      now: IsoDateTime.optional(),
    }),
    output: Dashboard,
    summary: "A production's dashboard: the coming shoot days, each scene's pillars, what to do before each call",
  }),
} as const satisfies Record<string, CommandSpec>;
