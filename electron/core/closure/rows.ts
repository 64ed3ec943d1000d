import type { ClosurePractice, ClosureRecord, FollowUp } from '../../../shared/closure/schema';

/** A `closure` row as SQLite returns it, so every reader names the same columns. */
export interface ClosureRow {
  id: string;
  scene_id: string;
  person_id: string;
  practices: string;
  practice_note: string;
  debrief: string;
  next_shoot_notes: string;
  created_at: string;
  updated_at: string;
}

/** The one mapping from a `closure` row to a ClosureRecord, the practices list from its JSON. */
export function closureFromRow(r: ClosureRow): ClosureRecord {
  return {
    id: r.id,
    sceneId: r.scene_id,
    personId: r.person_id,
    practices: JSON.parse(r.practices) as ClosureRecord['practices'],
    practiceNote: r.practice_note,
    debrief: r.debrief,
    nextShootNotes: r.next_shoot_notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The `closure` columns readiness reads for many scenes at once. */
export type ClosurePracticesRow = Pick<ClosureRow, 'scene_id' | 'person_id' | 'practices'>;

/** Which closing practices a performer had in a scene, as readiness weighs them. */
export function closurePracticesFromRow(r: ClosurePracticesRow): {
  sceneId: string;
  personId: string;
  practices: ClosurePractice[];
} {
  return { sceneId: r.scene_id, personId: r.person_id, practices: JSON.parse(r.practices) as ClosurePractice[] };
}

/** A `follow_up` row with its scene's number and its person's name, as FOLLOW_UP_SELECT yields it. */
export interface FollowUpRow {
  id: string;
  scene_id: string;
  scene_number: string;
  person_id: string | null;
  person_name: string | null;
  description: string;
  due_date: string;
  done_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The SELECT that yields FollowUpRow; callers add their WHERE and ORDER BY (aliases f, s, p). */
export const FOLLOW_UP_SELECT = `SELECT f.id, f.scene_id, s.number AS scene_number, f.person_id, p.name AS person_name,
  f.description, f.due_date, f.done_at, f.created_at, f.updated_at
  FROM follow_up f JOIN scene s ON s.id = f.scene_id LEFT JOIN person p ON p.id = f.person_id`;

/** The one mapping from a FollowUpRow to a FollowUp. */
export function followUpFromRow(r: FollowUpRow): FollowUp {
  return {
    id: r.id,
    sceneId: r.scene_id,
    sceneNumber: r.scene_number,
    personId: r.person_id,
    personName: r.person_name,
    description: r.description,
    dueDate: r.due_date,
    doneAt: r.done_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The `follow_up` columns readiness reads for open follow-ups of many scenes. */
export type OpenFollowUpRow = Pick<FollowUpRow, 'scene_id' | 'description' | 'due_date' | 'done_at'>;

/** An open follow-up as readiness weighs it, with its scene for grouping. */
export function openFollowUpFromRow(r: OpenFollowUpRow): {
  sceneId: string;
  followUp: { description: string; dueDate: string; doneAt: string | null };
} {
  return { sceneId: r.scene_id, followUp: { description: r.description, dueDate: r.due_date, doneAt: r.done_at } };
}
