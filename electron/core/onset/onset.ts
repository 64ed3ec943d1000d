import type { ParsedInput } from '../../../shared/commands';
import { AppError } from '../../../shared/kit/errors';
import { callInstant } from '../../../shared/kit/time';
import { checkInRequired, prerollMissing } from '../../../shared/onset/rules';
import type {
  BreakEntry,
  OnSetDay,
  OnSetPerformer,
  OnSetScene,
  PrerollMark,
  ShootDay,
} from '../../../shared/onset/schema';
import { rollGate } from '../../../shared/readiness/rules';
import { sceneLabel } from '../../../shared/scenes/rules';
import { appendAudit } from '../audit/trail';
import { getPerson } from '../people/people';
import { getProduction } from '../productions/productions';
import { readinessOf } from '../readiness/readiness';
import {
  type CastMemberRow,
  castMemberFromRow,
  ONSET_SCENE_COLUMNS,
  type OnSetSceneRow,
  onSetSceneFromRow,
  SCENE_REF_COLUMNS,
  type SceneRefRow,
  type ShootDateRow,
  sceneRefFromRow,
  shootDayFromRow,
} from '../scenes/rows';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import { onSetRider, onSetRiders, recordOnSetCheckIn, voidOnSetCheckIn } from './consent';
import { BREAK_SELECT, type BreakRow, breakFromRow, type MarkRow, markFromRow } from './rows';

const NO_RIDER: OnSetPerformer['rider'] = { state: 'not-needed', riderId: null, version: null, problem: null };

/** Dates with scenes scheduled, from `from` on, with how many scenes and the first call. */
export function listShootDays(db: Db, productionId: string, from: string, limit: number): ShootDay[] {
  const production = getProduction(db, productionId);
  const rows = db
    .prepare(
      `SELECT shoot_date, count(*) AS n, min(call_time) AS first_call FROM scene
       WHERE production_id = ? AND deleted_at IS NULL AND shoot_date >= ?
       GROUP BY shoot_date ORDER BY shoot_date LIMIT ?`,
    )
    .all(productionId, from, limit) as ShootDateRow[];
  return rows.map((r) => shootDayFromRow(r, production.timeZone));
}

/** One shoot day on set: its scenes in shooting order, each with its checklist, and the break log. */
export function getOnSetDay(db: Db, productionId: string, date: string): OnSetDay {
  const production = getProduction(db, productionId);
  const scenes = (
    db
      .prepare(
        `SELECT ${ONSET_SCENE_COLUMNS} FROM scene
         WHERE production_id = ? AND shoot_date = ? AND deleted_at IS NULL
         ORDER BY call_time IS NULL, call_time, episode, number COLLATE NOCASE`,
      )
      .all(productionId, date) as OnSetSceneRow[]
  ).map(onSetSceneFromRow);
  // Performers and marks for the whole day in one query each, not one per scene.
  const performers = (
    db
      .prepare(
        `SELECT sp.scene_id, p.id AS person_id, p.name, m.character_name, m.role, sp.nudity, sp.simulated_sex
         FROM scene s JOIN scene_performer sp ON sp.scene_id = s.id JOIN person p ON p.id = sp.person_id
         LEFT JOIN production_member m ON m.person_id = p.id AND m.production_id = s.production_id
         WHERE s.production_id = ? AND s.shoot_date = ? AND s.deleted_at IS NULL
         ORDER BY CASE m.role WHEN 'performer' THEN 0 WHEN 'background' THEN 1 ELSE 2 END, p.name COLLATE NOCASE`,
      )
      .all(productionId, date) as CastMemberRow[]
  ).map(castMemberFromRow);
  const riders = onSetRiders(
    db,
    productionId,
    scenes.map((s) => s.id),
  );
  const marks = db
    .prepare(
      `SELECT pm.* FROM preroll_mark pm JOIN scene s ON s.id = pm.scene_id
       WHERE s.production_id = ? AND pm.shoot_date = ?`,
    )
    .all(productionId, date) as MarkRow[];
  const bySceneP = new Map<string, OnSetPerformer[]>();
  for (const { sceneId, performer, characterName, role } of performers) {
    const list = bySceneP.get(sceneId) ?? [];
    list.push({
      personId: performer.personId,
      name: performer.name,
      characterName,
      role,
      rider: riders.get(sceneId)?.get(performer.personId) ?? NO_RIDER,
    });
    bySceneP.set(sceneId, list);
  }
  const bySceneM = new Map<string, PrerollMark[]>();
  for (const m of marks.map((r) => markFromRow(r, production.timeZone))) {
    const list = bySceneM.get(m.sceneId) ?? [];
    list.push(m);
    bySceneM.set(m.sceneId, list);
  }
  const readiness = new Map(
    readinessOf(db, { productionId, sceneIds: scenes.map((s) => s.id) }).map((r) => [r.sceneId, r]),
  );
  const out: OnSetScene[] = scenes.map((s) => {
    const ps = bySceneP.get(s.id) ?? [];
    const ms = bySceneM.get(s.id) ?? [];
    const r = readiness.get(s.id);
    const gate = r ? rollGate(r) : { state: 'not-ready' as const, label: 'Not ready', reasons: [] };
    return {
      id: s.id,
      number: s.number,
      episode: s.episode,
      label: sceneLabel(s),
      callTime: s.callTime,
      callAt: callInstant(date, s.callTime, production.timeZone),
      location: s.location,
      intimacyTypes: s.intimacyTypes,
      monitorsRestrictedTo: s.monitorsRestrictedTo,
      closedSet: s.closedSet,
      performers: ps,
      marks: ms,
      gate,
      prerollComplete: prerollMissing(ms, ps, gate).length === 0,
    };
  });
  return {
    productionId,
    productionTitle: production.title,
    timeZone: production.timeZone,
    date,
    scenes: out,
    breaks: listBreaks(db, productionId, date),
  };
}

