import type { ParsedInput } from '../../../shared/commands';
import { AppError } from '../../../shared/kit/errors';
import { callInstant } from '../../../shared/kit/time';
import type { ShootDay } from '../../../shared/scenes/schema';
import { appendAudit } from '../audit/trail';
import { getPerson } from '../people/people';
import { getProduction } from '../productions/productions';
import type { Db } from '../vault/connection';
import {
  PERFORMER_CALL_SELECT,
  type PerformerCallRow,
  performerCallFromRow,
  type ShootDayRow,
  shootDayRowFromRow,
} from './rows';

function daysOf(db: Db, productionId: string, date: string | null): ShootDay[] {
  const production = getProduction(db, productionId);
  const only = date === null ? '' : 'AND shoot_date = @date';
  const days = (
    db
      .prepare(`SELECT * FROM shoot_day WHERE production_id = @productionId ${only} ORDER BY shoot_date`)
      .all({ productionId, date }) as ShootDayRow[]
  ).map(shootDayRowFromRow);
  const calls = (
    db
      .prepare(
        `${PERFORMER_CALL_SELECT} WHERE pc.production_id = @productionId ${date === null ? '' : 'AND pc.shoot_date = @date'}
         ORDER BY pc.shoot_date, pc.call_time, COALESCE(m.cast_number, '') = '', CAST(m.cast_number AS INTEGER), p.name COLLATE NOCASE`,
      )
      .all({ productionId, date }) as PerformerCallRow[]
  ).map((r) => performerCallFromRow(r, production.timeZone));
  const dates = [...new Set([...days.map((d) => d.date), ...calls.map((c) => c.date), ...(date ? [date] : [])])].sort();
  return dates.map((d) => {
    const day = days.find((x) => x.date === d);
    const crewCall = day?.crewCall ?? null;
    return {
      productionId,
      date: d,
      dayNumber: day?.dayNumber ?? '',
      crewCall,
      crewCallAt: callInstant(d, crewCall, production.timeZone),
      performerCalls: calls
        .filter((c) => c.date === d)
        .map(({ personId, name, castNumber, callTime, callAt }) => ({ personId, name, castNumber, callTime, callAt })),
    };
  });
}

export function getShootDay(db: Db, productionId: string, date: string): ShootDay {
  const [day] = daysOf(db, productionId, date);
  if (!day) throw new AppError('NOT_FOUND', `No shoot day ${date}`);
  return day;
}

export function listShootDays(db: Db, productionId: string): ShootDay[] {
  return daysOf(db, productionId, null);
}

/** Sets a shoot day's day number and crew call; fields left out keep their value. */
export function setShootDay(db: Db, input: ParsedInput<'shootDay.set'>): ShootDay {
  getProduction(db, input.productionId);
  return db.transaction(() => {
    const before = getShootDay(db, input.productionId, input.date);
    const now = new Date().toISOString();
    const dayNumber = input.dayNumber ?? before.dayNumber;
    const crewCall = input.crewCall === undefined ? before.crewCall : input.crewCall;
    db.prepare(
      `INSERT INTO shoot_day (production_id, shoot_date, day_number, crew_call, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (production_id, shoot_date) DO UPDATE SET day_number = excluded.day_number,
         crew_call = excluded.crew_call, updated_at = excluded.updated_at`,
    ).run(input.productionId, input.date, dayNumber, crewCall, now, now);
    appendAudit(db, {
      productionId: input.productionId,
      entity: 'shoot-day',
      entityId: input.date,
      action: 'update',
      oldValue: { dayNumber: before.dayNumber, crewCall: before.crewCall },
      newValue: { dayNumber, crewCall },
    });
    return getShootDay(db, input.productionId, input.date);
  })();
}

/** Sets or clears a performer's call on a shoot day: consent notice is counted to it. */
export function setPerformerCall(db: Db, input: ParsedInput<'shootDay.setPerformerCall'>): ShootDay {
  getProduction(db, input.productionId);
  const person = getPerson(db, input.personId);
  return db.transaction(() => {
    const before = getShootDay(db, input.productionId, input.date).performerCalls.find(
      (c) => c.personId === input.personId,
    );
    const now = new Date().toISOString();
    if (input.callTime === null) {
      db.prepare('DELETE FROM performer_call WHERE production_id = ? AND shoot_date = ? AND person_id = ?').run(
        input.productionId,
        input.date,
        input.personId,
      );
    } else {
      db.prepare(
        `INSERT INTO performer_call (production_id, shoot_date, person_id, call_time, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (production_id, shoot_date, person_id) DO UPDATE SET call_time = excluded.call_time,
           updated_at = excluded.updated_at`,
      ).run(input.productionId, input.date, input.personId, input.callTime, now, now);
    }
    appendAudit(db, {
      productionId: input.productionId,
      entity: 'performer-call',
      entityId: `${input.date}|${input.personId}`,
      action: input.callTime === null ? 'clear' : 'update',
      oldValue: before ? { name: person.name, date: input.date, callTime: before.callTime } : null,
      newValue: input.callTime === null ? null : { name: person.name, date: input.date, callTime: input.callTime },
    });
    return getShootDay(db, input.productionId, input.date);
  })();
}
