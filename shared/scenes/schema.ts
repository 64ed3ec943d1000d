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
