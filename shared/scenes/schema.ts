import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, requiredText, text } from '../kit/fields';

export const INTIMACY_TYPES = [
  'kiss',
  'contact',
  'simulated-sex',
  'nudity-full',
  'nudity-partial',
  'nudity-implied',
  'sexual-violence',
] as const;
export type IntimacyType = (typeof INTIMACY_TYPES)[number];
export const INTIMACY_TYPE_LABELS: Record<IntimacyType, string> = {
  kiss: 'Kiss',
  contact: 'Intimate contact',
  'simulated-sex': 'Simulated sex',
  'nudity-full': 'Full nudity',
  'nudity-partial': 'Partial nudity',
  'nudity-implied': 'Implied nudity',
  'sexual-violence': 'Sexual violence',
};

export const HEIGHTENED_FLAGS = ['assault', 'birth', 'grief', 'self-harm', 'violence', 'medical', 'other'] as const;
export const HEIGHTENED_FLAG_LABELS: Record<(typeof HEIGHTENED_FLAGS)[number], string> = {
  assault: 'Assault',
  birth: 'Birth',
  grief: 'Grief',
  'self-harm': 'Self-harm',
  violence: 'Violence',
  medical: 'Medical',
  other: 'Other heightened emotion',
};

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const NUDITY_LEVELS = ['none', 'implied', 'partial', 'full'] as const;
export type NudityLevel = (typeof NUDITY_LEVELS)[number];
export const NUDITY_LABELS: Record<NudityLevel, string> = {
  none: 'No nudity',
  implied: 'Implied',
  partial: 'Partial',
  full: 'Full',
};

/** Wall-clock time `HH:mm` (24 h) in the production's time zone. */
export const CallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time as HH:mm (24-hour)');

/** Scene numbers as scripts print them: 12, 12A, 104pt2, A12. */
export const SceneNumber = requiredText(20, 'Scene number').refine(
  (s) => /^[A-Za-z0-9][A-Za-z0-9 ./-]*$/.test(s),
  'Scene numbers use letters, digits, dots, dashes and slashes',
);

export const INT_EXT = ['', 'INT', 'EXT', 'INT/EXT'] as const;
export type IntExt = (typeof INT_EXT)[number];

export const ScenePerformerInput = z.strictObject({
  personId: Id,
  nudity: z.enum(NUDITY_LEVELS).default('none'),
  simulatedSex: z.boolean().default(false),
});
export type ScenePerformerInput = z.input<typeof ScenePerformerInput>;

const sceneFields = {
  number: SceneNumber,
  episode: text(40, 'Episode').default(''),
  pageEighths: z
    .number()
    .int()
    .min(0)
    .max(8 * 200)
    .default(0),
  scriptDay: text(40, 'Script day').default(''),
  shootDate: IsoDate.nullable().default(null),
  callTime: CallTime.nullable().default(null),
  location: text(400, 'Location').default(''),
  intExt: z.enum(INT_EXT, { message: 'INT, EXT, INT/EXT or empty' }).default(''),
  dayNight: text(20, 'Day or night').default(''),
  setName: text(400, 'Set').default(''),
  startPage: text(20, 'Start page').default(''),
  omitted: z.boolean().default(false),
  intimacyTypes: z.array(z.enum(INTIMACY_TYPES)).max(INTIMACY_TYPES.length).default([]),
  riskLevel: z.enum(RISK_LEVELS).default('low'),
  mitigation: text(10_000, 'Mitigation plan').default(''),
  closedSet: z.array(requiredText(200, 'Closed-set name')).max(100).default([]),
  monitorsRestrictedTo: text(1000, 'Monitors restricted to').default(''),
  icPresent: z.boolean().default(true),
  bodyDoubles: text(2000, 'Body doubles').default(''),
  storyContext: text(20_000, 'Story context').default(''),
  directorIntent: text(20_000, "Director's intent").default(''),
  audienceSees: text(20_000, 'What the audience sees').default(''),
  heightenedFlags: z.array(z.enum(HEIGHTENED_FLAGS)).max(HEIGHTENED_FLAGS.length).default([]),
};

