import type { IntimacyType, NudityLevel } from './schema';

const RESTRICTED: readonly IntimacyType[] = ['simulated-sex', 'nudity-full', 'nudity-partial', 'nudity-implied'];

export interface MinorCheckPerformer {
  name: string;
  isMinor: boolean;
  nudity: NudityLevel;
  simulatedSex: boolean;
}

/**
 * Minors: no nudity and no simulated sex, ever. Returns one sentence per minor who would be in a
 * scene with nudity or simulated sex (by the scene's types or by any performer's own terms).
 */
export function minorViolations(
  intimacyTypes: readonly IntimacyType[],
  performers: readonly MinorCheckPerformer[],
): string[] {
  const sceneRestricted =
    intimacyTypes.some((t) => RESTRICTED.includes(t)) || performers.some((p) => p.nudity !== 'none' || p.simulatedSex);
  if (!sceneRestricted) return [];
  return performers
    .filter((p) => p.isMinor)
    .map((p) => `${p.name} is a minor on the shoot date and cannot be in a scene with nudity or simulated sex.`);
}
