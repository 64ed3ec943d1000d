import type { ParsedInput } from '../../../shared/commands';
import { AppError } from '../../../shared/kit/errors';
import { minorViolations } from '../../../shared/scenes/restricted';
import { sceneLabel } from '../../../shared/scenes/rules';
import type { Scene, ScenePerformer } from '../../../shared/scenes/schema';
import { appendAudit } from '../audit/trail';
import { applyPatch, toColumnValue } from '../kit/sql';
import { getPerson } from '../people/people';
import { getProduction } from '../productions/productions';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import {
  PERFORMER_ORDER,
  PERFORMER_SELECT,
  type PerformerRow,
  performerFromRow,
  performerSceneId,
  type SceneRow,
  sceneFromRow,
  sceneProductionId,
} from './rows';

const COLUMNS: Record<string, string> = {
  number: 'number',
  episode: 'episode',
  pageEighths: 'page_eighths',
  scriptDay: 'script_day',
  shootDate: 'shoot_date',
  callTime: 'call_time',
  location: 'location',
  intExt: 'int_ext',
  dayNight: 'day_night',
  setName: 'set_name',
  startPage: 'start_page',
  omitted: 'omitted',
  intimacyTypes: 'intimacy_types',
  riskLevel: 'risk_level',
  mitigation: 'mitigation',
  closedSet: 'closed_set',
  monitorsRestrictedTo: 'monitors_restricted_to',
  icPresent: 'ic_present',
  bodyDoubles: 'body_doubles',
  storyContext: 'story_context',
  directorIntent: 'director_intent',
  audienceSees: 'audience_sees',
  heightenedFlags: 'heightened_flags',
};

function performersOf(db: Db, sceneId: string): ScenePerformer[] {
  const rows = db
    .prepare(`${PERFORMER_SELECT} WHERE sp.scene_id = ? ${PERFORMER_ORDER}`)
    .all(sceneId) as PerformerRow[];
  return rows.map(performerFromRow);
}

/** Every scene's performers in a production in one query, by scene id (lists stay one query, not N). */
function performersByScene(db: Db, productionId: string): Map<string, ScenePerformer[]> {
  const rows = db
    .prepare(`${PERFORMER_SELECT} WHERE s.production_id = ? ${PERFORMER_ORDER}`)
    .all(productionId) as PerformerRow[];
  const out = new Map<string, ScenePerformer[]>();
  for (const r of rows) {
    const sceneId = performerSceneId(r);
    const list = out.get(sceneId) ?? [];
    list.push(performerFromRow(r));
    out.set(sceneId, list);
  }
  return out;
}

export function getScene(db: Db, id: string): Scene {
  const row = db.prepare('SELECT * FROM scene WHERE id = ?').get(id) as SceneRow | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', `No scene with id ${id}`, { issues: [{ path: 'id', message: 'No such scene' }] });
  return sceneFromRow(row, getProduction(db, sceneProductionId(row)).timeZone, performersOf(db, row.id));
}

/** Scenes of a production in shooting order (date, call time, then scene number), unscheduled last. */
export function listScenes(db: Db, productionId: string, includeDeleted = false): Scene[] {
  const production = getProduction(db, productionId);
  const rows = db
    .prepare(
      `SELECT * FROM scene WHERE production_id = ? ${includeDeleted ? '' : 'AND deleted_at IS NULL'}
       ORDER BY shoot_date IS NULL, shoot_date, call_time IS NULL, call_time, episode, number COLLATE NOCASE`,
    )
    .all(productionId) as SceneRow[];
  const performers = performersByScene(db, productionId);
  return rows.map((r) => sceneFromRow(r, production.timeZone, performers.get(r.id) ?? []));
}

/** Refuses a scene that would put a minor in nudity or simulated sex, naming who and why. */
function assertNoMinorInRestricted(scene: Scene): void {
  const problems = minorViolations(
    scene.intimacyTypes,
    scene.performers.map((p) => ({
      name: p.name,
      isMinor: p.isMinorOnShootDate,
      nudity: p.nudity,
      simulatedSex: p.simulatedSex,
    })),
  );
  if (problems.length > 0) {
    throw new AppError('RULE_VIOLATION', problems.join(' '), {
      issues: problems.map((message) => ({ path: 'performers', message })),
    });
  }
}

