import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, requiredText, text } from '../kit/fields';

export const CLOSURE_PRACTICES = ['tag-out', 'de-roling', 'cool-down', 'debrief-conversation', 'other'] as const;
export type ClosurePractice = (typeof CLOSURE_PRACTICES)[number];
export const CLOSURE_PRACTICE_LABELS: Record<ClosurePractice, string> = {
  'tag-out': 'Tag-out',
  'de-roling': 'De-roling',
  'cool-down': 'Physical cool-down',
  'debrief-conversation': 'Debrief conversation',
  other: 'Other',
};

export const ClosureInput = z
  .strictObject({
    sceneId: Id,
    personId: Id,
    practices: z
      .array(z.enum(CLOSURE_PRACTICES, { message: 'Not a closure practice' }))
      .max(CLOSURE_PRACTICES.length)
      .default([]),
    practiceNote: text(2000, 'Practice note').default(''),
    debrief: text(20_000, 'Debrief notes').default(''),
    nextShootNotes: text(10_000, 'Notes for the next shoot').default(''),
  })
  .refine((v) => !v.practices.includes('other') || v.practiceNote.length > 0, {
    message: 'Say which practice "other" was',
    path: ['practiceNote'],
  });
export type ClosureInput = z.input<typeof ClosureInput>;

export const ClosureRecord = z.object({
  id: Id,
  sceneId: Id,
  personId: Id,
  practices: z.array(z.enum(CLOSURE_PRACTICES)),
  practiceNote: z.string(),
  debrief: z.string(),
  nextShootNotes: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type ClosureRecord = z.infer<typeof ClosureRecord>;

export const FollowUpInput = z.strictObject({
  sceneId: Id,
  /** The performer it concerns; null for a scene-wide follow-up. */
  personId: Id.nullable().default(null),
  description: requiredText(2000, 'Follow-up'),
  /** A calendar date in the production's time zone. */
  dueDate: IsoDate,
});
export type FollowUpInput = z.input<typeof FollowUpInput>;

export const FollowUpPatch = z.strictObject({
  description: requiredText(2000, 'Follow-up').optional(),
  dueDate: IsoDate.optional(),
  personId: Id.nullable().optional(),
  done: z.boolean().optional(),
});

export const FollowUp = z.object({
  id: Id,
  sceneId: Id,
  sceneNumber: z.string(),
  personId: Id.nullable(),
  personName: z.string().nullable(),
  description: z.string(),
  dueDate: IsoDate,
  doneAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type FollowUp = z.infer<typeof FollowUp>;

export const SceneClosure = z.object({
  sceneId: Id,
  records: z.array(ClosureRecord),
  followUps: z.array(FollowUp),
});
export type SceneClosure = z.infer<typeof SceneClosure>;

export const FollowUpsDue = z.object({
  /** Today in the production's time zone. */
  today: IsoDate,
  overdue: z.array(FollowUp),
  dueToday: z.array(FollowUp),
});
export type FollowUpsDue = z.infer<typeof FollowUpsDue>;
