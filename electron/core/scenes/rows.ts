import { callInstant, isMinorOn } from '../../../shared/kit/time';
import type { Scene, ScenePerformer } from '../../../shared/scenes/schema';
import { type PersonRow, personFromRow } from '../people/rows';

/** A `scene` row as SQLite returns it, so every reader names the same columns. */
export interface SceneRow {
  id: string;
  production_id: string;
  number: string;
  episode: string;
  page_eighths: number;
  script_day: string;
  shoot_date: string | null;
  call_time: string | null;
  location: string;
  intimacy_types: string;
  risk_level: Scene['riskLevel'];
  mitigation: string;
  closed_set: string;
  monitors_restricted_to: string;
  ic_present: number;
  body_doubles: string;
  story_context: string;
  director_intent: string;
  audience_sees: string;
  heightened_flags: string;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * The one mapping from a `scene` row to a Scene: JSON lists parsed, the IC flag from 0/1 and the
 * call time placed in the production's time zone (performers are read separately, one query a list).
 */
export function sceneFromRow(r: SceneRow, timeZone: string, performers: ScenePerformer[]): Scene {
  return {
    id: r.id,
    productionId: r.production_id,
    number: r.number,
    episode: r.episode,
    pageEighths: r.page_eighths,
    scriptDay: r.script_day,
    shootDate: r.shoot_date,
    callTime: r.call_time,
    callAt: callInstant(r.shoot_date, r.call_time, timeZone),
    location: r.location,
    intimacyTypes: JSON.parse(r.intimacy_types) as Scene['intimacyTypes'],
    riskLevel: r.risk_level,
    mitigation: r.mitigation,
    closedSet: JSON.parse(r.closed_set) as string[],
    monitorsRestrictedTo: r.monitors_restricted_to,
    icPresent: r.ic_present === 1,
    bodyDoubles: r.body_doubles,
    storyContext: r.story_context,
    directorIntent: r.director_intent,
    audienceSees: r.audience_sees,
    heightenedFlags: JSON.parse(r.heightened_flags) as Scene['heightenedFlags'],
    performers,
    deletedAt: r.deleted_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A `scene_performer` row with its person, cast entry and the scene's shoot date, as PERFORMER_SELECT yields. */
export type PerformerRow = PersonRow & {
  scene_id: string;
  nudity: ScenePerformer['nudity'];
  simulated_sex: number;
  role: ScenePerformer['role'];
  character_name: string | null;
  shoot_date: string | null;
};

/** The SELECT that yields PerformerRow; callers add their WHERE and PERFORMER_ORDER. */
export const PERFORMER_SELECT = `SELECT sp.scene_id, sp.nudity, sp.simulated_sex, m.role, m.character_name, s.shoot_date, p.*
  FROM scene_performer sp JOIN scene s ON s.id = sp.scene_id JOIN person p ON p.id = sp.person_id
  LEFT JOIN production_member m ON m.person_id = sp.person_id AND m.production_id = s.production_id`;

/** Performers first, then background, then crew, by name: the order every cast list uses. */
export const PERFORMER_ORDER = `ORDER BY CASE m.role WHEN 'performer' THEN 0 WHEN 'background' THEN 1 ELSE 2 END, p.name COLLATE NOCASE`;

/** The one mapping from a performer row to a ScenePerformer, minor status judged on the shoot date. */
export function performerFromRow(r: PerformerRow): ScenePerformer {
  const person = personFromRow(r);
  return {
    personId: person.id,
    name: person.name,
    role: r.role,
    characterName: r.character_name ?? '',
    nudity: r.nudity,
    simulatedSex: r.simulated_sex === 1,
    isMinorOnShootDate: isMinorOn(person, r.shoot_date),
  };
}

/** The scene a performer row belongs to, for grouping a production's performers by scene. */
export const performerSceneId = (r: PerformerRow): string => r.scene_id;

/** The production a scene row belongs to, read before the row is mapped (it picks the time zone). */
export const sceneProductionId = (r: SceneRow): string => r.production_id;
