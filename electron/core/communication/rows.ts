import type { BodyMarks, CheckIn, Communication } from '../../../shared/communication/schema';

/** A `body_map` row as SQLite returns it, so every reader names the same columns. */
export interface BodyMapRow {
  id: string;
  production_id: string;
  person_id: string;
  areas: string;
  notes: string;
  break_signal: string;
  preferred_name: string;
  notify: string;
  created_at: string;
  updated_at: string;
}

/** The one mapping from a `body_map` row to a Communication: the marked areas and notify list from JSON. */
export function communicationFromRow(r: BodyMapRow): Communication {
  return {
    id: r.id,
    productionId: r.production_id,
    personId: r.person_id,
    areas: JSON.parse(r.areas) as BodyMarks,
    notes: r.notes,
    breakSignal: r.break_signal,
    preferredName: r.preferred_name,
    notify: JSON.parse(r.notify) as string[],
    updatedAt: r.updated_at,
  };
}

/** The `body_map` columns readiness reads for a whole production at once. */
export type BodyMarksRow = Pick<BodyMapRow, 'person_id' | 'areas' | 'break_signal'>;

/** A performer's boundaries as readiness weighs them, from a BodyMarksRow. */
export function bodyMarksFromRow(r: BodyMarksRow): { personId: string; areas: BodyMarks; breakSignal: string } {
  return { personId: r.person_id, areas: JSON.parse(r.areas) as BodyMarks, breakSignal: r.break_signal };
}

/** A `check_in` row as SQLite returns it, so every reader names the same columns. */
export interface CheckInRow {
  id: string;
  production_id: string;
  person_id: string;
  scene_id: string | null;
  at: string;
  kind: CheckIn['kind'];
  attendees: string;
  agreed: string;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The one mapping from a `check_in` row to a CheckIn. */
export function checkInFromRow(r: CheckInRow): CheckIn {
  return {
    id: r.id,
    productionId: r.production_id,
    personId: r.person_id,
    sceneId: r.scene_id,
    at: r.at,
    kind: r.kind,
    attendees: r.attendees,
    agreed: r.agreed,
    deletedAt: r.deleted_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Live check-ins counted per performer and scene (`COUNT(*) AS n`), as readiness reads them. */
export interface CheckInCountRow {
  person_id: string;
  scene_id: string | null;
  n: number;
}

/** A CheckInCountRow by name: a null scene means a check-in about the whole production. */
export function checkInCountFromRow(r: CheckInCountRow): { personId: string; sceneId: string | null; n: number } {
  return { personId: r.person_id, sceneId: r.scene_id, n: r.n };
}
