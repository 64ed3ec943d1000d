import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from '../kit/fields';
import { RollGate } from '../readiness/schema';
import { INTIMACY_TYPES } from '../scenes/schema';

/** Where a to-do is fixed: the renderer maps each target to its screen. */
export const TodoLink = z.object({
  to: z.enum(['scene', 'person', 'rider', 'garment', 'pull-list', 'closure', 'onset']),
  id: z.string(),
  /** The shoot day, for on-set links. */
  date: IsoDate.nullable().default(null),
});
export type TodoLink = z.infer<typeof TodoLink>;

export const TASK_SOURCE_NAMES = ['scenes', 'onset', 'consent', 'garments', 'closure'] as const;

/** One thing to do, from one domain's to-do source. */
export const Todo = z.object({
  /** Stable key: the same gap keeps the same id between refreshes. */
  id: z.string(),
  source: z.enum(TASK_SOURCE_NAMES),
  title: z.string(),
  detail: z.string(),
  /** The call this must be done before (UTC), when it belongs to a scheduled scene. */
  callAt: IsoDateTime.nullable(),
  /** When it becomes late (UTC): a notice deadline, a follow-up's due day; null when "before the call". */
  dueAt: IsoDateTime.nullable(),
  /** How urgent it is, worked out from dueAt/callAt and now. */
  due: z.enum(['overdue', 'today', 'soon', 'later']),
  /** "Call Fri 27 Nov, 07:00 · by end of Wed 25 Nov", in the production's zone, worked out by the core. */
  when: z.string(),
  link: TodoLink,
});
export type Todo = z.infer<typeof Todo>;
export type TodoInput = Omit<Todo, 'due' | 'link' | 'when'> & { link: z.input<typeof TodoLink> };

export const PillarMark = z.object({
  pillar: z.enum(['context', 'communication', 'consent', 'choreography', 'closure']),
  status: z.enum(['complete', 'incomplete', 'blocked']),
  missing: z.array(z.string()),
});
export type PillarMark = z.infer<typeof PillarMark>;

export const DashboardScene = z.object({
  id: Id,
  number: z.string(),
  episode: z.string(),
  /** "101/4" or "4" (sceneLabel). */
  label: z.string(),
  callTime: z.string().nullable(),
  callAt: IsoDateTime.nullable(),
  location: z.string(),
  intimacyTypes: z.array(z.enum(INTIMACY_TYPES)),
  performerNames: z.array(z.string()),
  /** The five pillar marks, from the binder's readiness rules (empty until readiness is known). */
  pillars: z.array(PillarMark),
  ready: z.boolean(),
  /** May the scene roll: blocked or not ready, naming every reason (the same gate as on set). */
  gate: RollGate,
});
export type DashboardScene = z.infer<typeof DashboardScene>;

export const StripDay = z.object({
  date: IsoDate,
  sceneCount: z.number().int(),
  isToday: z.boolean(),
});

export const Dashboard = z.object({
  productionId: Id,
  title: z.string(),
  timeZone: z.string(),
  today: IsoDate,
  now: IsoDateTime,
  /** The coming fortnight, day by day, for the calendar strip. */
  strip: z.array(StripDay),
  /** The next shoot days (today on), each with its scenes in shooting order. */
  shootDays: z.array(z.object({ date: IsoDate, scenes: z.array(DashboardScene) })),
  /** What to do, ordered by the call it must be done before, across time zones. */
  todos: z.array(Todo),
});
export type Dashboard = z.infer<typeof Dashboard>;
