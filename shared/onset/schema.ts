import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, text } from '../kit/fields';
import { RollGate } from '../readiness/schema';
import { INTIMACY_TYPES } from '../scenes/schema';

/** The pre-roll checklist, in the order it is run through on set. */
export const PREROLL_ITEMS = [
  'closed-set',
  'monitors',
  'crew-briefed',
  'garments-fitted',
  'robe-person',
  'consent-checkin',
] as const;
export type PrerollItem = (typeof PREROLL_ITEMS)[number];
export const PREROLL_LABELS: Record<PrerollItem, string> = {
  'closed-set': 'Closed set confirmed',
  monitors: 'Monitors restricted',
  'crew-briefed': 'Crew briefed',
  'garments-fitted': 'Garments and barriers fitted',
  'robe-person': 'Robe person named',
  'consent-checkin': 'Consent checked in today',
};
/** Items that are checked once per scene; consent is checked in with each performer. */
export const SCENE_ITEMS = PREROLL_ITEMS.filter((i) => i !== 'consent-checkin');

export const PrerollMarkInput = z
  .strictObject({
    sceneId: Id,
    date: IsoDate,
    item: z.enum(PREROLL_ITEMS, { message: 'Not a pre-roll checklist item' }),
    /** The performer, for a consent check-in only. */
    personId: Id.nullable().default(null),
    done: z.boolean(),
    /**
     * For a consent check-in: false records that the performer did not confirm (the only check-in a
     * withdrawn or unsigned rider can take); the item stays open.
     */
    confirmed: z.boolean().default(true),
    /** The robe person's name, for 'robe-person'. */
    value: text(200, 'Robe person').default(''),
  })
  .superRefine((v, ctx) => {
    if (v.item === 'consent-checkin' && v.personId === null)
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Say which performer checked in' });
    if (v.item !== 'consent-checkin' && v.personId !== null)
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Only a consent check-in is per performer' });
    if (v.item !== 'consent-checkin' && !v.confirmed)
      ctx.addIssue({ code: 'custom', path: ['confirmed'], message: 'Only a consent check-in can be not confirmed' });
    if (v.item === 'robe-person' && v.done && v.value === '')
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Name the robe person' });
  });
export type PrerollMarkInput = z.input<typeof PrerollMarkInput>;

export const PrerollMark = z.object({
  sceneId: Id,
  date: IsoDate,
  item: z.enum(PREROLL_ITEMS),
  personId: Id.nullable(),
  done: z.boolean(),
  value: z.string(),
  markedAt: IsoDateTime,
  /** markedAt as "HH:mm PST" in the production's zone, zone named (one formatter, `formatClock`, for every door). */
  markedAtLocal: z.string(),
});
export type PrerollMark = z.infer<typeof PrerollMark>;

export const BreakEntry = z.object({
  id: Id,
  productionId: Id,
  sceneId: Id.nullable(),
  date: IsoDate,
  personId: Id,
  personName: z.string(),
  calledAt: IsoDateTime,
  /** calledAt as HH:mm in the production's zone. */
  calledAtLocal: z.string(),
  note: z.string(),
  deletedAt: IsoDateTime.nullable(),
});
export type BreakEntry = z.infer<typeof BreakEntry>;

/**
 * The rider an on-set consent check-in is logged against: the performer's governing rider for the
 * scene (the one the consent pillar judges by), or none. `problem` says, in words for the
 * checklist, why that consent is not in place (no rider, not signed, withdrawn, too narrow).
 */
export const OnSetRider = z.object({
  state: z.enum(['not-needed', 'missing', 'draft', 'sent', 'signed', 'withdrawn']),
  riderId: Id.nullable(),
  version: z.number().int().nullable(),
  problem: z.string().nullable(),
});
export type OnSetRider = z.infer<typeof OnSetRider>;

export const OnSetPerformer = z.object({
  personId: Id,
  name: z.string(),
  characterName: z.string(),
  role: z.enum(['performer', 'background', 'crew']).nullable(),
  rider: OnSetRider,
});
export type OnSetPerformer = z.infer<typeof OnSetPerformer>;

export const OnSetScene = z.object({
  id: Id,
  number: z.string(),
  episode: z.string(),
  /** "101/4" or "4" (sceneLabel). */
  label: z.string(),
  callTime: z.string().nullable(),
  callAt: IsoDateTime.nullable(),
  location: z.string(),
  intimacyTypes: z.array(z.enum(INTIMACY_TYPES)),
  monitorsRestrictedTo: z.string(),
  closedSet: z.array(z.string()),
  performers: z.array(OnSetPerformer),
  marks: z.array(PrerollMark),
  /** May the scene roll: blocked or not ready, with every reason from the readiness pillars. */
  gate: RollGate,
  /** Every scene item done, every performer checked in, and the scene not blocked or unready. */
  prerollComplete: z.boolean(),
});
export type OnSetScene = z.infer<typeof OnSetScene>;

export const OnSetDay = z.object({
  productionId: Id,
  productionTitle: z.string(),
  timeZone: z.string(),
  date: IsoDate,
  scenes: z.array(OnSetScene),
  breaks: z.array(BreakEntry),
});
export type OnSetDay = z.infer<typeof OnSetDay>;

export const ShootDay = z.object({ date: IsoDate, sceneCount: z.number().int(), firstCallAt: IsoDateTime.nullable() });
export type ShootDay = z.infer<typeof ShootDay>;
