import { z } from 'zod';
import { AuditEntry } from '../audit/schema';
import { Id, IsoDate, IsoDateTime, requiredText, text } from '../kit/fields';
import { READINESS_STATES } from '../readiness/schema';
import { NUDITY_LEVELS } from '../scenes/schema';

/**
 * The simulated acts a rider can list, in neutral terms. Beats use the same words, so a beat can be
 * checked against what each performer agreed to.
 */
export const CONSENT_ACTS = [
  'kiss-closed-mouth',
  'kiss-open-mouth',
  'embrace',
  'caress',
  'simulated-intercourse',
  'simulated-oral',
  'simulated-self-touch',
  'simulated-assault',
  'lying-together',
  'undressing-on-camera',
] as const;
export type ConsentAct = (typeof CONSENT_ACTS)[number];
export const CONSENT_ACT_LABELS: Record<ConsentAct, string> = {
  'kiss-closed-mouth': 'Kiss, closed mouth',
  'kiss-open-mouth': 'Kiss, open mouth',
  embrace: 'Embrace',
  caress: 'Caress',
  'simulated-intercourse': 'Simulated intercourse',
  'simulated-oral': 'Simulated oral contact',
  'simulated-self-touch': 'Simulated self-touch',
  'simulated-assault': 'Simulated assault',
  'lying-together': 'Lying together',
  'undressing-on-camera': 'Undressing on camera',
};
/** Acts that count as simulated sex (minors can never be given them). */
export const SIMULATED_SEX_ACTS: readonly ConsentAct[] = [
  'simulated-intercourse',
  'simulated-oral',
  'simulated-self-touch',
  'simulated-assault',
];

/**
 * Body areas, with the same ids as the communication pillar's body map, so a rider, a body map and
 * a beat's contacts speak of the same places.
 */
export const BODY_AREAS = [
  'head',
  'face',
  'neck-front',
  'shoulders',
  'chest',
  'breasts',
  'abdomen',
  'hips',
  'groin',
  'upper-arms',
  'forearms',
  'hands',
  'thighs-outer',
  'thighs-inner',
  'knees',
  'shins',
  'feet',
  'head-back',
  'neck-back',
  'back-upper',
  'back-lower',
  'buttocks',
  'arms-back',
  'thighs-back',
  'knees-back',
  'calves',
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];
export const BODY_AREA_LABELS: Record<BodyArea, string> = {
  head: 'Head and hair',
  face: 'Face',
  'neck-front': 'Neck (front)',
  shoulders: 'Shoulders',
  chest: 'Chest',
  breasts: 'Breasts',
  abdomen: 'Abdomen',
  hips: 'Hips',
  groin: 'Genitals and groin',
  'upper-arms': 'Upper arms',
  forearms: 'Forearms',
  hands: 'Hands',
  'thighs-outer': 'Outer thighs',
  'thighs-inner': 'Inner thighs',
  knees: 'Knees',
  shins: 'Lower legs (front)',
  feet: 'Feet',
  'head-back': 'Back of head',
  'neck-back': 'Back of neck',
  'back-upper': 'Upper back',
  'back-lower': 'Lower back',
  buttocks: 'Buttocks',
  'arms-back': 'Backs of arms',
  'thighs-back': 'Backs of thighs',
  'knees-back': 'Backs of knees',
  calves: 'Calves',
};
/** Areas whose showing on camera is nudity (so a minor's rider can never show them). */
export const NUDITY_AREAS: readonly BodyArea[] = ['breasts', 'buttocks', 'groin'];

export const ExposureTerm = z.strictObject({
  area: z.enum(BODY_AREAS, { message: 'Choose a body area' }),
  shown: z.boolean(),
  /** Where agreed: the camera angle ("side only, from the waist up") or the duration. */
  angle: text(400, 'Angle').default(''),
  maxSeconds: z.number().int().min(0).max(3600).nullable().default(null),
});
export type ExposureTerm = z.infer<typeof ExposureTerm>;

export const ActTerm = z.strictObject({
  act: z.enum(CONSENT_ACTS, { message: 'Choose a simulated act' }),
  detail: text(2000, 'Act detail').default(''),
});

export const DoubleTerms = z.strictObject({
  allowed: z.boolean().default(false),
  terms: text(4000, 'Double terms').default(''),
});

