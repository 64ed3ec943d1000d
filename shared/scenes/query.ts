import { z } from 'zod';
import { Id, IsoDate, text } from '../kit/fields';
import { READINESS_STATES } from '../readiness/schema';

export const SCENE_SORTS = ['shootDate', 'number', 'episode', 'readiness'] as const;
export type SceneSort = (typeof SCENE_SORTS)[number];
export const SCENE_SORT_LABELS: Record<SceneSort, string> = {
  shootDate: 'Shoot date',
  number: 'Scene number',
  episode: 'Episode',
  readiness: 'Readiness',
};

/** Filters and sort order for a production's scene list. */
export const SceneListQuery = z
  .strictObject({
    productionId: Id,
    includeDeleted: z.boolean().default(false),
    episode: text(40, 'Episode').optional(),
    performerId: Id.optional(),
    shootDateFrom: IsoDate.optional(),
    shootDateTo: IsoDate.optional(),
    readiness: z.enum(READINESS_STATES, { message: 'Choose complete, incomplete or blocked' }).optional(),
    sort: z.enum(SCENE_SORTS, { message: 'Sort by shootDate, number, episode or readiness' }).default('shootDate'),
    direction: z.enum(['asc', 'desc']).default('asc'),
  })
  .refine((q) => !q.shootDateFrom || !q.shootDateTo || q.shootDateFrom <= q.shootDateTo, {
    message: 'The end of the date range is before its start',
    path: ['shootDateTo'],
  });
export type SceneListQuery = z.input<typeof SceneListQuery>;
