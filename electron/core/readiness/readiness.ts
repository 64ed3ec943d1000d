import { beatFlags } from '../../../shared/choreography/rules';
import { AppError } from '../../../shared/kit/errors';
import { todayIn } from '../../../shared/kit/time';
import {
  type ReadinessBeat,
  type ReadinessClosure,
  type ReadinessCommunication,
  type ReadinessPerformer,
  sceneReadiness,
} from '../../../shared/readiness/rules';
import type { SceneReadiness } from '../../../shared/readiness/schema';
import { readinessBeatFromRow, type SceneBeatRow } from '../choreography/rows';
import {
  type ClosurePracticesRow,
  closurePracticesFromRow,
  type OpenFollowUpRow,
  openFollowUpFromRow,
} from '../closure/rows';
import { type BodyMarksRow, bodyMarksFromRow, type CheckInCountRow, checkInCountFromRow } from '../communication/rows';
import { consentInputs } from '../consent/source';
import { beatConsentChecker, type ProductionConsentRead, readProductionConsent } from '../consent/status';
import { keptUntilChange } from '../kit/memo';
import { getProduction } from '../productions/productions';
import {
  READINESS_SCENE_COLUMNS,
  type ReadinessCastRow,
  type ReadinessSceneRow,
  readinessCastFromRow,
  readinessSceneFromRow,
} from '../scenes/rows';
import type { Db } from '../vault/connection';

/*
 * Readiness for many scenes at once in a fixed number of queries (one per table, whatever the
 * number of scenes), then the pure rules in shared/readiness/rules.ts scene by scene.
 */

interface Scope {
  productionId: string;
  sceneId?: string | undefined;
  /** Only these scenes (e.g. the days a dashboard shows): the per-scene tables are read for them alone. */
  sceneIds?: readonly string[] | undefined;
}

function scopeClause(scope: Scope): string {
  if (scope.sceneId) return 'AND s.id = @sceneId';
  if (scope.sceneIds) return 'AND s.id IN (SELECT value FROM json_each(@sceneIds))';
  return '';
}

function group<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** `read`: the production's consent when the caller already has it (the dashboard reads it once for all). */
export function readinessOf(db: Db, scope: Scope, read?: ProductionConsentRead): SceneReadiness[] {
  // A whole production's readiness is kept until the next write: the scene list's filters and sorts reuse it.
  if (scope.sceneId !== undefined || scope.sceneIds !== undefined || read !== undefined)
    return computeReadiness(db, scope, read);
  const production = getProduction(db, scope.productionId);
  return keptUntilChange(db, `readiness:${scope.productionId}`, todayIn(production.timeZone), () =>
    computeReadiness(db, scope),
  );
}