function writePerformers(db: Db, sceneId: string, performers: ParsedInput<'scene.create'>['performers']): void {
  const now = new Date().toISOString();
  const seen = new Set<string>();
  for (const p of performers) {
    if (seen.has(p.personId)) {
      throw new AppError('VALIDATION', 'The same person is listed twice in this scene', {
        issues: [{ path: 'performers', message: 'Listed twice' }],
      });
    }
    seen.add(p.personId);
    getPerson(db, p.personId);
  }
  const keep = db.prepare('SELECT person_id FROM scene_performer WHERE scene_id = ?').pluck().all(sceneId) as string[];
  const del = db.prepare('DELETE FROM scene_performer WHERE scene_id = ? AND person_id = ?');
  for (const personId of keep) if (!seen.has(personId)) del.run(sceneId, personId);
  const upsert = db.prepare(
    `INSERT INTO scene_performer (scene_id, person_id, nudity, simulated_sex, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (scene_id, person_id) DO UPDATE SET nudity = excluded.nudity, simulated_sex = excluded.simulated_sex,
       updated_at = excluded.updated_at`,
  );
  for (const p of performers) upsert.run(sceneId, p.personId, p.nudity, p.simulatedSex ? 1 : 0, now, now);
}

/** A scene is named by (episode, number) in its production: Ep. 101 Sc. 4 and Ep. 102 Sc. 4 both exist. */
function assertNumberFree(
  db: Db,
  productionId: string,
  scene: { episode: string; number: string },
  exceptId: string | null,
): void {
  const clash = db
    .prepare(
      `SELECT id FROM scene WHERE production_id = ? AND episode = ? AND number = ? AND deleted_at IS NULL AND id IS NOT ?`,
    )
    .get(productionId, scene.episode, scene.number, exceptId);
  if (clash) {
    const where = scene.episode === '' ? 'this production' : `episode ${scene.episode}`;
    throw new AppError('CONFLICT', `Scene ${sceneLabel(scene)} already exists in ${where}`, {
      issues: [{ path: 'number', message: 'This scene number is taken' }],
    });
  }
}

export function createScene(db: Db, input: ParsedInput<'scene.create'>, id: string = newId()): Scene {
  getProduction(db, input.productionId);
  return db.transaction(() => {
    assertNumberFree(db, input.productionId, input, null);
    const now = new Date().toISOString();
    const { performers, productionId, ...fields } = input;
    const cols = Object.keys(fields);
    db.prepare(
      `INSERT INTO scene (id, production_id, ${cols.map((c) => COLUMNS[c]).join(', ')}, created_at, updated_at)
       VALUES (@id, @productionId, ${cols.map((c) => `@${c}`).join(', ')}, @now, @now)`,
    ).run({
      id,
      productionId,
      ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, toColumnValue(v)])),
      now,
    });
    writePerformers(db, id, performers);
    const scene = getScene(db, id);
    assertNoMinorInRestricted(scene);
    return scene;
  })();
}

export function updateScene(db: Db, id: string, patch: ParsedInput<'scene.update'>['patch']): Scene {
  return db.transaction(() => {
    const current = getScene(db, id);
    if (patch.number !== undefined || patch.episode !== undefined) {
      const next = { episode: patch.episode ?? current.episode, number: patch.number ?? current.number };
      assertNumberFree(db, current.productionId, next, id);
    }
    applyPatch(db, 'scene', COLUMNS, id, patch);
    const scene = getScene(db, id);
    assertNoMinorInRestricted(scene);
    return scene;
  })();
}

export function setScenePerformers(
  db: Db,
  sceneId: string,
  performers: ParsedInput<'scene.setPerformers'>['performers'],
): Scene {
  return db.transaction(() => {
    getScene(db, sceneId);
    writePerformers(db, sceneId, performers);
    const now = new Date().toISOString();
    db.prepare('UPDATE scene SET updated_at = ? WHERE id = ?').run(now, sceneId);
    const scene = getScene(db, sceneId);
    assertNoMinorInRestricted(scene);
    return scene;
  })();
}

/** Soft delete: consent history and audit entries stay; the scene can be restored. */
export function setSceneDeleted(db: Db, id: string, deleted: boolean): Scene {
  return db.transaction(() => {
    const scene = getScene(db, id);
    if (!deleted) assertNumberFree(db, scene.productionId, scene, id);
    if ((scene.deletedAt !== null) === deleted) return scene;
    const now = new Date().toISOString();
    db.prepare('UPDATE scene SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deleted ? now : null, now, id);
    // A scene holds consent and choreography history: its removal and return are on the record.
    appendAudit(db, {
      productionId: scene.productionId,
      entity: 'scene',
      entityId: id,
      action: deleted ? 'delete' : 'restore',
      newValue: { number: scene.number, episode: scene.episode },
    });
    return getScene(db, id);
  })();
}
