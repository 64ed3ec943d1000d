import type { ParsedInput } from '../../../shared/commands';
import { inZone } from '../../../shared/dashboard/rules';
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
import type { NudityLevel, Scene } from '../../../shared/scenes/schema';
import { appendAudit } from '../audit/trail';
import { getPerson } from '../people/people';
import { getProduction } from '../productions/productions';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import { onSetRider, onSetRiders, recordOnSetCheckIn, voidOnSetCheckIn } from './consent';

interface MarkRow {
  scene_id: string;
  shoot_date: string;
  item: PrerollMark['item'];
  person_id: string;
  done: number;
  value: string;
  marked_at: string;
}

interface BreakRow {
  id: string;
  production_id: string;
  scene_id: string | null;
  shoot_date: string;
  person_id: string;
  person_name: string;
  time_zone: string;
  called_at: string;
  note: string;
  deleted_at: string | null;
}

const markFromRow = (r: MarkRow, timeZone: string): PrerollMark => ({
  sceneId: r.scene_id,
  date: r.shoot_date,
  item: r.item,
  personId: r.person_id === '' ? null : r.person_id,
  done: r.done === 1,
  value: r.value,
  markedAt: r.marked_at,
  markedAtLocal: inZone(r.marked_at, timeZone),
});

const breakFromRow = (r: BreakRow): BreakEntry => ({
  id: r.id,
  productionId: r.production_id,
  sceneId: r.scene_id,
  date: r.shoot_date,
  personId: r.person_id,
  personName: r.person_name,
  calledAt: r.called_at,
  calledAtLocal: inZone(r.called_at, r.time_zone),
  note: r.note,
  deletedAt: r.deleted_at,
});

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
    .all(productionId, from, limit) as { shoot_date: string; n: number; first_call: string | null }[];
  return rows.map((r) => ({
    date: r.shoot_date,
    sceneCount: r.n,
    firstCallAt: callInstant(r.shoot_date, r.first_call, production.timeZone),
  }));
}

