import { z } from 'zod';
import { CHECKIN_KINDS, CHECKIN_OUTCOMES, RIDER_STATUSES, RiderTerms } from '../consent/schema';
import { Id, IsoDate, IsoDateTime } from '../kit/fields';
import { PREROLL_ITEMS } from '../onset/schema';
import { MEMBER_ROLES } from '../people/schema';
import { PRODUCTION_STATUSES, PRODUCTION_TYPES, UNION_STATUSES } from '../productions/schema';
import { HEIGHTENED_FLAGS, INT_EXT, INTIMACY_TYPES, NUDITY_LEVELS, RISK_LEVELS } from '../scenes/schema';
import { garmentTables, pillarTables } from './binder-schema';

/**
 * The production snapshot: one production with everything that belongs to it, as plain JSON.
 * It is the body of a handoff package, the JSON export, and the input of every recipient cut.
 *
 * Records mirror the vault's rows one to one (camelCase names, booleans as booleans, JSON columns
 * parsed), soft-deleted rows included, so an import restores exactly what was exported.
 * Each domain adds its tables in its own block below; a table is optional so a snapshot written
 * before a domain existed still reads.
 */
export const SNAPSHOT_FORMAT_VERSION = 1;
export const SNAPSHOT_KIND = 'closed-set/production-snapshot';

const stamps = {
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
};

// ---- Core domains: productions, people, scenes, audit ------------------------------------------

export const ProductionRecord = z.strictObject({
  id: Id,
  title: z.string().min(1),
  type: z.enum(PRODUCTION_TYPES),
  company: z.string(),
  unionStatus: z.enum(UNION_STATUSES),
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  timeZone: z.string().min(1),
  status: z.enum(PRODUCTION_STATUSES),
  noticeHours: z.number().int().min(0),
  archivedAt: IsoDateTime.nullable(),
  ...stamps,
});
export type ProductionRecord = z.infer<typeof ProductionRecord>;

export const PersonRecord = z.strictObject({
  id: Id,
  name: z.string().min(1),
  pronouns: z.string(),
  email: z.string(),
  phone: z.string(),
  representative: z.string(),
  dateOfBirth: IsoDate.nullable(),
  isMinor: z.boolean(),
  sizes: z.record(z.string(), z.string()),
  allergies: z.string(),
  adhesiveAllergy: z.boolean(),
  // Absent in packages written before allergens, skin tone and fitter preference were recorded.
  allergens: z.array(z.string()).default([]),
  skinTone: z.string().default(''),
  fitterPreference: z.string().default(''),
  notes: z.string(),
  deletedAt: IsoDateTime.nullable(),
  ...stamps,
});
export type PersonRecord = z.infer<typeof PersonRecord>;

export const MemberRecord = z.strictObject({
  id: Id,
  productionId: Id,
  personId: Id,
  role: z.enum(MEMBER_ROLES),
  characterName: z.string(),
  department: z.string(),
  castNumber: z.string().default(''),
  deletedAt: IsoDateTime.nullable(),
  ...stamps,
});
export type MemberRecord = z.infer<typeof MemberRecord>;

export const SceneRecord = z.strictObject({
  id: Id,
  productionId: Id,
  number: z.string().min(1),
  episode: z.string(),
  pageEighths: z.number().int().min(0),
  scriptDay: z.string(),
  shootDate: IsoDate.nullable(),
  callTime: z.string().nullable(),
  location: z.string(),
  // Fields a snapshot written before episodes and strips existed lacks: they read as empty.
  intExt: z.enum(INT_EXT).default(''),
  dayNight: z.string().default(''),
  setName: z.string().default(''),
  startPage: z.string().default(''),
  omitted: z.boolean().default(false),
  intimacyTypes: z.array(z.enum(INTIMACY_TYPES)),
  riskLevel: z.enum(RISK_LEVELS),
  mitigation: z.string(),
  closedSet: z.array(z.string()),
  monitorsRestrictedTo: z.string(),
  icPresent: z.boolean(),
  bodyDoubles: z.string(),
  storyContext: z.string(),
  directorIntent: z.string(),
  audienceSees: z.string(),
  heightenedFlags: z.array(z.enum(HEIGHTENED_FLAGS)),
  deletedAt: IsoDateTime.nullable(),
  ...stamps,
});
export type SceneRecord = z.infer<typeof SceneRecord>;

