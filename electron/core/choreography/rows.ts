import type { Beat, BeatVersionInfo, Contact } from '../../../shared/choreography/schema';
import type { ReadinessBeat } from '../../../shared/readiness/rules';

/** A `beat_version` row as SQLite returns it, so every reader names the same columns. */
export interface BeatVersionRow {
  id: string;
  scene_id: string;
  version: number;
  note: string;
  created_at: string;
}

/** One saved version of a scene's beats, without its beats. */
export interface BeatVersion {
  id: string;
  sceneId: string;
  version: number;
  note: string;
  createdAt: string;
}

/** The one mapping from a `beat_version` row to a BeatVersion. */
export function beatVersionFromRow(r: BeatVersionRow): BeatVersion {
  return { id: r.id, sceneId: r.scene_id, version: r.version, note: r.note, createdAt: r.created_at };
}

/** A version's row with its beat count (`COUNT(*) AS n`), for the version list. */
export type BeatVersionCountRow = Pick<BeatVersionRow, 'version' | 'note' | 'created_at'> & { n: number };

/** A BeatVersionCountRow as the version list shows it. */
export function beatVersionInfoFromRow(r: BeatVersionCountRow): BeatVersionInfo {
  return { version: r.version, note: r.note, beatCount: r.n, savedAt: r.created_at };
}

/** A `beat` row as SQLite returns it, so every reader names the same columns. */
export interface BeatRow {
  version_id: string;
  id: string;
  position: number;
  title: string;
  performer_ids: string;
  contacts: string;
  body_position: string;
  camera_angle: string;
  on_screen: string;
  description: string;
}

/** The one mapping from a `beat` row to a Beat: performers and contacts from their JSON. */
export function beatFromRow(r: BeatRow): Beat {
  return {
    id: r.id,
    position: r.position,
    title: r.title,
    performerIds: JSON.parse(r.performer_ids) as string[],
    contacts: JSON.parse(r.contacts) as Contact[],
    bodyPosition: r.body_position,
    cameraAngle: r.camera_angle,
    onScreen: r.on_screen,
    description: r.description,
  };
}

/** The `beat` columns readiness reads for the latest version of many scenes, with the scene (`v.scene_id`). */
export type SceneBeatRow = Omit<BeatRow, 'version_id' | 'position' | 'title'> & { scene_id: string };

/** A beat as readiness and the consent flags check it, with its scene for grouping. */
export function readinessBeatFromRow(r: SceneBeatRow): { sceneId: string; beat: ReadinessBeat } {
  return {
    sceneId: r.scene_id,
    beat: {
      id: r.id,
      performerIds: JSON.parse(r.performer_ids) as string[],
      contacts: JSON.parse(r.contacts) as Contact[],
      bodyPosition: r.body_position,
      cameraAngle: r.camera_angle,
      onScreen: r.on_screen,
      description: r.description,
    },
  };
}