export const SceneInput = z.strictObject({
  productionId: Id,
  ...sceneFields,
  performers: z.array(ScenePerformerInput).max(200).default([]),
});
export type SceneInput = z.input<typeof SceneInput>;

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

// A patch must not fill absent fields with their defaults (that would wipe them), so each field's
// default is removed before it is made optional.
export const ScenePatch = z.strictObject(
  Object.fromEntries(
    Object.entries(sceneFields).map(([k, v]) => [k, (v instanceof z.ZodDefault ? v.unwrap() : v).optional()]),
  ) as {
    [K in keyof typeof sceneFields]: z.ZodOptional<WithoutDefault<(typeof sceneFields)[K]>>;
  },
);
export type ScenePatch = z.input<typeof ScenePatch>;

export const ScenePerformer = z.object({
  personId: Id,
  name: z.string(),
  role: z.enum(['performer', 'background', 'crew']).nullable(),
  characterName: z.string(),
  /** The performer's cast ID number in this production ("1", "2"...), '' when none. */
  castNumber: z.string(),
  nudity: z.enum(NUDITY_LEVELS),
  simulatedSex: z.boolean(),
  isMinorOnShootDate: z.boolean(),
});
export type ScenePerformer = z.infer<typeof ScenePerformer>;

export const Scene = z.object({
  id: Id,
  productionId: Id,
  number: z.string(),
  episode: z.string(),
  pageEighths: z.number().int(),
  scriptDay: z.string(),
  shootDate: z.string().nullable(),
  callTime: z.string().nullable(),
  /** The call time as a UTC instant, derived from the production's time zone. */
  callAt: IsoDateTime.nullable(),
  location: z.string(),
  intExt: z.enum(INT_EXT),
  dayNight: z.string(),
  setName: z.string(),
  startPage: z.string(),
  /** The current schedule or script omits the scene; it is kept, with everything attached. */
  omitted: z.boolean(),
  /** "101/4" or "4": the scene's name wherever it is read (sceneLabel). */
  label: z.string(),
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
  performers: z.array(ScenePerformer),
  deletedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Scene = z.infer<typeof Scene>;

/** "1 3/8" for 11 eighths: how scripts and schedules write page counts. */
export function formatEighths(eighths: number): string {
  const whole = Math.floor(eighths / 8);
  const rest = eighths % 8;
  if (rest === 0) return `${whole}`;
  return whole === 0 ? `${rest}/8` : `${whole} ${rest}/8`;
}

/** Parses "1 3/8", "3/8", "2" into eighths; null when it is not a page count. */
export function parseEighths(text: string): number | null {
  const m = /^\s*(?:(\d+)(?:\s+(\d)\/8)?|(\d)\/8)\s*$/.exec(text);
  if (!m) return null;
  if (m[3] !== undefined) return Number(m[3]) < 8 ? Number(m[3]) : null;
  const whole = Number(m[1]);
  const rest = m[2] === undefined ? 0 : Number(m[2]);
  return rest < 8 ? whole * 8 + rest : null;
}

/** A performer's call on a shoot day, from the call sheet. */
export const PerformerCall = z.object({
  personId: Id,
  name: z.string(),
  castNumber: z.string(),
  callTime: z.string(),
  /** The call as a UTC instant in the production's time zone. */
  callAt: IsoDateTime,
});
export type PerformerCall = z.infer<typeof PerformerCall>;

/**
 * A shoot day as the call sheet gives it: the day number, the crew call and each performer's call,
 * separate from the scenes' estimated times.
 */
export const ShootDay = z.object({
  productionId: Id,
  date: IsoDate,
  dayNumber: z.string(),
  crewCall: z.string().nullable(),
  crewCallAt: IsoDateTime.nullable(),
  performerCalls: z.array(PerformerCall),
});
export type ShootDay = z.infer<typeof ShootDay>;

export const ShootDaySetInput = z.strictObject({
  productionId: Id,
  date: IsoDate,
  dayNumber: text(20, 'Day number').optional(),
  crewCall: CallTime.nullable().optional(),
});

export const PerformerCallInput = z.strictObject({
  productionId: Id,
  date: IsoDate,
  personId: Id,
  /** null clears the call: notice then counts to the scene's time again. */
  callTime: CallTime.nullable(),
});
