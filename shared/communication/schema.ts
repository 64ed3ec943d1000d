import { z } from 'zod';
import { Id, IsoDateTime, requiredText, text } from '../kit/fields';

/**
 * The body map's fixed areas. Each area belongs to one view (front or back silhouette) so that
 * every shape drawn is exactly one area; where the side matters (neck, thighs, knees, arms) the
 * front and the back are separate areas.
 */
export const BODY_AREAS = [
  { id: 'head', label: 'Head and hair', view: 'front' },
  { id: 'face', label: 'Face', view: 'front' },
  { id: 'neck-front', label: 'Neck (front)', view: 'front' },
  { id: 'shoulders', label: 'Shoulders', view: 'front' },
  { id: 'chest', label: 'Chest', view: 'front' },
  { id: 'breasts', label: 'Breasts', view: 'front' },
  { id: 'abdomen', label: 'Abdomen', view: 'front' },
  { id: 'hips', label: 'Hips', view: 'front' },
  { id: 'groin', label: 'Genitals and groin', view: 'front' },
  { id: 'upper-arms', label: 'Upper arms', view: 'front' },
  { id: 'forearms', label: 'Forearms', view: 'front' },
  { id: 'hands', label: 'Hands', view: 'front' },
  { id: 'thighs-outer', label: 'Outer thighs', view: 'front' },
  { id: 'thighs-inner', label: 'Inner thighs', view: 'front' },
  { id: 'knees', label: 'Knees', view: 'front' },
  { id: 'shins', label: 'Lower legs (front)', view: 'front' },
  { id: 'feet', label: 'Feet', view: 'front' },
  { id: 'head-back', label: 'Back of head', view: 'back' },
  { id: 'neck-back', label: 'Back of neck', view: 'back' },
  { id: 'back-upper', label: 'Upper back', view: 'back' },
  { id: 'back-lower', label: 'Lower back', view: 'back' },
  { id: 'buttocks', label: 'Buttocks', view: 'back' },
  { id: 'arms-back', label: 'Backs of arms', view: 'back' },
  { id: 'thighs-back', label: 'Backs of thighs', view: 'back' },
  { id: 'knees-back', label: 'Backs of knees', view: 'back' },
  { id: 'calves', label: 'Calves', view: 'back' },
] as const;

export type BodyArea = (typeof BODY_AREAS)[number]['id'];
export type BodyView = (typeof BODY_AREAS)[number]['view'];
export const BODY_AREA_IDS = BODY_AREAS.map((a) => a.id) as unknown as readonly [BodyArea, ...BodyArea[]];
export const BODY_AREA_LABELS = Object.fromEntries(BODY_AREAS.map((a) => [a.id, a.label])) as Record<BodyArea, string>;
export const BodyAreaId = z.enum(BODY_AREA_IDS, { message: 'Not a body map area' });

export const BOUNDARY_MARKS = ['ok', 'ask', 'never'] as const;
export type BoundaryMark = (typeof BOUNDARY_MARKS)[number];
export const BOUNDARY_LABELS: Record<BoundaryMark, string> = { ok: 'OK', ask: 'Ask first', never: 'Never' };
export const BoundaryMarkSchema = z.enum(BOUNDARY_MARKS, { message: 'Mark an area ok, ask or never' });

/** Area -> mark. An area not listed has not been discussed yet. */
export const BodyMarks = z.partialRecord(BodyAreaId, BoundaryMarkSchema);
export type BodyMarks = z.infer<typeof BodyMarks>;

/** The next mark when an area is clicked: unmarked -> ok -> ask first -> never -> unmarked. */
export function nextMark(mark: BoundaryMark | undefined): BoundaryMark | undefined {
  if (mark === undefined) return 'ok';
  if (mark === 'ok') return 'ask';
  if (mark === 'ask') return 'never';
  return undefined;
}

/** The communication pillar for one performer in one production. */
export const CommunicationPatch = z.strictObject({
  areas: BodyMarks.optional(),
  notes: text(10_000, 'Boundary notes').optional(),
  breakSignal: text(400, 'Break signal').optional(),
  preferredName: text(200, 'Preferred name').optional(),
  notify: z.array(requiredText(200, 'Name')).max(50, 'At most 50 people to tell').optional(),
});
export type CommunicationPatch = z.input<typeof CommunicationPatch>;

export const Communication = z.object({
  /** Null until something has been recorded for this performer. */
  id: Id.nullable(),
  productionId: Id,
  personId: Id,
  areas: BodyMarks,
  notes: z.string(),
  breakSignal: z.string(),
  preferredName: z.string(),
  notify: z.array(z.string()),
  updatedAt: IsoDateTime.nullable(),
});
export type Communication = z.infer<typeof Communication>;

export const CHECK_IN_KINDS = ['meeting', 'check-in', 'rehearsal', 'call'] as const;
export const CHECK_IN_KIND_LABELS: Record<(typeof CHECK_IN_KINDS)[number], string> = {
  meeting: 'Meeting',
  'check-in': 'Check-in',
  rehearsal: 'Rehearsal',
  call: 'Phone or video call',
};

const checkInFields = {
  at: IsoDateTime,
  kind: z.enum(CHECK_IN_KINDS, { message: 'Choose meeting, check-in, rehearsal or call' }).default('check-in'),
  attendees: text(1000, 'Who was there').default(''),
  agreed: requiredText(10_000, 'What was agreed'),
};

export const CheckInInput = z.strictObject({
  productionId: Id,
  personId: Id,
  sceneId: Id.nullable().default(null),
  ...checkInFields,
});
export type CheckInInput = z.input<typeof CheckInInput>;

export const CheckInPatch = z.strictObject({
  at: checkInFields.at.optional(),
  kind: z.enum(CHECK_IN_KINDS).optional(),
  attendees: text(1000, 'Who was there').optional(),
  agreed: requiredText(10_000, 'What was agreed').optional(),
  sceneId: Id.nullable().optional(),
});

export const CheckIn = z.object({
  id: Id,
  productionId: Id,
  personId: Id,
  sceneId: Id.nullable(),
  at: IsoDateTime,
  kind: z.enum(CHECK_IN_KINDS),
  attendees: z.string(),
  agreed: z.string(),
  deletedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type CheckIn = z.infer<typeof CheckIn>;
