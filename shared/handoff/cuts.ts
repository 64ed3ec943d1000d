import type { BeatFlag } from '../choreography/schema';
import type { PullList } from '../garments/schema';
import type { Pillar, ReadinessState, SceneReadiness } from '../readiness/schema';
import type { CutName, ProductionRecord, Snapshot, SnapshotTables, TableName } from './schema';

/**
 * Recipient cuts: what each reader of a binder may see. A cut is an ALLOW-list: it copies the
 * listed fields of the listed tables and nothing else, so a field or table added later stays out
 * of every cut until someone decides it belongs there. The full cut is the coordinator's own
 * binder and carries everything.
 */

type RecordOf<K extends TableName> = NonNullable<SnapshotTables[K]>[number];
export type CutTables = { [K in TableName]?: Partial<RecordOf<K>>[] };

export const CUT_KIND = 'closed-set/recipient-cut';

/** A scene's readiness as a status per pillar: never the sentences that say what is missing. */
export interface SceneStatus {
  sceneId: string;
  overall: ReadinessState;
  readyToShoot: boolean;
  pillars: Record<Pillar, ReadinessState>;
}

/**
 * Figures the vault derives at export time with the same code the app shows them with (readiness,
 * beat flags against body maps and riders, pull lists against the stock ledger). They are computed
 * from the whole production, so each cut names which of them it may carry.
 */
export interface Derived {
  readiness: SceneStatus[];
  /** By scene id: the flags of the scene's latest beats. */
  beatFlags: Record<string, BeatFlag[]>;
  /** One per shoot day with garment needs, in date order. */
  pullLists: PullList[];
  /** The producer's figures: counts and money only, never a name, a body area or an act. */
  producer: ProducerFigures;
}

export interface ProducerFigures {
  /** Riders by their latest version: not yet signed (draft or sent), signed, withdrawn. */
  riders: { outstanding: number; signed: number; withdrawn: number };
  /** Modesty kit bought for this production (received stock at unit cost), by currency. */
  kitSpend: { currency: string; minor: number }[];
}

export const DERIVED_ALLOWED: Record<CutName, readonly (keyof Derived)[]> = {
  full: ['readiness', 'beatFlags', 'pullLists'],
  costume: ['pullLists'],
  production: ['readiness'],
  producer: ['producer'],
};

export function sceneStatus(r: SceneReadiness): SceneStatus {
  const pillars = Object.fromEntries(Object.entries(r.pillars).map(([k, v]) => [k, v.status]));
  return {
    sceneId: r.sceneId,
    overall: r.overall,
    readyToShoot: r.readyToShoot,
    pillars: pillars as SceneStatus['pillars'],
  };
}

export interface CutView {
  kind: typeof CUT_KIND;
  cut: CutName;
  recipient: string;
  preparedAt: string;
  formatVersion: number;
  production: Partial<ProductionRecord>;
  tables: CutTables;
  derived: Partial<Derived>;
  /**
   * The production's audit chain head when the file was written (a cut carries no audit trail):
   * `closed-set verify <vault> --against <this file>` checks the vault's chain still holds it.
   */
  chainHead?: { count: number; hash: string };
}

export interface AllowList {
  production: readonly (keyof ProductionRecord)[];
  tables: { [K in TableName]?: readonly (keyof RecordOf<K>)[] };
}

const PRODUCTION_BASICS = ['id', 'title', 'type', 'company', 'startDate', 'endDate', 'timeZone', 'status'] as const;
const MEMBER_BASICS = ['id', 'personId', 'role', 'characterName', 'department', 'castNumber'] as const;
const SCENE_BASICS = [
  'id',
  'number',
  'episode',
  'scriptDay',
  'shootDate',
  'callTime',
  'location',
  'intExt',
  'dayNight',
  'setName',
  'omitted',
] as const;

/** Costume: garment needs, sizes, allergies, pull lists, stock. */
export const COSTUME_CUT: AllowList = {
  production: PRODUCTION_BASICS,
  tables: {
    person: [
      'id',
      'name',
      'pronouns',
      'sizes',
      'allergies',
      'adhesiveAllergy',
      'allergens',
      'skinTone',
      'fitterPreference',
    ],
    productionMember: MEMBER_BASICS,
    scene: [...SCENE_BASICS, 'intimacyTypes'],
    // Nudity level and simulated sex decide which modesty garments and barriers a performer needs.
    scenePerformer: ['sceneId', 'personId', 'nudity', 'simulatedSex'],
    garmentType: ['id', 'name', 'kind', 'sizeKey', 'notes'],
    garmentVariant: [
      'id',
      'typeId',
      'code',
      'size',
      'skinTone',
      'material',
      'adhesiveType',
      'care',
      'unit',
      'supplier',
      'unitCostMinor',
      'currency',
      'reorderThreshold',
    ],
    garmentNeed: ['id', 'sceneId', 'personId', 'variantId', 'quantity', 'note'],
    garmentFitting: ['id', 'personId', 'startsAt', 'place', 'fitter', 'note', 'deletedAt'],
    garmentMovement: [
      'id',
      'variantId',
      'kind',
      'quantity',
      'fromState',
      'fromLot',
      'toState',
      'toLot',
      'personId',
      'sceneId',
      'counted',
      'allergyAcknowledged',
      'note',
      'at',
      'reverses',
    ],
  },
};