function computeReadiness(db: Db, scope: Scope, read?: ProductionConsentRead): SceneReadiness[] {
  const production = getProduction(db, scope.productionId);
  const only = scopeClause(scope);
  const params = {
    productionId: scope.productionId,
    sceneId: scope.sceneId ?? null,
    sceneIds: JSON.stringify(scope.sceneIds ?? []),
  };
  const scenes = (
    db
      .prepare(
        `SELECT ${READINESS_SCENE_COLUMNS} FROM scene s
         WHERE s.production_id = @productionId AND s.deleted_at IS NULL ${only}`,
      )
      .all(params) as ReadinessSceneRow[]
  ).map(readinessSceneFromRow);
  const performers = group(
    (
      db
        .prepare(
          `SELECT sp.scene_id, sp.person_id, sp.nudity, sp.simulated_sex, m.role, p.name, p.date_of_birth, p.is_minor,
             s.shoot_date
           FROM scene_performer sp JOIN scene s ON s.id = sp.scene_id JOIN person p ON p.id = sp.person_id
           LEFT JOIN production_member m ON m.person_id = sp.person_id AND m.production_id = s.production_id
           WHERE s.production_id = @productionId AND s.deleted_at IS NULL ${only}
           ORDER BY p.name COLLATE NOCASE`,
        )
        .all(params) as ReadinessCastRow[]
    ).map(readinessCastFromRow),
    (r) => r.sceneId,
  );
  const maps = new Map(
    (
      db
        .prepare('SELECT person_id, areas, break_signal FROM body_map WHERE production_id = ?')
        .all(scope.productionId) as BodyMarksRow[]
    )
      .map(bodyMarksFromRow)
      .map((m) => [m.personId, { areas: m.areas, breakSignal: m.breakSignal }]),
  );
  const checkIns = group(
    (
      db
        .prepare(
          `SELECT person_id, scene_id, COUNT(*) AS n FROM check_in WHERE production_id = ? AND deleted_at IS NULL
           GROUP BY person_id, scene_id`,
        )
        .all(scope.productionId) as CheckInCountRow[]
    ).map(checkInCountFromRow),
    (r) => r.personId,
  );
  const beats = group(
    (
      db
        .prepare(
          `SELECT v.scene_id, b.id, b.performer_ids, b.contacts, b.body_position, b.camera_angle, b.on_screen, b.description
           FROM beat b JOIN beat_version v ON v.id = b.version_id
           JOIN (SELECT bv.scene_id, MAX(bv.version) AS latest FROM beat_version bv JOIN scene s ON s.id = bv.scene_id
                 WHERE s.production_id = @productionId ${only} GROUP BY bv.scene_id) l
             ON l.scene_id = v.scene_id AND l.latest = v.version
           ORDER BY b.position`,
        )
        .all(params) as SceneBeatRow[]
    ).map(readinessBeatFromRow),
    (r) => r.sceneId,
  );
  const closures = group(
    (
      db
        .prepare(
          `SELECT c.scene_id, c.person_id, c.practices FROM closure c JOIN scene s ON s.id = c.scene_id
           WHERE s.production_id = @productionId ${only}`,
        )
        .all(params) as ClosurePracticesRow[]
    ).map(closurePracticesFromRow),
    (r) => r.sceneId,
  );
  const followUps = group(
    (
      db
        .prepare(
          `SELECT f.scene_id, f.description, f.due_date, f.done_at FROM follow_up f JOIN scene s ON s.id = f.scene_id
           WHERE s.production_id = @productionId AND f.deleted_at IS NULL AND f.done_at IS NULL ${only}`,
        )
        .all(params) as OpenFollowUpRow[]
    ).map(openFollowUpFromRow),
    (r) => r.sceneId,
  );
  // Riders and scene consent are read once for both the consent pillar and the beat flags, for the
  // scenes in scope and the riders covering them.
  const consentRead =
    read ?? readProductionConsent(db, scope.productionId, scope.sceneId ? [scope.sceneId] : scope.sceneIds);
  const consent = consentInputs(
    db,
    scope.productionId,
    scenes.map((s) => s.id),
    consentRead,
  );
  const consentFlags = beatConsentChecker(db, scope.productionId, consentRead);
  const today = todayIn(production.timeZone);

  return scenes.map((s) => {
    const cast: ReadinessPerformer[] = (performers.get(s.id) ?? []).map((p) => p.performer);
    const communication: Record<string, ReadinessCommunication> = {};
    for (const p of cast) {
      const map = maps.get(p.personId);
      const n = (checkIns.get(p.personId) ?? [])
        .filter((c) => c.sceneId === null || c.sceneId === s.id)
        .reduce((sum, c) => sum + c.n, 0);
      if (map || n > 0)
        communication[p.personId] = { areas: map?.areas ?? {}, breakSignal: map?.breakSignal ?? '', checkIns: n };
    }
    const sceneBeats: ReadinessBeat[] = (beats.get(s.id) ?? []).map((b) => b.beat);
    const names = Object.fromEntries(cast.map((p) => [p.personId, p.name]));
    const areas = Object.fromEntries(cast.map((p) => [p.personId, maps.get(p.personId)?.areas]));
    const closure: ReadinessClosure = {
      records: (closures.get(s.id) ?? []).map((c) => ({ personId: c.personId, practices: c.practices })),
      followUps: (followUps.get(s.id) ?? []).map((f) => f.followUp),
    };
    return sceneReadiness({
      scene: s,
      performers: cast,
      communication,
      beats: sceneBeats,
      flags: [...beatFlags(sceneBeats, areas, names), ...consentFlags(s.id, sceneBeats)],
      closure,
      consent: consent.get(s.id) ?? { source: 'none' },
      today,
    });
  });
}

export function sceneReadinessById(db: Db, sceneId: string): SceneReadiness {
  const productionId = db.prepare('SELECT production_id FROM scene WHERE id = ?').pluck().get(sceneId) as
    | string
    | undefined;
  if (productionId === undefined)
    throw new AppError('NOT_FOUND', 'No such scene', { issues: [{ path: 'sceneId', message: 'No such scene' }] });
  const [one] = readinessOf(db, { productionId, sceneId });
  if (!one)
    throw new AppError('NOT_FOUND', 'This scene is deleted', { issues: [{ path: 'sceneId', message: 'Deleted' }] });
  return one;
}
