import type { ConsentInput } from '../../shared/rules/readiness';
import type { Db } from './vault/connection';

/**
 * The consent pillar's data for a set of scenes, one entry per scene id. This is the one seam the
 * riders module fills in (signed current rider, notice, withdrawal per performer who needs one);
 * until riders exist there is no rider data, and readiness says so rather than guessing.
 */
export function consentInputs(_db: Db, _productionId: string, sceneIds: readonly string[]): Map<string, ConsentInput> {
  return new Map(sceneIds.map((id) => [id, { source: 'none' } as const]));
}