/** A live scene's production and that production's time zone, for marks and breaks. */
function sceneOf(db: Db, sceneId: string): { productionId: string; timeZone: string } {
  const row = db.prepare(`SELECT ${SCENE_REF_COLUMNS} FROM scene WHERE id = ? AND deleted_at IS NULL`).get(sceneId) as
    | SceneRefRow
    | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', `No scene with id ${sceneId}`, {
      issues: [{ path: 'sceneId', message: 'No such scene' }],
    });
  const { productionId } = sceneRefFromRow(row);
  return { productionId, timeZone: getProduction(db, productionId).timeZone };
}

/** The performer being checked in, refused when they are not in front of the camera in this scene. */
function checkInPerformer(
  db: Db,
  productionId: string,
  sceneId: string,
  personId: string,
): ReturnType<typeof castMemberFromRow> {
  const row = db
    .prepare(
      `SELECT sp.scene_id, sp.person_id, m.role, m.character_name, p.name, sp.nudity, sp.simulated_sex
       FROM scene_performer sp JOIN person p ON p.id = sp.person_id
       LEFT JOIN production_member m ON m.person_id = sp.person_id AND m.production_id = ?
       WHERE sp.scene_id = ? AND sp.person_id = ?`,
    )
    .get(productionId, sceneId, personId) as CastMemberRow | undefined;
  const found = row ? castMemberFromRow(row) : undefined;
  if (!found || checkInRequired([{ personId, name: '', role: found.role }]).length === 0) {
    throw new AppError('VALIDATION', 'This person is not a performer in this scene', {
      issues: [{ path: 'personId', message: 'Not a performer in this scene' }],
    });
  }
  return found;
}

/**
 * Keeps the rider's check-in log in step with a consent check-in tap: checking logs a shoot-day
 * check-in on the performer's rider for the scene (when there is one), un-checking voids it.
 */
function syncRiderCheckIn(db: Db, input: ParsedInput<'onset.mark'>, personId: string, at: string): void {
  const scene = sceneRefFromRow(
    db.prepare(`SELECT ${SCENE_REF_COLUMNS} FROM scene WHERE id = ?`).get(input.sceneId) as SceneRefRow,
  );
  const { performer } = checkInPerformer(db, scene.productionId, input.sceneId, personId);
  const context = {
    productionId: scene.productionId,
    sceneId: input.sceneId,
    sceneNumber: sceneLabel(scene),
    date: input.date,
    personId,
    personName: performer.name,
  };
  if (!input.done) {
    voidOnSetCheckIn(db, context, at);
    return;
  }
  const rider = onSetRider(db, input.sceneId, personId);
  recordOnSetCheckIn(db, context, rider, at, input.confirmed);
}