/** Production / AD: schedule, closed-set and monitor requirements, notice deadlines, readiness. */
export const PRODUCTION_CUT: AllowList = {
  production: [...PRODUCTION_BASICS, 'unionStatus', 'noticeHours'],
  tables: {
    person: ['id', 'name', 'pronouns'],
    productionMember: MEMBER_BASICS,
    scene: [
      ...SCENE_BASICS,
      'pageEighths',
      'intimacyTypes',
      'riskLevel',
      'closedSet',
      'monitorsRestrictedTo',
      'icPresent',
      'bodyDoubles',
    ],
    scenePerformer: ['sceneId', 'personId'],
    // The call sheet's times: the AD's own figures.
    shootDay: ['productionId', 'shootDate', 'dayNumber', 'crewCall'],
    performerCall: ['productionId', 'shootDate', 'personId', 'callTime'],
    // Readiness travels as statuses per pillar in the cut's derived figures (DERIVED_ALLOWED).
  },
};

/** Producer: scenes by episode and day, whether the IC is on set; the rest travels as counts. */
export const PRODUCER_CUT: AllowList = {
  production: PRODUCTION_BASICS,
  tables: {
    scene: ['id', 'number', 'episode', 'shootDate', 'icPresent'],
  },
};

/** Riders, their terms, signatures and check-ins belong to the coordinator's own binder alone. */
const RIDERS_NEVER = {
  riderTemplate: 'all',
  rider: 'all',
  riderVersion: 'all',
  riderVersionScene: 'all',
  consentCheckin: 'all',
} as const;

/** Body maps, check-ins, beats and closure are the performers' own: the coordinator's binder alone. */
const PILLARS_NEVER = {
  bodyMap: 'all',
  checkIn: 'all',
  beatVersion: 'all',
  beat: 'all',
  closure: 'all',
  followUp: 'all',
} as const;

/** Production and the AD plan the day; the costume department's kit and ledger are not theirs. */
const GARMENTS_NEVER = {
  garmentType: 'all',
  garmentVariant: 'all',
  garmentNeed: 'all',
  garmentMovement: 'all',
  garmentFitting: 'all',
} as const;

/**
 * Fields that must never reach a cut, whatever its allow-list says: the tests check both that the
 * allow-lists exclude them and that no value planted in them survives a cut.
 */
export const FORBIDDEN: Record<Exclude<CutName, 'full'>, { [K in TableName]?: readonly string[] | 'all' }> = {
  costume: {
    scene: ['storyContext', 'directorIntent', 'audienceSees', 'heightenedFlags', 'mitigation', 'bodyDoubles'],
    person: ['notes', 'email', 'phone', 'representative', 'dateOfBirth'],
    auditEntry: 'all',
    ...RIDERS_NEVER,
    ...PILLARS_NEVER,
  },
  production: {
    scene: ['storyContext', 'directorIntent', 'audienceSees', 'heightenedFlags', 'mitigation'],
    person: ['sizes', 'allergies', 'adhesiveAllergy', 'notes', 'email', 'phone', 'representative', 'dateOfBirth'],
    scenePerformer: ['nudity', 'simulatedSex'],
    auditEntry: 'all',
    ...RIDERS_NEVER,
    ...PILLARS_NEVER,
    ...GARMENTS_NEVER,
  },
  producer: {
    scene: [
      'storyContext',
      'directorIntent',
      'audienceSees',
      'heightenedFlags',
      'mitigation',
      'intimacyTypes',
      'location',
      'closedSet',
      'bodyDoubles',
    ],
    person: 'all',
    productionMember: 'all',
    scenePerformer: 'all',
    auditEntry: 'all',
    ...RIDERS_NEVER,
    ...PILLARS_NEVER,
    ...GARMENTS_NEVER,
  },
};

export const ALLOW_LISTS: Record<Exclude<CutName, 'full'>, AllowList> = {
  costume: COSTUME_CUT,
  production: PRODUCTION_CUT,
  producer: PRODUCER_CUT,
};

/** Snapshot values are plain JSON, so a JSON round trip is a complete deep copy. */
function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function pick<T extends object>(record: T, fields: readonly PropertyKey[]): Partial<T> {
  const out: Record<PropertyKey, unknown> = {};
  for (const f of fields) {
    if (Object.hasOwn(record, f)) out[f] = clone((record as Record<PropertyKey, unknown>)[f]);
  }
  return out as Partial<T>;
}

const live = (r: object) => !('deletedAt' in r) || (r as { deletedAt: unknown }).deletedAt === null;

/** Applies an allow-list: deleted records, unlisted tables and unlisted fields stay behind. */
export function applyAllowList(
  snapshot: Snapshot,
  list: AllowList,
): { production: Partial<ProductionRecord>; tables: CutTables } {
  const tables: Record<string, unknown[]> = {};
  for (const [name, fields] of Object.entries(list.tables) as [TableName, readonly PropertyKey[]][]) {
    const rows = (snapshot.tables[name] ?? []) as object[];
    tables[name] = rows.filter(live).map((r) => pick(r, fields));
  }
  return { production: pick(snapshot.production, list.production), tables: tables as CutTables };
}

/** The derived figures this cut may carry, copied. */
export function allowDerived(derived: Partial<Derived>, cut: CutName): Partial<Derived> {
  return pick(derived, DERIVED_ALLOWED[cut]);
}

export function cutSnapshot(
  snapshot: Snapshot,
  cut: CutName,
  recipient: string,
  now: Date = new Date(),
  derived: Partial<Derived> = {},
): CutView {
  const body =
    cut === 'full'
      ? { production: clone(snapshot.production), tables: clone(snapshot.tables) as CutTables }
      : applyAllowList(snapshot, ALLOW_LISTS[cut]);
  return {
    kind: CUT_KIND,
    cut,
    recipient,
    preparedAt: now.toISOString(),
    formatVersion: snapshot.formatVersion,
    ...body,
    derived: allowDerived(derived, cut),
  };
}
