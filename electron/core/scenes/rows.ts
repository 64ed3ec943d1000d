import { callInstant, isMinorOn } from '../../../shared/kit/time';
import type { MemberRole } from '../../../shared/people/schema';
import type { ReadinessPerformer, ReadinessScene } from '../../../shared/readiness/rules';
import { sceneLabel } from '../../../shared/scenes/rules';
import type { NudityLevel, Scene, ScenePerformer } from '../../../shared/scenes/schema';
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
  int_ext: Scene['intExt'];
  day_night: string;
  set_name: string;
  start_page: string;
  omitted: number;
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
    intExt: r.int_ext,
    dayNight: r.day_night,
    setName: r.set_name,
    startPage: r.start_page,
    omitted: r.omitted === 1,
    label: sceneLabel(r),
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

/**
 * sceneLabel (shared/scenes/rules.ts) as SQL over `scene t`, for the search index, which builds
 * its titles in SQL: "101/4", or "4" without an episode. test/core/search checks the two agree.
 */
export const SCENE_LABEL_SQL =
  "(CASE WHEN trim(t.episode) <> '' THEN trim(t.episode) || '/' ELSE '' END || trim(t.number))";

/** A `scene_performer` row with its person, cast entry and the scene's shoot date, as PERFORMER_SELECT yields. */
export type PerformerRow = PersonRow & {
  scene_id: string;
  nudity: ScenePerformer['nudity'];
  simulated_sex: number;
  role: ScenePerformer['role'];
  character_name: string | null;
  cast_number: string | null;
  shoot_date: string | null;
};

/** The SELECT that yields PerformerRow; callers add their WHERE and PERFORMER_ORDER. */
export const PERFORMER_SELECT = `SELECT sp.scene_id, sp.nudity, sp.simulated_sex, m.role, m.character_name, m.cast_number, s.shoot_date, p.*
  FROM scene_performer sp JOIN scene s ON s.id = sp.scene_id JOIN person p ON p.id = sp.person_id
  LEFT JOIN production_member m ON m.person_id = sp.person_id AND m.production_id = s.production_id`;

/** Performers first, then background, then crew; by cast number where set, then name: the order every cast list uses. */
export const PERFORMER_ORDER = `ORDER BY CASE m.role WHEN 'performer' THEN 0 WHEN 'background' THEN 1 ELSE 2 END,
  COALESCE(m.cast_number, '') = '', CAST(m.cast_number AS INTEGER), m.cast_number, p.name COLLATE NOCASE`;

/** The one mapping from a performer row to a ScenePerformer, minor status judged on the shoot date. */
export function performerFromRow(r: PerformerRow): ScenePerformer {
  const person = personFromRow(r);
  return {
    personId: person.id,
    name: person.name,
    role: r.role,
    characterName: r.character_name ?? '',
    castNumber: r.cast_number ?? '',
    nudity: r.nudity,
    simulatedSex: r.simulated_sex === 1,
    isMinorOnShootDate: isMinorOn(person, r.shoot_date),
  };
}

/** The scene a performer row belongs to, for grouping a production's performers by scene. */
export const performerSceneId = (r: PerformerRow): string => r.scene_id;

/** The production a scene row belongs to, read before the row is mapped (it picks the time zone). */
export const sceneProductionId = (r: SceneRow): string => r.production_id;

/** The few `scene` columns a service checks before acting on a scene (which production, which number, live or not). */
export interface SceneRefRow {
  id: string;
  production_id: string;
  number: string;
  episode: string;
  call_time: string | null;
  deleted_at: string | null;
}

/** The column list that yields SceneRefRow, so the SELECT and the mapper stay in step. */
export const SCENE_REF_COLUMNS = 'id, production_id, number, episode, call_time, deleted_at';

/** A scene as other domains refer to it: enough to check ownership and to name it in a message. */
export interface SceneRef {
  id: string;
  productionId: string;
  number: string;
  episode: string;
  callTime: string | null;
  deletedAt: string | null;
}

/** The one mapping from a SceneRefRow to a SceneRef. */
export function sceneRefFromRow(r: SceneRefRow): SceneRef {
  return {
    id: r.id,
    productionId: r.production_id,
    number: r.number,
    episode: r.episode,
    callTime: r.call_time,
    deletedAt: r.deleted_at,
  };
}

/** The `scene` columns of a schedule (costume, consent, dashboard): when and where, no breakdown. */
export interface ScheduleRow {
  id: string;
  number: string;
  episode: string;
  shoot_date: string | null;
  call_time: string | null;
  location: string;
}

/** The column list that yields ScheduleRow. */
export const SCHEDULE_COLUMNS = 'id, number, episode, shoot_date, call_time, location';

/** A scene on a schedule, by name. */
export interface ScheduledSceneFacts {
  id: string;
  number: string;
  episode: string;
  shootDate: string | null;
  callTime: string | null;
  location: string;
}

/** The one mapping from a ScheduleRow to a scheduled scene. */
export function scheduleFromRow(r: ScheduleRow): ScheduledSceneFacts {
  return {
    id: r.id,
    number: r.number,
    episode: r.episode,
    shootDate: r.shoot_date,
    callTime: r.call_time,
    location: r.location,
  };
}

