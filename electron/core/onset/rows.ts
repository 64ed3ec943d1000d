import { formatClock } from '../../../shared/kit/time';
import type { BreakEntry, PrerollMark } from '../../../shared/onset/schema';

/** A `preroll_mark` row as SQLite returns it, so every reader names the same columns. */
export interface MarkRow {
  scene_id: string;
  shoot_date: string;
  item: PrerollMark['item'];
  person_id: string;
  done: number;
  value: string;
  marked_at: string;
}

/**
 * The one mapping from a `preroll_mark` row to a PrerollMark: done from 0/1, the stored '' (a
 * scene-wide item) as a null performer, and the time also shown in the production's zone.
 */
export function markFromRow(r: MarkRow, timeZone: string): PrerollMark {
  return {
    sceneId: r.scene_id,
    date: r.shoot_date,
    item: r.item,
    personId: r.person_id === '' ? null : r.person_id,
    done: r.done === 1,
    value: r.value,
    markedAt: r.marked_at,
    markedAtLocal: formatClock(r.marked_at, timeZone),
  };
}

/** A `break_log` row with the performer's name and the production's zone, as BREAK_SELECT yields it. */
export interface BreakRow {
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

/** The SELECT that yields BreakRow; callers add WHERE and ORDER BY (aliases b, p, pr). */
export const BREAK_SELECT = `SELECT b.*, p.name AS person_name, pr.time_zone FROM break_log b
  JOIN person p ON p.id = b.person_id JOIN production pr ON pr.id = b.production_id`;

/** The one mapping from a BreakRow to a BreakEntry, the call time also shown in the production's zone. */
export function breakFromRow(r: BreakRow): BreakEntry {
  return {
    id: r.id,
    productionId: r.production_id,
    sceneId: r.scene_id,
    date: r.shoot_date,
    personId: r.person_id,
    personName: r.person_name,
    calledAt: r.called_at,
    calledAtLocal: formatClock(r.called_at, r.time_zone),
    note: r.note,
    deletedAt: r.deleted_at,
  };
}
