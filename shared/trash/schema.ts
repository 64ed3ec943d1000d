import { z } from 'zod';
import { Id, IsoDateTime } from '../kit/fields';

/** Kinds of soft-deleted records the "Recently deleted" list can restore, each through its own command. */
export const TRASH_KINDS = [
  'scene',
  'person',
  'member',
  'break',
  'follow-up',
  'check-in',
  'rider',
  'rider-template',
  'garment-type',
  'garment-variant',
] as const;
export type TrashKind = (typeof TRASH_KINDS)[number];

export const TrashItem = z.object({
  kind: z.enum(TRASH_KINDS),
  id: Id,
  productionId: Id.nullable(),
  productionTitle: z.string().nullable(),
  title: z.string(),
  detail: z.string(),
  deletedAt: IsoDateTime,
});
export type TrashItem = z.infer<typeof TrashItem>;
