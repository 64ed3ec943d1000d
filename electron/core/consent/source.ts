import type { ConsentInput } from '../../../shared/readiness/rules';
import type { Db } from '../vault/connection';
import { consentFactsByScene, type ProductionConsentRead } from './status';

/**
 * The consent pillar's data for a set of scenes, one entry per scene id: per performer who needs a
 * rider, whether a signed, current rider covers the scene, whether notice was given, and whether
 * consent was withdrawn. Riders are read for the whole production in a fixed handful of queries.
 */
export function consentInputs(
  db: Db,
  productionId: string,
  sceneIds: readonly string[],
  read?: ProductionConsentRead,
): Map<string, ConsentInput> {
  const facts = consentFactsByScene(db, productionId, read);
  return new Map(sceneIds.map((id) => [id, { source: 'riders', performers: facts.get(id) ?? [] } as const]));
}
