import { z } from 'zod';
import { Contact } from '../choreography/schema';
import { CLOSURE_PRACTICES } from '../closure/schema';
import { BodyMarks, CHECK_IN_KINDS } from '../communication/schema';
import { UNITS } from '../garments/rules';
import { CARE, GARMENT_KINDS } from '../garments/schema';
import { MOVEMENT_KINDS, STOCK_STATES } from '../garments/stock';
import { Id, IsoDate, IsoDateTime } from '../kit/fields';

/**
 * Snapshot records of the binder pillars (communication, choreography, closure) and of garments.
 * Like the core records they mirror the vault's rows one to one. Two tables are append-only in the
 * vault (beat versions with their beats, and stock movements): an import only ever adds their
 * missing rows, so a receiving vault replays the same history rather than overwriting it.
 */
const stamps = { createdAt: IsoDateTime, updatedAt: IsoDateTime };

// ---- Pillars ----------------------------------------------------------------------------------

export const BodyMapRecord = z.strictObject({
  id: Id,
  productionId: Id,
  personId: Id,
  areas: BodyMarks,
  notes: z.string(),
  breakSignal: z.string(),
  preferredName: z.string(),
  notify: z.array(z.string()),
  ...stamps,
});
export type BodyMapRecord = z.infer<typeof BodyMapRecord>;

export const CheckInRecord = z.strictObject({
  id: Id,
  productionId: Id,
  personId: Id,
  sceneId: Id.nullable(),
  at: IsoDateTime,
  kind: z.enum(CHECK_IN_KINDS),
  attendees: z.string(),
  agreed: z.string(),
  deletedAt: IsoDateTime.nullable(),
  ...stamps,
});
export type CheckInRecord = z.infer<typeof CheckInRecord>;

export const BeatVersionRecord = z.strictObject({
  id: Id,
  sceneId: Id,
  version: z.number().int().min(1),
  note: z.string(),
  ...stamps,
});
export type BeatVersionRecord = z.infer<typeof BeatVersionRecord>;

export const BeatRecord = z.strictObject({
  versionId: Id,
  id: Id,
  position: z.number().int().min(0),
  title: z.string(),
  performerIds: z.array(Id),
  contacts: z.array(Contact),
  bodyPosition: z.string(),
  cameraAngle: z.string(),
  onScreen: z.string(),
  description: z.string(),
  ...stamps,
});
export type BeatRecord = z.infer<typeof BeatRecord>;

export const ClosureRowRecord = z.strictObject({
  id: Id,
  sceneId: Id,
  personId: Id,
  practices: z.array(z.enum(CLOSURE_PRACTICES)),
  practiceNote: z.string(),
  debrief: z.string(),
  nextShootNotes: z.string(),
  ...stamps,
});
export type ClosureRowRecord = z.infer<typeof ClosureRowRecord>;

export const FollowUpRecord = z.strictObject({
  id: Id,
  sceneId: Id,
  personId: Id.nullable(),
  description: z.string().min(1),
  dueDate: IsoDate,
  doneAt: IsoDateTime.nullable(),
  deletedAt: IsoDateTime.nullable(),
  ...stamps,
});
export type FollowUpRecord = z.infer<typeof FollowUpRecord>;

export const pillarTables = {
  bodyMap: z.array(BodyMapRecord).optional(),
  checkIn: z.array(CheckInRecord).optional(),
  beatVersion: z.array(BeatVersionRecord).optional(),
  beat: z.array(BeatRecord).optional(),
  closure: z.array(ClosureRowRecord).optional(),
  followUp: z.array(FollowUpRecord).optional(),
};

// ---- Garments ---------------------------------------------------------------------------------

/** Catalog records are vault-wide: a snapshot carries the ones its needs and ledger refer to. */
export const GarmentTypeRecord = z.strictObject({
  id: Id,
  name: z.string().min(1),
  kind: z.enum(GARMENT_KINDS),
  sizeKey: z.string(),
  notes: z.string(),
  deletedAt: IsoDateTime.nullable(),
  ...stamps,
});
export type GarmentTypeRecord = z.infer<typeof GarmentTypeRecord>;

export const GarmentVariantRecord = z.strictObject({
  id: Id,
  typeId: Id,
  code: z.string().min(1),
  size: z.string(),
  skinTone: z.string(),
  material: z.string(),
  adhesiveType: z.string(),
  care: z.enum(CARE),
  // Absent in packages written before units: counted in pieces.
  unit: z.enum(UNITS).default('piece'),
  supplier: z.string(),
  unitCostMinor: z.number().int().min(0),
  currency: z.string().length(3),
  reorderThreshold: z.number().int().min(0),
  deletedAt: IsoDateTime.nullable(),
  ...stamps,
});
export type GarmentVariantRecord = z.infer<typeof GarmentVariantRecord>;

const BucketState = z.enum(['none', ...STOCK_STATES]);

/**
 * One ledger movement, in ledger order. Balances are not carried: the receiving vault's own
 * triggers rebuild them as the movements are appended, so they can never disagree with the ledger.
 */
export const GarmentMovementRecord = z.strictObject({
  id: Id,
  productionId: Id,
  variantId: Id,
  kind: z.enum(MOVEMENT_KINDS),
  quantity: z.number().int().min(0),
  fromState: BucketState,
  fromLot: z.string(),
  toState: BucketState,
  toLot: z.string(),
  personId: Id.nullable(),
  sceneId: Id.nullable(),
  counted: z.number().int().nullable(),
  allergyAcknowledged: z.boolean(),
  note: z.string(),
  at: IsoDateTime,
  // The movement this one takes back; absent in packages written before reversals existed.
  reverses: Id.nullable().default(null),
  ...stamps,
});
export type GarmentMovementRecord = z.infer<typeof GarmentMovementRecord>;

export const GarmentNeedRecord = z.strictObject({
  id: Id,
  productionId: Id,
  sceneId: Id,
  personId: Id,
  variantId: Id,
  quantity: z.number().int().min(1),
  note: z.string(),
  ...stamps,
});
export type GarmentNeedRecord = z.infer<typeof GarmentNeedRecord>;

export const GarmentFittingRecord = z.strictObject({
  id: Id,
  productionId: Id,
  personId: Id,
  startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  place: z.string(),
  fitter: z.string(),
  note: z.string(),
  deletedAt: IsoDateTime.nullable(),
  ...stamps,
});
export type GarmentFittingRecord = z.infer<typeof GarmentFittingRecord>;

export const garmentTables = {
  garmentType: z.array(GarmentTypeRecord).optional(),
  garmentVariant: z.array(GarmentVariantRecord).optional(),
  garmentMovement: z.array(GarmentMovementRecord).optional(),
  garmentNeed: z.array(GarmentNeedRecord).optional(),
  garmentFitting: z.array(GarmentFittingRecord).optional(),
};
