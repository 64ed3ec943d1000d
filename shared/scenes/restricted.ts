import type { IntimacyType, NudityLevel } from './schema';

/**
 * The restricted intimacy: nudity and simulated sex. The one home of the rule, because minors,
 * riders and readiness must agree on it: a scene or a performer with any of it needs a rider, and
 * no minor may be in it.
 */
export const RESTRICTED_INTIMACY: readonly IntimacyType[] = [
  'simulated-sex',
  'nudity-full',
  'nudity-partial',
  'nudity-implied',
];

/** What a performer does in a scene, as far as the restricted rule cares. */
export interface RestrictedTerms {
  nudity: NudityLevel;
  simulatedSex: boolean;
}

/** A performer needs a rider for a scene when they have nudity or simulated sex in it. */
export function needsRider(p: RestrictedTerms): boolean {
  return p.nudity !== 'none' || p.simulatedSex;
}

/** Whether a scene is restricted, by its intimacy types or by any performer's own terms. */
export function isRestrictedScene(
  intimacyTypes: readonly IntimacyType[],
  performers: readonly RestrictedTerms[],
): boolean {
  return intimacyTypes.some((t) => RESTRICTED_INTIMACY.includes(t)) || performers.some(needsRider);
}

export interface MinorCheckPerformer extends RestrictedTerms {
  name: string;
  isMinor: boolean;
}

/**
 * Minors: no nudity and no simulated sex, ever. Returns one sentence per minor who would be in a
 * scene with nudity or simulated sex (by the scene's types or by any performer's own terms).
 */
export function minorViolations(
  intimacyTypes: readonly IntimacyType[],
  performers: readonly MinorCheckPerformer[],
): string[] {
  if (!isRestrictedScene(intimacyTypes, performers)) return [];
  return performers
    .filter((p) => p.isMinor)
    .map((p) => `${p.name} is a minor on the shoot date and cannot be in a scene with nudity or simulated sex.`);
}