/** A schedule row with the scene's intimacy types, for the dashboard's coming days. */
export type UpcomingSceneRow = ScheduleRow & { intimacy_types: string };

/** The column list that yields UpcomingSceneRow. */
export const UPCOMING_SCENE_COLUMNS = `${SCHEDULE_COLUMNS}, intimacy_types`;

/** An UpcomingSceneRow as a scheduled scene with its intimacy types parsed. */
export function upcomingSceneFromRow(r: UpcomingSceneRow): ScheduledSceneFacts & {
  intimacyTypes: Scene['intimacyTypes'];
} {
  return { ...scheduleFromRow(r), intimacyTypes: JSON.parse(r.intimacy_types) as Scene['intimacyTypes'] };
}

/** The `scene` columns the on-set day shows (its shoot date is the day asked for). */
export type OnSetSceneRow = Omit<ScheduleRow, 'shoot_date'> & {
  intimacy_types: string;
  monitors_restricted_to: string;
  closed_set: string;
};

/** The column list that yields OnSetSceneRow. */
export const ONSET_SCENE_COLUMNS =
  'id, number, episode, call_time, location, intimacy_types, monitors_restricted_to, closed_set';

/** An OnSetSceneRow by name, its JSON lists parsed. */
export function onSetSceneFromRow(r: OnSetSceneRow): {
  id: string;
  number: string;
  episode: string;
  callTime: string | null;
  location: string;
  intimacyTypes: Scene['intimacyTypes'];
  monitorsRestrictedTo: string;
  closedSet: string[];
} {
  return {
    id: r.id,
    number: r.number,
    episode: r.episode,
    callTime: r.call_time,
    location: r.location,
    intimacyTypes: JSON.parse(r.intimacy_types) as Scene['intimacyTypes'],
    monitorsRestrictedTo: r.monitors_restricted_to,
    closedSet: JSON.parse(r.closed_set) as string[],
  };
}

/** The `scene` columns readiness weighs (aliased `s`), read for many scenes at once. */
export type ReadinessSceneRow = Pick<
  SceneRow,
  | 'id'
  | 'intimacy_types'
  | 'story_context'
  | 'director_intent'
  | 'audience_sees'
  | 'risk_level'
  | 'mitigation'
  | 'closed_set'
  | 'ic_present'
>;

/** The column list that yields ReadinessSceneRow from `scene s` (the shoot date keeps the read's index order). */
export const READINESS_SCENE_COLUMNS = `s.id, s.shoot_date, s.intimacy_types, s.story_context, s.director_intent,
  s.audience_sees, s.risk_level, s.mitigation, s.closed_set, s.ic_present`;

/** A ReadinessSceneRow as the readiness rules take it: JSON lists parsed, the IC flag from 0/1. */
export function readinessSceneFromRow(r: ReadinessSceneRow): ReadinessScene {
  return {
    id: r.id,
    intimacyTypes: JSON.parse(r.intimacy_types) as Scene['intimacyTypes'],
    storyContext: r.story_context,
    directorIntent: r.director_intent,
    audienceSees: r.audience_sees,
    riskLevel: r.risk_level,
    mitigation: r.mitigation,
    closedSet: JSON.parse(r.closed_set) as string[],
    icPresent: r.ic_present === 1,
  };
}

/** Shoot dates aggregated from `scene`: how many scenes a day and its earliest call. */
export interface ShootDateRow {
  shoot_date: string;
  n: number;
  first_call: string | null;
}

/** A ShootDateRow as a shoot day, its first call placed in the production's time zone. */
export function shootDayFromRow(
  r: ShootDateRow,
  timeZone: string,
): { date: string; sceneCount: number; firstCallAt: string | null } {
  return { date: r.shoot_date, sceneCount: r.n, firstCallAt: callInstant(r.shoot_date, r.first_call, timeZone) };
}

/** A `scene_performer` row with the person's name (`sp.scene_id, sp.person_id, sp.nudity, sp.simulated_sex, p.name`). */
export interface CastRow {
  scene_id: string;
  person_id: string;
  name: string;
  nudity: NudityLevel;
  simulated_sex: number;
}

/** A performer as the consent rules judge them: who, and what the scene asks of them. */
export interface CastFact {
  personId: string;
  name: string;
  nudity: NudityLevel;
  simulatedSex: boolean;
}

/** The one mapping from a CastRow to a CastFact, with its scene for grouping. */
export function castFromRow(r: CastRow): { sceneId: string; performer: CastFact } {
  return {
    sceneId: r.scene_id,
    performer: { personId: r.person_id, name: r.name, nudity: r.nudity, simulatedSex: r.simulated_sex === 1 },
  };
}

/**
 * A CastRow with the performer's own call on the scene's shoot day, if the call sheet gives one
 * (`s.shoot_date, pc.call_time AS performer_call` from a LEFT JOIN of performer_call).
 */
/** A CastRow with the performer's cast entry (`m.role, m.character_name`, null when not cast). */
export type CastMemberRow = CastRow & { role: MemberRole | null; character_name: string | null };

