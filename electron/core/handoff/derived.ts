import { DERIVED_ALLOWED, type Derived, sceneStatus } from '../../../shared/handoff/cuts';
import type { CutName } from '../../../shared/handoff/schema';
import { beatSheetContext, getBeatSheet } from '../choreography/beats';
import { readProductionConsent } from '../consent/status';
import { pullList, shootDays } from '../garments/pull';
import { readinessOf } from '../readiness/readiness';
import type { Db } from '../vault/connection';

/**
 * The derived figures a cut may carry, computed by the same services the app's screens use, so a
 * binder never disagrees with the app. Only what the cut is allowed is computed at all.
 */
export function readDerived(db: Db, productionId: string, cut: CutName): Partial<Derived> {
  const want = new Set(DERIVED_ALLOWED[cut]);
  const out: Partial<Derived> = {};
  // The production's consent is read once for readiness and every scene's beat flags.
  const consent = want.has('readiness') || want.has('beatFlags') ? readProductionConsent(db, productionId) : undefined;
  if (want.has('readiness')) out.readiness = readinessOf(db, { productionId }, consent).map(sceneStatus);
  if (want.has('beatFlags')) {
    const context = beatSheetContext(db, productionId, undefined, consent);
    const sceneIds = db
      .prepare(
        `SELECT DISTINCT v.scene_id FROM beat_version v JOIN scene s ON s.id = v.scene_id
         WHERE s.production_id = ? AND s.deleted_at IS NULL ORDER BY v.scene_id`,
      )
      .pluck()
      .all(productionId) as string[];
    out.beatFlags = Object.fromEntries(sceneIds.map((id) => [id, getBeatSheet(db, id, undefined, context).flags]));
  }
  if (want.has('pullLists')) {
    out.pullLists = shootDays(db, productionId)
      .filter((d) => d.needs > 0)
      .map((d) => pullList(db, productionId, d.date));
  }
  return out;
}