export const ScenePerformerRecord = z.strictObject({
  sceneId: Id,
  personId: Id,
  nudity: z.enum(NUDITY_LEVELS),
  simulatedSex: z.boolean(),
  ...stamps,
});
export type ScenePerformerRecord = z.infer<typeof ScenePerformerRecord>;

/**
 * Audit entries travel verbatim: old and new values stay the exact JSON text that was hashed, so
 * the chain verifies in the vault that imports it.
 */
export const AuditRecord = z.strictObject({
  id: Id,
  at: IsoDateTime,
  productionId: Id,
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  actor: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

/** A shoot day from the call sheet: its day number and crew call (local date and wall-clock time). */
export const ShootDayRecord = z.strictObject({
  productionId: Id,
  shootDate: IsoDate,
  dayNumber: z.string(),
  crewCall: z.string().nullable(),
  ...stamps,
});
export type ShootDayRecord = z.infer<typeof ShootDayRecord>;

/** A performer's call on a shoot day (wall-clock time in the production's time zone). */
export const PerformerCallRecord = z.strictObject({
  productionId: Id,
  shootDate: IsoDate,
  personId: Id,
  callTime: z.string(),
  ...stamps,
});
export type PerformerCallRecord = z.infer<typeof PerformerCallRecord>;

const coreTables = {
  person: z.array(PersonRecord),
  productionMember: z.array(MemberRecord),
  scene: z.array(SceneRecord),
  scenePerformer: z.array(ScenePerformerRecord),
  auditEntry: z.array(AuditRecord),
  shootDay: z.array(ShootDayRecord).optional(),
  performerCall: z.array(PerformerCallRecord).optional(),
};

// ---- Domain tables plug in here (binder, consent, garments), one block each ---------------------

// On set: the pre-roll checklist marks and the break log (full binder only; no cut lists them).
export const PrerollMarkRecord = z.strictObject({
  sceneId: Id,
  shootDate: IsoDate,
  item: z.enum(PREROLL_ITEMS),
  personId: z.string(),
  done: z.boolean(),
  value: z.string(),
  markedAt: IsoDateTime,
  ...stamps,
});
export const BreakRecord = z.strictObject({
  id: Id,
  productionId: Id,
  sceneId: Id.nullable(),
  shootDate: IsoDate,
  personId: Id,
  calledAt: IsoDateTime,
  note: z.string(),
  deletedAt: IsoDateTime.nullable(),
  ...stamps,
});
const onsetTables = {
  prerollMark: z.array(PrerollMarkRecord).optional(),
  breakLog: z.array(BreakRecord).optional(),
};
// Consent: riders travel whole (every version, signature, check-in) in the full binder only; the
// cuts' allow-lists leave them out and FORBIDDEN in shared/handoff/cuts.ts keeps them out.
export const RiderTemplateRecord = z.strictObject({
  id: Id,
  productionId: Id,
  name: z.string().min(1),
  terms: RiderTerms,
  deletedAt: IsoDateTime.nullable(),
  ...stamps,
});
export const RiderRecord = z.strictObject({
  id: Id,
  productionId: Id,
  personId: Id,
  title: z.string(),
  // Absent in packages written before riders could be discarded.
  deletedAt: IsoDateTime.nullable().default(null),
  ...stamps,
});
export const RiderVersionRecord = z.strictObject({
  id: Id,
  riderId: Id,
  version: z.number().int().min(1),
  status: z.enum(RIDER_STATUSES),
  terms: RiderTerms,
  sentAt: IsoDateTime.nullable(),
  signedAt: IsoDateTime.nullable(),
  signatureKind: z.enum(['drawn', 'typed']).nullable(),
  signatureImage: z.string().nullable(),
  signedName: z.string().nullable(),
  witness: z.string().nullable(),
  withdrawnAt: IsoDateTime.nullable(),
  withdrawalReason: z.string().nullable(),
  ...stamps,
});
export const RiderVersionSceneRecord = z.strictObject({ versionId: Id, sceneId: Id, ...stamps });
export const ConsentCheckinRecord = z.strictObject({
  id: Id,
  riderId: Id,
  version: z.number().int().min(1),
  kind: z.enum(CHECKIN_KINDS),
  at: IsoDateTime,
  who: z.string(),
  outcome: z.enum(CHECKIN_OUTCOMES),
  note: z.string(),
  // Added with on-set check-ins (migration 0010); a package written before them has none.
  sceneId: Id.nullable().default(null),
  shootDate: IsoDate.nullable().default(null),
  voidedAt: IsoDateTime.nullable().default(null),
  voidReason: z.string().default(''),
  ...stamps,
});
const consentTables = {
  riderTemplate: z.array(RiderTemplateRecord).optional(),
  rider: z.array(RiderRecord).optional(),
  riderVersion: z.array(RiderVersionRecord).optional(),
  riderVersionScene: z.array(RiderVersionSceneRecord).optional(),
  consentCheckin: z.array(ConsentCheckinRecord).optional(),
};

export const SnapshotTables = z.strictObject({
  ...coreTables,
  ...pillarTables,
  ...onsetTables,
  ...consentTables,
  ...garmentTables,
});
export type SnapshotTables = z.infer<typeof SnapshotTables>;
export type TableName = keyof SnapshotTables;

export const Snapshot = z.strictObject({
  kind: z.literal(SNAPSHOT_KIND),
  formatVersion: z.literal(SNAPSHOT_FORMAT_VERSION),
  exportedAt: IsoDateTime,
  /** The app build that wrote it, for support; never used to decide anything. */
  generator: z.string(),
  production: ProductionRecord,
  tables: SnapshotTables,
});
export type Snapshot = z.infer<typeof Snapshot>;

// ---- Handoff options and results (the commands' shapes) ---------------------------------------

export const CUTS = ['full', 'costume', 'production', 'producer'] as const;
export type CutName = (typeof CUTS)[number];
export const CUT_LABELS: Record<CutName, string> = {
  full: 'Full coordinator binder',
  costume: 'Costume department',
  production: 'Production / AD',
  producer: 'Producer summary',
};

export const EXPORT_FORMATS = ['pdf', 'package', 'json', 'csv', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  pdf: 'PDF binder',
  package: 'Encrypted handoff package',
  json: 'JSON (documented, versioned)',
  csv: 'CSV scene breakdown',
  ics: 'Calendar (.ics): shoot calls, rider deadlines, follow-ups',
};

/** One record changed on both sides since the last handoff between the two vaults. */
export const ImportConflict = z.object({
  /** `<table>:<record key>`: the name a resolution refers to. */
  key: z.string(),
  table: z.string(),
  label: z.string(),
  oursUpdatedAt: z.string().nullable(),
  theirsUpdatedAt: z.string().nullable(),
  fields: z.array(z.object({ field: z.string(), ours: z.unknown(), theirs: z.unknown() })),
});
export type ImportConflict = z.infer<typeof ImportConflict>;

export const RESOLUTIONS = ['ours', 'theirs'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/**
 * One change a merge would make to a consent record (a body map, rider, rider version, consent
 * check-in or beat), field by field in words: applied only when the user accepts it by its id.
 */
export const ConsentChange = z.object({
  /** `<table>:<record key>`: the id an acceptance refers to (the same key as a conflict's). */
  id: z.string(),
  table: z.string(),
  label: z.string(),
  /** `added`: a record this vault does not hold; `changed`: theirs differs from ours. */
  kind: z.enum(['added', 'changed']),
  /** Also changed in this vault: applied only if the conflict is settled with theirs. */
  conflict: z.boolean(),
  fields: z.array(z.object({ field: z.string(), from: z.string(), to: z.string() })),
});
export type ConsentChange = z.infer<typeof ConsentChange>;

export const ImportPlan = z.object({
  productionId: Id,
  title: z.string(),
  /** `new`: the production is not in this vault yet; `merge`: it is, records are matched by id. */
  mode: z.enum(['new', 'merge']),
  exportedAt: IsoDateTime,
  /** The production's time zone (from the file), for showing the file's moments on its clock. */
  timeZone: z.string().min(1),
  counts: z.object({
    added: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    keptOurs: z.number().int(),
  }),
  conflicts: z.array(ImportConflict),
  /** Changes to consent records (merge only): each needs the user's acceptance before it is applied. */
  consentChanges: z.array(ConsentChange),
  audit: z.object({
    /** Their entries appended to our chain, verbatim. */
    added: z.number().int(),
    /** Their entries after the point where the two chains forked, kept as a separate branch. */
    diverged: z.number().int(),
  }),
});
export type ImportPlan = z.infer<typeof ImportPlan>;
