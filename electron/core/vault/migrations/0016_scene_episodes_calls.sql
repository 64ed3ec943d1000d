-- A series holds Ep. 101 Sc. 4 and Ep. 102 Sc. 4: a scene is named by (episode, number) in its
-- production ('' for a feature's scenes, which have no episode). Every record is kept.
DROP INDEX scene_number_unique;
CREATE UNIQUE INDEX scene_episode_number_unique ON scene (production_id, episode, number) WHERE deleted_at IS NULL;

-- What an AD reads on a strip: INT/EXT, day or night, the set (the script's place) beside the
-- shooting location, the page the scene starts on, and whether the current schedule or script
-- omits it (omitted scenes are kept, with everything attached to them, and marked).
ALTER TABLE scene ADD COLUMN int_ext TEXT NOT NULL DEFAULT '' CHECK (int_ext IN ('', 'INT', 'EXT', 'INT/EXT'));
ALTER TABLE scene ADD COLUMN day_night TEXT NOT NULL DEFAULT '';
ALTER TABLE scene ADD COLUMN set_name TEXT NOT NULL DEFAULT '';
ALTER TABLE scene ADD COLUMN start_page TEXT NOT NULL DEFAULT '';
ALTER TABLE scene ADD COLUMN omitted INTEGER NOT NULL DEFAULT 0 CHECK (omitted IN (0, 1));

-- The cast ID number a schedule prints for a performer ("1", "2"...), per production.
ALTER TABLE production_member ADD COLUMN cast_number TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX production_member_cast_number ON production_member (production_id, cast_number)
  WHERE cast_number <> '' AND deleted_at IS NULL;

-- A shoot day from the call sheet: its crew call, separate from any scene's estimated time.
-- Local calendar date and wall-clock time in the production's time zone.
CREATE TABLE shoot_day (
  production_id TEXT NOT NULL REFERENCES production (id),
  shoot_date TEXT NOT NULL,
  day_number TEXT NOT NULL DEFAULT '',
  crew_call TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (production_id, shoot_date)
) STRICT;

-- Each performer's call on a shoot day (from the call sheet): notice is counted to this call.
CREATE TABLE performer_call (
  production_id TEXT NOT NULL REFERENCES production (id),
  shoot_date TEXT NOT NULL,
  person_id TEXT NOT NULL REFERENCES person (id),
  call_time TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (production_id, shoot_date, person_id)
) STRICT;
CREATE INDEX performer_call_by_person ON performer_call (person_id, shoot_date);