/** One shoot day on set: its scenes in shooting order, each with its checklist, and the break log. */
export function getOnSetDay(db: Db, productionId: string, date: string): OnSetDay {
  const production = getProduction(db, productionId);
  const scenes = db
    .prepare(
      `SELECT id, number, episode, call_time, location, intimacy_types, monitors_restricted_to, closed_set FROM scene
       WHERE production_id = ? AND shoot_date = ? AND deleted_at IS NULL
       ORDER BY call_time IS NULL, call_time, episode, number COLLATE NOCASE`,
    )
    .all(productionId, date) as {
    id: string;
    number: string;
    episode: string;
    call_time: string | null;
    location: string;
    intimacy_types: string;
    monitors_restricted_to: string;
    closed_set: string;
  }[];
  // Performers and marks for the whole day in one query each, not one per scene.
  const performers = db
    .prepare(
      `SELECT sp.scene_id, p.id AS person_id, p.name, m.character_name, m.role, sp.nudity, sp.simulated_sex
       FROM scene s JOIN scene_performer sp ON sp.scene_id = s.id JOIN person p ON p.id = sp.person_id
       LEFT JOIN production_member m ON m.person_id = p.id AND m.production_id = s.production_id
       WHERE s.production_id = ? AND s.shoot_date = ? AND s.deleted_at IS NULL
       ORDER BY CASE m.role WHEN 'performer' THEN 0 WHEN 'background' THEN 1 ELSE 2 END, p.name COLLATE NOCASE`,
    )
    .all(productionId, date) as {
    scene_id: string;
    person_id: string;
    name: string;
    character_name: string | null;
    role: OnSetPerformer['role'];
    nudity: NudityLevel;
    simulated_sex: number;
  }[];
  const riders = onSetRiders(
    db,
    productionId,
    production.noticeHours,
    scenes.map((s) => ({
      id: s.id,
      number: s.number,
      callAt: callInstant(date, s.call_time, production.timeZone),
      performers: performers
        .filter((p) => p.scene_id === s.id)
        .map((p) => ({ personId: p.person_id, name: p.name, nudity: p.nudity, simulatedSex: p.simulated_sex === 1 })),
    })),
  );
  const marks = db
    .prepare(
      `SELECT pm.* FROM preroll_mark pm JOIN scene s ON s.id = pm.scene_id
       WHERE s.production_id = ? AND pm.shoot_date = ?`,
    )
    .all(productionId, date) as MarkRow[];
  const bySceneP = new Map<string, OnSetPerformer[]>();
  for (const p of performers) {
    const list = bySceneP.get(p.scene_id) ?? [];
    list.push({
      personId: p.person_id,
      name: p.name,
      characterName: p.character_name ?? '',
      role: p.role,
      rider: riders.get(p.scene_id)?.get(p.person_id) ?? NO_RIDER,
    });
    bySceneP.set(p.scene_id, list);
  }
  const bySceneM = new Map<string, PrerollMark[]>();
  for (const m of marks) {
    const list = bySceneM.get(m.scene_id) ?? [];
    list.push(markFromRow(m, production.timeZone));
    bySceneM.set(m.scene_id, list);
  }
  const out: OnSetScene[] = scenes.map((s) => {
    const ps = bySceneP.get(s.id) ?? [];
    const ms = bySceneM.get(s.id) ?? [];
    return {
      id: s.id,
      number: s.number,
      episode: s.episode,
      callTime: s.call_time,
      callAt: callInstant(date, s.call_time, production.timeZone),
      location: s.location,
      intimacyTypes: JSON.parse(s.intimacy_types) as Scene['intimacyTypes'],
      monitorsRestrictedTo: s.monitors_restricted_to,
      closedSet: JSON.parse(s.closed_set) as string[],
      performers: ps,
      marks: ms,
      prerollComplete: prerollMissing(ms, ps).length === 0,
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

function sceneOf(db: Db, sceneId: string): { production_id: string; time_zone: string } {
  const row = db
    .prepare(
      `SELECT s.production_id, pr.time_zone FROM scene s JOIN production pr ON pr.id = s.production_id
       WHERE s.id = ? AND s.deleted_at IS NULL`,
    )
    .get(sceneId) as { production_id: string; time_zone: string } | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', `No scene with id ${sceneId}`, {
      issues: [{ path: 'sceneId', message: 'No such scene' }],
    });
  return row;
}

interface CheckInPerformer {
  role: OnSetPerformer['role'];
  name: string;
  nudity: NudityLevel;
  simulated_sex: number;
}

/** The performer being checked in, refused when they are not in front of the camera in this scene. */
function checkInPerformer(db: Db, productionId: string, sceneId: string, personId: string): CheckInPerformer {
  const row = db
    .prepare(
      `SELECT m.role, p.name, sp.nudity, sp.simulated_sex FROM scene_performer sp JOIN person p ON p.id = sp.person_id
       LEFT JOIN production_member m ON m.person_id = sp.person_id AND m.production_id = ?
       WHERE sp.scene_id = ? AND sp.person_id = ?`,
    )
    .get(productionId, sceneId, personId) as CheckInPerformer | undefined;
  if (!row || checkInRequired([{ personId, name: '', role: row.role }]).length === 0) {
    throw new AppError('VALIDATION', 'This person is not a performer in this scene', {
      issues: [{ path: 'personId', message: 'Not a performer in this scene' }],
    });
  }
  return row;
}

/**
 * Keeps the rider's check-in log in step with a consent check-in tap: checking logs a shoot-day
 * check-in on the performer's rider for the scene (when there is one), un-checking voids it.
 */
function syncRiderCheckIn(db: Db, input: ParsedInput<'onset.mark'>, personId: string, at: string): void {
  const scene = db
    .prepare(
      `SELECT s.production_id, s.number, s.call_time, pr.time_zone, pr.notice_hours FROM scene s
       JOIN production pr ON pr.id = s.production_id WHERE s.id = ?`,
    )
    .get(input.sceneId) as {
    production_id: string;
    number: string;
    call_time: string | null;
    time_zone: string;
    notice_hours: number;
  };
  const performer = checkInPerformer(db, scene.production_id, input.sceneId, personId);
  const context = {
    productionId: scene.production_id,
    sceneId: input.sceneId,
    sceneNumber: scene.number,
    date: input.date,
    personId,
    personName: performer.name,
  };
  if (!input.done) {
    voidOnSetCheckIn(db, context, at);
    return;
  }
  const rider = onSetRider(
    db,
    scene.production_id,
    scene.notice_hours,
    {
      id: input.sceneId,
      number: scene.number,
      callAt: callInstant(input.date, scene.call_time, scene.time_zone),
      performers: [
        { personId, name: performer.name, nudity: performer.nudity, simulatedSex: performer.simulated_sex === 1 },
      ],
    },
    personId,
  );
  recordOnSetCheckIn(db, context, rider, at);
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
    const value = input.item === 'robe-person' ? input.value : '';
    db.prepare(
      `INSERT INTO preroll_mark (scene_id, shoot_date, item, person_id, done, value, marked_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (scene_id, shoot_date, item, person_id) DO UPDATE SET done = excluded.done, value = excluded.value,
         marked_at = excluded.marked_at, updated_at = excluded.updated_at`,
    ).run(...key, input.done ? 1 : 0, value, at, at, at);
    const mark = markFromRow(
      db
        .prepare('SELECT * FROM preroll_mark WHERE scene_id = ? AND shoot_date = ? AND item = ? AND person_id = ?')
        .get(...key) as MarkRow,
      scene.time_zone,
    );
    appendAudit(db, {
      productionId: scene.production_id,
      entity: 'preroll_mark',
      entityId: key.join(':'),
      action: input.done ? 'checked' : 'unchecked',
      oldValue: old ? markFromRow(old, scene.time_zone) : undefined,
      newValue: mark,
    });
    return mark;
  })();
}

const BREAK_SELECT = `SELECT b.*, p.name AS person_name, pr.time_zone FROM break_log b
  JOIN person p ON p.id = b.person_id JOIN production pr ON pr.id = b.production_id`;

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
    if (input.sceneId !== null && sceneOf(db, input.sceneId).production_id !== production.id) {
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