/** One tap on the checklist: check or uncheck an item, with the time, in one transaction. */
export function markPreroll(db: Db, input: ParsedInput<'onset.mark'>, at = new Date().toISOString()): PrerollMark {
  return db.transaction(() => {
    const scene = sceneOf(db, input.sceneId);
    const personId = input.personId ?? '';
    if (input.item === 'consent-checkin') syncRiderCheckIn(db, input, personId, at);
    const key = [input.sceneId, input.date, input.item, personId] as const;
    const old = db
      .prepare('SELECT * FROM preroll_mark WHERE scene_id = ? AND shoot_date = ? AND item = ? AND person_id = ?')
      .get(...key) as MarkRow | undefined;
    const value = input.item === 'robe-person' ? input.value : input.confirmed ? '' : 'did-not-confirm';
    // "Did not confirm" is recorded on the rider, and the checklist item stays open.
    const done = input.done && input.confirmed;
    db.prepare(
      `INSERT INTO preroll_mark (scene_id, shoot_date, item, person_id, done, value, marked_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (scene_id, shoot_date, item, person_id) DO UPDATE SET done = excluded.done, value = excluded.value,
         marked_at = excluded.marked_at, updated_at = excluded.updated_at`,
    ).run(...key, done ? 1 : 0, value, at, at, at);
    const mark = markFromRow(
      db
        .prepare('SELECT * FROM preroll_mark WHERE scene_id = ? AND shoot_date = ? AND item = ? AND person_id = ?')
        .get(...key) as MarkRow,
      scene.timeZone,
    );
    appendAudit(db, {
      productionId: scene.productionId,
      entity: 'preroll_mark',
      entityId: key.join(':'),
      action: done ? 'checked' : input.done ? 'did-not-confirm' : 'unchecked',
      oldValue: old ? markFromRow(old, scene.timeZone) : undefined,
      newValue: mark,
    });
    return mark;
  })();
}

export function listBreaks(db: Db, productionId: string, date: string): BreakEntry[] {
  return (
    db
      .prepare(
        `${BREAK_SELECT} WHERE b.production_id = ? AND b.shoot_date = ? AND b.deleted_at IS NULL ORDER BY b.called_at`,
      )
      .all(productionId, date) as BreakRow[]
  ).map(breakFromRow);
}

function getBreak(db: Db, id: string): BreakEntry {
  const row = db.prepare(`${BREAK_SELECT} WHERE b.id = ?`).get(id) as BreakRow | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', `No break with id ${id}`, { issues: [{ path: 'id', message: 'No such break' }] });
  return breakFromRow(row);
}

/** A performer called a break: recorded with the time. No reason is asked for. */
export function logBreak(db: Db, input: ParsedInput<'onset.logBreak'>, at = new Date().toISOString()): BreakEntry {
  return db.transaction(() => {
    const production = getProduction(db, input.productionId);
    getPerson(db, input.personId);
    if (input.sceneId !== null && sceneOf(db, input.sceneId).productionId !== production.id) {
      throw new AppError('VALIDATION', 'That scene belongs to another production', {
        issues: [{ path: 'sceneId', message: 'Scene of another production' }],
      });
    }
    const id = newId();
    db.prepare(
      `INSERT INTO break_log (id, production_id, scene_id, shoot_date, person_id, called_at, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)`,
    ).run(id, production.id, input.sceneId, input.date, input.personId, at, at, at);
    const entry = getBreak(db, id);
    appendAudit(db, { productionId: production.id, entity: 'break', entityId: id, action: 'logged', newValue: entry });
    return entry;
  })();
}

export function noteBreak(db: Db, id: string, note: string): BreakEntry {
  return db.transaction(() => {
    const old = getBreak(db, id);
    db.prepare('UPDATE break_log SET note = ?, updated_at = ? WHERE id = ?').run(note, new Date().toISOString(), id);
    const entry = getBreak(db, id);
    appendAudit(db, {
      productionId: old.productionId,
      entity: 'break',
      entityId: id,
      action: 'noted',
      oldValue: { note: old.note },
      newValue: { note },
    });
    return entry;
  })();
}

/** Soft delete, for a break logged by mistake; restorable, and the audit trail keeps both. */
export function setBreakDeleted(db: Db, id: string, deleted: boolean): BreakEntry {
  return db.transaction(() => {
    const old = getBreak(db, id);
    const now = new Date().toISOString();
    db.prepare('UPDATE break_log SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deleted ? now : null, now, id);
    appendAudit(db, {
      productionId: old.productionId,
      entity: 'break',
      entityId: id,
      action: deleted ? 'deleted' : 'restored',
    });
    return getBreak(db, id);
  })();
}