/** A CastMemberRow as a CastFact with the role and character name on set. */
export function castMemberFromRow(r: CastMemberRow): {
  sceneId: string;
  performer: CastFact;
  role: MemberRole | null;
  characterName: string;
} {
  return { ...castFromRow(r), role: r.role, characterName: r.character_name ?? '' };
}

/** A CastRow with what readiness needs to judge minors (`m.role, p.date_of_birth, p.is_minor, s.shoot_date`). */
export type ReadinessCastRow = CastRow & {
  role: MemberRole | null;
  date_of_birth: string | null;
  is_minor: number;
  shoot_date: string | null;
};

/** A ReadinessCastRow as a readiness performer, minor status judged on the scene's shoot date. */
export function readinessCastFromRow(r: ReadinessCastRow): { sceneId: string; performer: ReadinessPerformer } {
  return {
    sceneId: r.scene_id,
    performer: {
      personId: r.person_id,
      name: r.name,
      role: r.role,
      isMinorOnShootDate: isMinorOn({ dateOfBirth: r.date_of_birth, isMinor: r.is_minor === 1 }, r.shoot_date),
      nudity: r.nudity,
      simulatedSex: r.simulated_sex === 1,
    },
  };
}

/** A ReadinessCastRow with the performer's own call that day (`pc.call_time AS performer_call`). */
export type NoticeCastRow = ReadinessCastRow & { performer_call: string | null };

/** A NoticeCastRow as a readiness performer with the performer's call placed in the production's time zone. */
export function noticeCastFromRow(
  r: NoticeCastRow,
  timeZone: string,
): { sceneId: string; performer: ReadinessPerformer & { callAt: string | null } } {
  const { sceneId, performer } = readinessCastFromRow(r);
  return { sceneId, performer: { ...performer, callAt: callInstant(r.shoot_date, r.performer_call, timeZone) } };
}

/** A performer's name and role in a scene (`sp.scene_id, p.id AS person_id, p.name, m.role`). */
export type RosterRow = Pick<CastRow, 'scene_id' | 'person_id' | 'name'> & { role: MemberRole | null };

/** A RosterRow by name, with its scene for grouping. */
export function rosterFromRow(r: RosterRow): {
  sceneId: string;
  performer: { personId: string; name: string; role: MemberRole | null };
} {
  return { sceneId: r.scene_id, performer: { personId: r.person_id, name: r.name, role: r.role } };
}

/** A performer as costume names them in a scene (`sp.person_id, p.name, character_name`). */
export interface CostumeCastRow {
  person_id: string;
  name: string;
  character_name: string;
}

/** A CostumeCastRow by name. */
export function costumeCastFromRow(r: CostumeCastRow): { personId: string; name: string; characterName: string } {
  return { personId: r.person_id, name: r.name, characterName: r.character_name };
}

/** A scene of a shoot day with one of its performers, or none (`s.id, s.call_time, s.location, m.person_id, m.character_name`). */
export interface DayCallRow {
  id: string;
  call_time: string | null;
  location: string;
  person_id: string | null;
  character_name: string | null;
}

/** A DayCallRow by name, for the pull list's call times and character names. */
export function dayCallFromRow(r: DayCallRow): {
  sceneId: string;
  personId: string | null;
  callTime: string | null;
  location: string;
  characterName: string | null;
} {
  return {
    sceneId: r.id,
    personId: r.person_id,
    callTime: r.call_time,
    location: r.location,
    characterName: r.character_name,
  };
}

/** A `shoot_day` row. */
export interface ShootDayRow {
  production_id: string;
  shoot_date: string;
  day_number: string;
  crew_call: string | null;
}

/** A `performer_call` row with the person's name and cast number (`pc.*, p.name, m.cast_number`). */
export interface PerformerCallRow {
  production_id: string;
  shoot_date: string;
  person_id: string;
  call_time: string;
  name: string;
  cast_number: string | null;
}

/** The SELECT that yields PerformerCallRow; callers add their WHERE (on `pc`) and order. */
export const PERFORMER_CALL_SELECT = `SELECT pc.production_id, pc.shoot_date, pc.person_id, pc.call_time, p.name, m.cast_number
  FROM performer_call pc JOIN person p ON p.id = pc.person_id
  LEFT JOIN production_member m ON m.person_id = pc.person_id AND m.production_id = pc.production_id`;

/** A PerformerCallRow by name, the call placed in the production's time zone. */
export function performerCallFromRow(
  r: PerformerCallRow,
  timeZone: string,
): { date: string; personId: string; name: string; castNumber: string; callTime: string; callAt: string } {
  return {
    date: r.shoot_date,
    personId: r.person_id,
    name: r.name,
    castNumber: r.cast_number ?? '',
    callTime: r.call_time,
    callAt: callInstant(r.shoot_date, r.call_time, timeZone) ?? '',
  };
}

/** A ShootDayRow by name (performer calls are read separately). */
export function shootDayRowFromRow(r: ShootDayRow): { date: string; dayNumber: string; crewCall: string | null } {
  return { date: r.shoot_date, dayNumber: r.day_number, crewCall: r.crew_call };
}
