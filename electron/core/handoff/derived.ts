import { DERIVED_ALLOWED, type Derived, sceneStatus } from '../../../shared/handoff/cuts';
import type { CutName } from '../../../shared/handoff/schema';
import { getBeatSheet } from '../choreography/beats';
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
  if (want.has('readiness')) out.readiness = readinessOf(db, { productionId }).map(sceneStatus);
  if (want.has('beatFlags')) {
    const sceneIds = db
      .prepare(
        `SELECT DISTINCT v.scene_id FROM beat_version v JOIN scene s ON s.id = v.scene_id
         WHERE s.production_id = ? AND s.deleted_at IS NULL ORDER BY v.scene_id`,
      )
      .pluck()
      .all(productionId) as string[];
    out.beatFlags = Object.fromEntries(sceneIds.map((id) => [id, getBeatSheet(db, id).flags]));
  }
  if (want.has('pullLists')) {
    out.pullLists = shootDays(db, productionId)
      .filter((d) => d.needs > 0)
      .map((d) => pullList(db, productionId, d.date));
  }
  return out;
}
