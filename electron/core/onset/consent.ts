import { confirmRefusal } from '../../../shared/consent/rules';
import type { CheckIn, PerformerConsent } from '../../../shared/consent/schema';
import { AppError } from '../../../shared/kit/errors';
import type { OnSetRider } from '../../../shared/onset/schema';
import { appendAudit } from '../audit/trail';
import { type ConsentCheckInRow, consentCheckInFromRow } from '../consent/rows';
import { readProductionConsent, sceneConsentStatus } from '../consent/status';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';

/*
 * The on-set consent check-in and the rider's check-in log are one record seen from two places: a
 * tap on the pre-roll checklist writes a 'shoot-day' check-in on the performer's rider for that
 * scene, and un-checking voids it (consent history is never deleted or edited).
 */

const NONE: OnSetRider = { state: 'not-needed', riderId: null, version: null, problem: null };

/**
 * A performer's standing on set: their rider, and why it cannot be relied on before the roll, in
 * the consent rule's words (what holds the roll, or why the rider is not signed). Short notice on a
 * signed rider is the scene's to show, not the check-in's.
 */
function onSetStanding(p: PerformerConsent): OnSetRider {
  const reason = p.blockers[0] ?? (p.state === 'signed' ? undefined : p.missing[0]);
  return { state: p.state, riderId: p.riderId, version: p.version, problem: reason ?? null };
}

/**
 * Per scene, per performer: the rider a check-in goes to, judged by the same read and rule as the
 * consent pillar (a fixed handful of queries for all riders of the production).
 */
export function onSetRiders(
  db: Db,
  productionId: string,
  sceneIds: readonly string[],
): Map<string, Map<string, OnSetRider>> {
  const out = new Map<string, Map<string, OnSetRider>>();
  if (sceneIds.length === 0) return out;
  const wanted = new Set(sceneIds);
  // Only the riders covering these scenes: a shoot day reads its own few, not the whole series'.
  for (const scene of readProductionConsent(db, productionId, sceneIds).scenes) {
    if (!wanted.has(scene.sceneId)) continue;
    out.set(scene.sceneId, new Map(scene.performers.map((p) => [p.personId, onSetStanding(p)])));
  }
  return out;
}

/** The rider a performer's check-in in one scene goes to. */
export function onSetRider(db: Db, sceneId: string, personId: string): OnSetRider {
  const p = sceneConsentStatus(db, sceneId).performers.find((x) => x.personId === personId);
  return p ? onSetStanding(p) : NONE;
}

interface CheckInContext {
  productionId: string;
  sceneId: string;
  sceneNumber: string;
  date: string;
  personId: string;
  personName: string;
}

function liveOnSetCheckIn(db: Db, c: CheckInContext): CheckIn | undefined {
  const row = db
    .prepare(
      `SELECT ci.* FROM consent_checkin ci JOIN rider r ON r.id = ci.rider_id
       WHERE ci.scene_id = ? AND ci.shoot_date = ? AND r.person_id = ? AND ci.voided_at IS NULL`,
    )
    .get(c.sceneId, c.date, c.personId) as ConsentCheckInRow | undefined;
  return row ? consentCheckInFromRow(row) : undefined;
}

/**
 * Logs the on-set check-in on the rider, unless one for this scene and day is already live (a second
 * tap on a checked item changes nothing). A confirmation is refused unless the rider is signed and
 * current; `confirmed: false` records "did not confirm" instead. Runs inside the caller's transaction.
 */
export function recordOnSetCheckIn(db: Db, c: CheckInContext, rider: OnSetRider, at: string, confirmed = true): void {
  if (!rider.riderId || rider.version === null) return;
  if (confirmed && rider.state !== 'not-needed' && rider.state !== 'missing') {
    const status =
      rider.state === 'signed' || rider.state === 'sent' || rider.state === 'draft' ? rider.state : 'withdrawn';
    const refusal = confirmRefusal(c.personName, { status, version: rider.version }, rider.version);
    if (refusal) throw new AppError('RULE_VIOLATION', refusal, { issues: [{ path: 'personId', message: refusal }] });
  }
  const live = liveOnSetCheckIn(db, c);
  if (live && (live.outcome === 'confirmed') === confirmed) return;
  if (live) voidOnSetCheckIn(db, c, at);
  const row = {
    id: newId(),
    riderId: rider.riderId,
    version: rider.version,
    kind: 'shoot-day' as const,
    at,
    who: c.personName,
    outcome: confirmed ? ('confirmed' as const) : ('changed' as const),
    note: confirmed
      ? `On set, scene ${c.sceneNumber}: consent checked in before roll.`
      : `On set, scene ${c.sceneNumber}: did not confirm${rider.problem ? ` (${rider.problem.replace(/\.$/, '')})` : ''}.`,
    sceneId: c.sceneId,
    shootDate: c.date,
  };
  db.prepare(
    `INSERT INTO consent_checkin (id, rider_id, version, kind, at, who, outcome, note, scene_id, shoot_date, created_at, updated_at)
     VALUES (@id, @riderId, @version, @kind, @at, @who, @outcome, @note, @sceneId, @shootDate, @at, @at)`,
  ).run(row);
  appendAudit(db, {
    productionId: c.productionId,
    entity: 'consent',
    entityId: rider.riderId,
    action: 'check-in',
    newValue: row,
  });
}

/** Voids the live on-set check-in of this scene and day, if any. Runs inside the caller's transaction. */
export function voidOnSetCheckIn(db: Db, c: CheckInContext, at: string): void {
  const live = liveOnSetCheckIn(db, c);
  if (!live) return;
  const reason = `Un-checked on the pre-roll checklist of scene ${c.sceneNumber}`;
  db.prepare('UPDATE consent_checkin SET voided_at = ?, void_reason = ?, updated_at = ? WHERE id = ?').run(
    at,
    reason,
    at,
    live.id,
  );
  appendAudit(db, {
    productionId: c.productionId,
    entity: 'consent',
    entityId: live.riderId,
    action: 'check-in-voided',
    oldValue: { checkInId: live.id },
    newValue: { checkInId: live.id, voidedAt: at, voidReason: reason },
  });
}
