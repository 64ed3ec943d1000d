import type { ConsentInput } from '../../../shared/readiness/rules';
import type { Db } from '../vault/connection';
import { consentStandingsByScene, type ProductionConsentRead } from './status';

/**
 * The consent pillar's data for a set of scenes, one entry per scene id: each performer's standing
 * from the riders (what holds the roll, what is missing, in words). Riders are read for the whole production in a fixed handful of queries.
 */
export function consentInputs(
  db: Db,
  productionId: string,
  sceneIds: readonly string[],
  read?: ProductionConsentRead,
): Map<string, ConsentInput> {
  const standings = consentStandingsByScene(db, productionId, read);
  return new Map(sceneIds.map((id) => [id, { source: 'riders', performers: standings.get(id) ?? [] } as const]));
}