/** What a performer agrees to, in specific terms. A signed version of these is never edited. */
export const RiderTerms = z.strictObject({
  nudity: z.enum(NUDITY_LEVELS).default('none'),
  acts: z.array(ActTerm).max(CONSENT_ACTS.length).default([]),
  exposure: z
    .array(ExposureTerm)
    .max(BODY_AREAS.length * 2)
    .default([]),
  /** Areas a scene partner may touch. */
  contactAreas: z.array(z.enum(BODY_AREAS)).max(BODY_AREAS.length).default([]),
  offLimitsAreas: z.array(z.enum(BODY_AREAS)).max(BODY_AREAS.length).default([]),
  offLimits: text(4000, 'Off limits').default(''),
  present: z.array(requiredText(200, 'Person present')).max(100).default([]),
  howShot: text(4000, 'How it is shot').default(''),
  useInTrailer: z.boolean().default(false),
  useInPromotion: z.boolean().default(false),
  stillsNeedApproval: z.boolean().default(true),
  useNotes: text(4000, 'Use limits').default(''),
  bodyDouble: DoubleTerms.default({ allowed: false, terms: '' }),
  digitalDouble: DoubleTerms.default({ allowed: false, terms: '' }),
  destroyUnusedFootage: z.boolean().default(true),
  destroyBy: IsoDate.nullable().default(null),
  scriptPages: text(200, 'Script pages').default(''),
  notes: text(20_000, 'Notes').default(''),
});
export type RiderTerms = z.infer<typeof RiderTerms>;
export type RiderTermsInput = z.input<typeof RiderTerms>;

type TermsShape = typeof RiderTerms.shape;
/** Some of the terms, with no defaults filled in: what a rider overrides in its template. */
export const RiderTermsOverride = z.strictObject(
  Object.fromEntries(Object.entries(RiderTerms.shape).map(([k, v]) => [k, v.unwrap().optional()])) as {
    [K in keyof TermsShape]: z.ZodOptional<ReturnType<TermsShape[K]['unwrap']>>;
  },
);

export const RIDER_STATUSES = ['draft', 'sent', 'signed', 'withdrawn'] as const;
export type RiderStatus = (typeof RIDER_STATUSES)[number];
export const RIDER_STATUS_LABELS: Record<RiderStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  signed: 'Signed',
  withdrawn: 'Withdrawn',
};

/** A PNG from signature_pad's `toDataURL()`; about 20-80 KB for a real signature. */
const PngDataUrl = z
  .string()
  .max(2_000_000, 'The signature image is too large')
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, 'The signature must be a PNG image');

export const SignatureInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('drawn'), image: PngDataUrl, name: requiredText(200, 'Name of the signer') }),
  z.strictObject({ kind: z.literal('typed'), name: requiredText(200, 'Typed name') }),
]);
export type SignatureInput = z.input<typeof SignatureInput>;

