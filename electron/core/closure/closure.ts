import { dueState } from '../../../shared/closure/rules';
import type { ClosureRecord, FollowUp, FollowUpsDue, SceneClosure } from '../../../shared/closure/schema';
import type { ParsedInput } from '../../../shared/commands';
import { AppError } from '../../../shared/kit/errors';
import { todayIn } from '../../../shared/kit/time';
import { getProduction } from '../productions/productions';
import { SCENE_REF_COLUMNS, type SceneRefRow, sceneRefFromRow } from '../scenes/rows';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import { type ClosureRow, closureFromRow, FOLLOW_UP_SELECT, type FollowUpRow, followUpFromRow } from './rows';

function sceneProduction(db: Db, sceneId: string): { productionId: string; number: string } {
  const row = db.prepare(`SELECT ${SCENE_REF_COLUMNS} FROM scene WHERE id = ?`).get(sceneId) as SceneRefRow | undefined;
  if (!row) {
    throw new AppError('NOT_FOUND', 'No such scene', { issues: [{ path: 'sceneId', message: 'No such scene' }] });
  }
  const { productionId, number } = sceneRefFromRow(row);
  return { productionId, number };
}

function assertInScene(db: Db, sceneId: string, personId: string | null | undefined): void {
  if (!personId) return;
  const ok = db.prepare('SELECT 1 FROM scene_performer WHERE scene_id = ? AND person_id = ?').get(sceneId, personId);
  if (!ok) {
    throw new AppError('NOT_FOUND', 'This person is not in the scene', {
      issues: [{ path: 'personId', message: 'Not a performer in this scene' }],
    });
  }
}

export function getSceneClosure(db: Db, sceneId: string): SceneClosure {
  sceneProduction(db, sceneId);
  const records = (
    db.prepare('SELECT * FROM closure WHERE scene_id = ? ORDER BY created_at').all(sceneId) as ClosureRow[]
  ).map(closureFromRow);
  const followUps = (
    db
      .prepare(`${FOLLOW_UP_SELECT} WHERE f.scene_id = ? AND f.deleted_at IS NULL ORDER BY f.due_date, f.id`)
      .all(sceneId) as FollowUpRow[]
  ).map(followUpFromRow);
  return { sceneId, records, followUps };
}

export function saveClosure(db: Db, input: ParsedInput<'closure.save'>): ClosureRecord {
  sceneProduction(db, input.sceneId);
  assertInScene(db, input.sceneId, input.personId);
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO closure (id, scene_id, person_id, practices, practice_note, debrief, next_shoot_notes, created_at, updated_at)
     VALUES (@id, @sceneId, @personId, @practices, @practiceNote, @debrief, @nextShootNotes, @now, @now)
     ON CONFLICT (scene_id, person_id) DO UPDATE SET practices = excluded.practices,
       practice_note = excluded.practice_note, debrief = excluded.debrief,
       next_shoot_notes = excluded.next_shoot_notes, updated_at = excluded.updated_at`,
  ).run({ ...input, id: newId(), practices: JSON.stringify(input.practices), now });
  const row = db
    .prepare('SELECT * FROM closure WHERE scene_id = ? AND person_id = ?')
    .get(input.sceneId, input.personId) as ClosureRow;
  return closureFromRow(row);
}

function getFollowUp(db: Db, id: string): FollowUp {
  const row = db.prepare(`${FOLLOW_UP_SELECT} WHERE f.id = ?`).get(id) as FollowUpRow | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', 'No such follow-up', { issues: [{ path: 'id', message: 'No such follow-up' }] });
  return followUpFromRow(row);
}

export function addFollowUp(db: Db, input: ParsedInput<'followUp.add'>): FollowUp {
  sceneProduction(db, input.sceneId);
  assertInScene(db, input.sceneId, input.personId);
  const id = newId();
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO follow_up (id, scene_id, person_id, description, due_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.sceneId, input.personId, input.description, input.dueDate, now, now);
  return getFollowUp(db, id);
}

export function updateFollowUp(db: Db, id: string, patch: ParsedInput<'followUp.update'>['patch']): FollowUp {
  const current = getFollowUp(db, id);
  if (patch.personId !== undefined) assertInScene(db, current.sceneId, patch.personId);
  const now = new Date().toISOString();
  const doneAt = patch.done === undefined ? current.doneAt : patch.done ? (current.doneAt ?? now) : null;
  db.prepare(
    `UPDATE follow_up SET description = ?, due_date = ?, person_id = ?, done_at = ?, updated_at = ? WHERE id = ?`,
  ).run(
    patch.description ?? current.description,
    patch.dueDate ?? current.dueDate,
    patch.personId === undefined ? current.personId : patch.personId,
    doneAt,
    now,
    id,
  );
  return getFollowUp(db, id);
}

export function setFollowUpDeleted(db: Db, id: string, deleted: boolean): FollowUp {
  getFollowUp(db, id);
  const now = new Date().toISOString();
  db.prepare('UPDATE follow_up SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deleted ? now : null, now, id);
  return getFollowUp(db, id);
}

/** Open follow-ups due today or earlier across a production; "today" is the production's own day. */
export function followUpsDue(db: Db, productionId: string, today?: string): FollowUpsDue {
  const production = getProduction(db, productionId);
  const day = today ?? todayIn(production.timeZone);
  const rows = (
    db
      .prepare(
        `${FOLLOW_UP_SELECT} WHERE s.production_id = ? AND s.deleted_at IS NULL AND f.deleted_at IS NULL
         AND f.done_at IS NULL AND f.due_date <= ? ORDER BY f.due_date, s.number, f.id`,
      )
      .all(productionId, day) as FollowUpRow[]
  ).map(followUpFromRow);
  return {
    today: day,
    overdue: rows.filter((f) => dueState(f, day) === 'overdue'),
    dueToday: rows.filter((f) => dueState(f, day) === 'today'),
  };
}
