import type { ParsedInput } from '../../../shared/commands';
import type { CheckIn, Communication } from '../../../shared/communication/schema';
import { AppError } from '../../../shared/kit/errors';
import { appendAudit } from '../audit/trail';
import { getProduction } from '../productions/productions';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import { type BodyMapRow, type CheckInRow, checkInFromRow, communicationFromRow } from './rows';

function empty(productionId: string, personId: string): Communication {
  return {
    id: null,
    productionId,
    personId,
    areas: {},
    notes: '',
    breakSignal: '',
    preferredName: '',
    notify: [],
    updatedAt: null,
  };
}

/** Boundaries are kept for cast (performers and background), not crew. */
function assertCast(db: Db, productionId: string, personId: string): void {
  getProduction(db, productionId);
  const m = db
    .prepare('SELECT role FROM production_member WHERE production_id = ? AND person_id = ? AND deleted_at IS NULL')
    .get(productionId, personId) as { role: string } | undefined;
  if (!m || m.role === 'crew') {
    throw new AppError('NOT_FOUND', 'This person is not in the cast of this production', {
      issues: [{ path: 'personId', message: 'Not a performer or background performer in this production' }],
    });
  }
}

export function getCommunication(db: Db, productionId: string, personId: string): Communication {
  assertCast(db, productionId, personId);
  const row = db
    .prepare('SELECT * FROM body_map WHERE production_id = ? AND person_id = ?')
    .get(productionId, personId) as BodyMapRow | undefined;
  return row ? communicationFromRow(row) : empty(productionId, personId);
}

export function listCommunication(db: Db, productionId: string): Communication[] {
  getProduction(db, productionId);
  return (db.prepare('SELECT * FROM body_map WHERE production_id = ?').all(productionId) as BodyMapRow[]).map(
    communicationFromRow,
  );
}

/** Body maps of a production by person id, for flags and readiness (one query). */
export function bodyMapsOf(db: Db, productionId: string): Map<string, Communication> {
  return new Map(listCommunication(db, productionId).map((c) => [c.personId, c]));
}

/** Saves the fields present; every change appends a `body_map` audit entry with old and new values. */
export function saveCommunication(db: Db, input: ParsedInput<'communication.save'>): Communication {
  const { productionId, personId, patch } = input;
  return db.transaction(() => {
    const before = getCommunication(db, productionId, personId);
    const after: Communication = {
      ...before,
      areas: patch.areas ?? before.areas,
      notes: patch.notes ?? before.notes,
      breakSignal: patch.breakSignal ?? before.breakSignal,
      preferredName: patch.preferredName ?? before.preferredName,
      notify: patch.notify ?? before.notify,
    };
    const now = new Date().toISOString();
    const id = before.id ?? newId();
    db.prepare(
      `INSERT INTO body_map (id, production_id, person_id, areas, notes, break_signal, preferred_name, notify, created_at, updated_at)
       VALUES (@id, @productionId, @personId, @areas, @notes, @breakSignal, @preferredName, @notify, @now, @now)
       ON CONFLICT (production_id, person_id) DO UPDATE SET areas = excluded.areas, notes = excluded.notes,
         break_signal = excluded.break_signal, preferred_name = excluded.preferred_name, notify = excluded.notify,
         updated_at = excluded.updated_at`,
    ).run({
      id,
      productionId,
      personId,
      areas: JSON.stringify(after.areas),
      notes: after.notes,
      breakSignal: after.breakSignal,
      preferredName: after.preferredName,
      notify: JSON.stringify(after.notify),
      now,
    });
    const strip = ({ id: _i, updatedAt: _u, ...rest }: Communication) => rest;
    appendAudit(db, {
      productionId,
      entity: 'body_map',
      entityId: id,
      action: before.id ? 'update' : 'create',
      oldValue: before.id ? strip(before) : null,
      newValue: strip(after),
    });
    return getCommunication(db, productionId, personId);
  })();
}

function getCheckIn(db: Db, id: string): CheckIn {
  const row = db.prepare('SELECT * FROM check_in WHERE id = ?').get(id) as CheckInRow | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', 'No such check-in', { issues: [{ path: 'id', message: 'No such check-in' }] });
  return checkInFromRow(row);
}

function assertSceneIn(db: Db, productionId: string, sceneId: string | null | undefined): void {
  if (!sceneId) return;
  const ok = db.prepare('SELECT 1 FROM scene WHERE id = ? AND production_id = ?').get(sceneId, productionId);
  if (!ok) {
    throw new AppError('NOT_FOUND', 'No such scene in this production', {
      issues: [{ path: 'sceneId', message: 'No such scene in this production' }],
    });
  }
}

export function listCheckIns(db: Db, filter: ParsedInput<'checkIn.list'>): CheckIn[] {
  getProduction(db, filter.productionId);
  const where = ['production_id = ?', 'deleted_at IS NULL'];
  const params: unknown[] = [filter.productionId];
  if (filter.personId) {
    where.push('person_id = ?');
    params.push(filter.personId);
  }
  if (filter.sceneId) {
    where.push('(scene_id = ? OR scene_id IS NULL)');
    params.push(filter.sceneId);
  }
  return (
    db
      .prepare(`SELECT * FROM check_in WHERE ${where.join(' AND ')} ORDER BY at DESC, id`)
      .all(...params) as CheckInRow[]
  ).map(checkInFromRow);
}

export function addCheckIn(db: Db, input: ParsedInput<'checkIn.add'>): CheckIn {
  assertCast(db, input.productionId, input.personId);
  assertSceneIn(db, input.productionId, input.sceneId);
  const id = newId();
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO check_in (id, production_id, person_id, scene_id, at, kind, attendees, agreed, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.productionId,
    input.personId,
    input.sceneId,
    input.at,
    input.kind,
    input.attendees,
    input.agreed,
    now,
    now,
  );
  return getCheckIn(db, id);
}

export function updateCheckIn(db: Db, id: string, patch: ParsedInput<'checkIn.update'>['patch']): CheckIn {
  const current = getCheckIn(db, id);
  assertSceneIn(db, current.productionId, patch.sceneId);
  const sets: string[] = [];
  const params: Record<string, unknown> = { id, now: new Date().toISOString() };
  const cols = { at: 'at', kind: 'kind', attendees: 'attendees', agreed: 'agreed', sceneId: 'scene_id' } as const;
  for (const [key, col] of Object.entries(cols)) {
    const v = patch[key as keyof typeof cols];
    if (v === undefined) continue;
    sets.push(`${col} = @${key}`);
    params[key] = v;
  }
  if (sets.length > 0)
    db.prepare(`UPDATE check_in SET ${sets.join(', ')}, updated_at = @now WHERE id = @id`).run(params);
  return getCheckIn(db, id);
}

export function setCheckInDeleted(db: Db, id: string, deleted: boolean): CheckIn {
  getCheckIn(db, id);
  const now = new Date().toISOString();
  db.prepare('UPDATE check_in SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deleted ? now : null, now, id);
  return getCheckIn(db, id);
}