export const RiderVersion = z.object({
  id: Id,
  riderId: Id,
  version: z.number().int(),
  status: z.enum(RIDER_STATUSES),
  terms: RiderTerms,
  sceneIds: z.array(Id),
  sentAt: IsoDateTime.nullable(),
  signedAt: IsoDateTime.nullable(),
  signatureKind: z.enum(['drawn', 'typed']).nullable(),
  signatureImage: z.string().nullable(),
  signedName: z.string().nullable(),
  witness: z.string().nullable(),
  withdrawnAt: IsoDateTime.nullable(),
  withdrawalReason: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type RiderVersion = z.infer<typeof RiderVersion>;

export const RiderScene = z.object({ id: Id, number: z.string(), label: z.string(), deleted: z.boolean() });

export const RiderSummary = z.object({
  id: Id,
  productionId: Id,
  personId: Id,
  personName: z.string(),
  personDeleted: z.boolean(),
  title: z.string(),
  /** The current (latest) version's number, status and scenes. */
  version: z.number().int(),
  status: z.enum(RIDER_STATUSES),
  scenes: z.array(RiderScene),
  sentAt: IsoDateTime.nullable(),
  signedAt: IsoDateTime.nullable(),
  withdrawnAt: IsoDateTime.nullable(),
  /** Set while a never-sent draft is discarded (it is then in Recently deleted). */
  deletedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type RiderSummary = z.infer<typeof RiderSummary>;

export const CHECKIN_KINDS = ['rehearsal', 'shoot-day', 'fitting', 'other'] as const;
export const CHECKIN_KIND_LABELS: Record<(typeof CHECKIN_KINDS)[number], string> = {
  rehearsal: 'Rehearsal',
  'shoot-day': 'Day of shoot',
  fitting: 'Fitting',
  other: 'Other',
};
export const CHECKIN_OUTCOMES = ['confirmed', 'changed'] as const;

export const CheckInInput = z.strictObject({
  riderId: Id,
  kind: z.enum(CHECKIN_KINDS, { message: 'Choose when the check-in happened' }),
  /** When it happened; now when left out (a check-in may be logged after the fact). */
  at: IsoDateTime.optional(),
  who: requiredText(200, 'Who checked in'),
  outcome: z.enum(CHECKIN_OUTCOMES, { message: 'Choose confirmed or changed' }),
  note: text(4000, 'Note').default(''),
});
export type CheckInInput = z.input<typeof CheckInInput>;

export const CheckIn = z.object({
  id: Id,
  riderId: Id,
  version: z.number().int(),
  kind: z.enum(CHECKIN_KINDS),
  at: IsoDateTime,
  who: z.string(),
  outcome: z.enum(CHECKIN_OUTCOMES),
  note: z.string(),
  /** Set when the check-in was made on set, from the pre-roll checklist of this scene and day. */
  sceneId: Id.nullable(),
  shootDate: IsoDate.nullable(),
  /** A check-in recorded by mistake is voided, never deleted: when, and why. */
  voidedAt: IsoDateTime.nullable(),
  voidReason: z.string(),
  createdAt: IsoDateTime,
});
export type CheckIn = z.infer<typeof CheckIn>;

export const RiderDetail = z.object({
  rider: RiderSummary,
  /** Newest first. */
  versions: z.array(RiderVersion),
  checkIns: z.array(CheckIn),
  audit: z.array(AuditEntry),
});
export type RiderDetail = z.infer<typeof RiderDetail>;

export const RiderCreateInput = z.strictObject({
  productionId: Id,
  personId: Id,
  title: text(200, 'Title').default(''),
  sceneIds: z.array(Id).max(500).default([]),
  templateId: Id.optional(),
  /** Terms typed in; with a template, these fields override the template's. */
  terms: RiderTermsOverride.optional(),
});
export type RiderCreateInput = z.input<typeof RiderCreateInput>;

export const RiderUpdateInput = z.strictObject({
  id: Id,
  title: text(200, 'Title').optional(),
  sceneIds: z.array(Id).max(500).optional(),
  terms: RiderTerms.optional(),
});

export const RiderTemplate = z.object({
  id: Id,
  productionId: Id,
  name: z.string(),
  terms: RiderTerms,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type RiderTemplate = z.infer<typeof RiderTemplate>;

/** One performer's consent standing in one scene. */
export const PerformerConsent = z.object({
  personId: Id,
  name: z.string(),
  needsRider: z.boolean(),
  state: z.enum(['not-needed', 'missing', 'draft', 'sent', 'signed', 'withdrawn']),
  riderId: Id.nullable(),
  version: z.number().int().nullable(),
  sentAt: IsoDateTime.nullable(),
  /** The call notice is counted to: the performer's own call that day, else the scene's time. */
  noticeCallAt: IsoDateTime.nullable(),
  /** Null when it cannot be judged yet (no call time, or not sent). */
  noticeOk: z.boolean().nullable(),
  withdrawnAt: IsoDateTime.nullable(),
  /** Why this performer's consent holds the roll (withdrawn, terms short of the scene), one sentence each. */
  blockers: z.array(z.string()),
  /** Why it is not in place yet (no rider, unsigned, short notice), one sentence each. */
  missing: z.array(z.string()),
});
export type PerformerConsent = z.infer<typeof PerformerConsent>;

export const SceneConsent = z.object({
  sceneId: Id,
  number: z.string(),
  /** "101/4" or "4" (sceneLabel). */
  label: z.string(),
  callAt: IsoDateTime.nullable(),
  /** Whether anyone in the scene needs a rider (nudity or simulated sex). */
  needed: z.boolean(),
  /** The scene's consent pillar, word for word (`consentPillar`): blocked, incomplete or complete. */
  status: z.enum(READINESS_STATES),
  /** What holds the roll, one sentence each. */
  blockers: z.array(z.string()),
  /** What is still missing, one sentence each. */
  missing: z.array(z.string()),
  performers: z.array(PerformerConsent),
});
export type SceneConsent = z.infer<typeof SceneConsent>;

export const DoubleCheckInput = z.strictObject({
  id: Id,
  kind: z.enum(['body', 'digital'], { message: 'Choose a body or a digital double' }),
  acts: z.array(z.enum(CONSENT_ACTS)).max(CONSENT_ACTS.length).default([]),
  shownAreas: z.array(z.enum(BODY_AREAS)).max(BODY_AREAS.length).default([]),
});

export const DoubleCheck = z.object({
  ok: z.boolean(),
  /** The signed version the request was judged against. */
  version: z.number().int().nullable(),
  problems: z.array(z.string()),
});
export type DoubleCheck = z.infer<typeof DoubleCheck>;
