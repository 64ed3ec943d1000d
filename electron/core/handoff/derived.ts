import { DERIVED_ALLOWED, type Derived, type ProducerFigures, sceneStatus } from '../../../shared/handoff/cuts';
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
  if (want.has('producer')) out.producer = producerFigures(db, productionId);
  return out;
}

/** Counts and money for the producer's summary: riders by their latest version, kit bought. */
function producerFigures(db: Db, productionId: string): ProducerFigures {
  const statuses = db
    .prepare(
      `SELECT v.status FROM rider r
       JOIN rider_version v ON v.rider_id = r.id
        AND v.version = (SELECT max(x.version) FROM rider_version x WHERE x.rider_id = r.id)
       WHERE r.production_id = ? AND r.deleted_at IS NULL`,
    )
    .pluck()
    .all(productionId) as string[];
  const count = (...s: string[]) => statuses.filter((x) => s.includes(x)).length;
  const kitSpend = db
    .prepare(
      `SELECT v.currency AS currency, sum(m.quantity * v.unit_cost_minor) AS minor
       FROM garment_movement m JOIN garment_variant v ON v.id = m.variant_id
       WHERE m.production_id = ? AND m.kind = 'received' AND m.reverses IS NULL
         AND NOT EXISTS (SELECT 1 FROM garment_movement r WHERE r.reverses = m.id)
       GROUP BY v.currency ORDER BY v.currency`,
    )
    .all(productionId) as { currency: string; minor: number }[];
  return {
    riders: { outstanding: count('draft', 'sent'), signed: count('signed'), withdrawn: count('withdrawn') },
    kitSpend,
  };
}
