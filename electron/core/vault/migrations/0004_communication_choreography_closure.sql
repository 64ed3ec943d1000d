-- Communication pillar: one row per performer per production (body map, break signal, names).
CREATE TABLE body_map (
  id TEXT PRIMARY KEY,
  production_id TEXT NOT NULL REFERENCES production (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  -- JSON object: body area -> 'ok' | 'ask' | 'never'; an absent area has not been discussed.
  areas TEXT NOT NULL DEFAULT '{}',
  notes TEXT NOT NULL DEFAULT '',
  break_signal TEXT NOT NULL DEFAULT '',
  preferred_name TEXT NOT NULL DEFAULT '',
  -- JSON array of names: who to tell when plans change.
  notify TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (production_id, person_id)
) STRICT;

-- Meetings and check-ins with a performer: when, who, what was agreed.
CREATE TABLE check_in (
  id TEXT PRIMARY KEY,
  production_id TEXT NOT NULL REFERENCES production (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  scene_id TEXT REFERENCES scene (id),
  at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'check-in', 'rehearsal', 'call')),
  attendees TEXT NOT NULL DEFAULT '',
  agreed TEXT NOT NULL,
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX check_in_by_production ON check_in (production_id, person_id, at);

-- Choreography: every save makes a new version; versions are never edited, so history stays readable.
CREATE TABLE beat_version (
  id TEXT PRIMARY KEY,
  scene_id TEXT NOT NULL REFERENCES scene (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (scene_id, version)
) STRICT;

-- A beat keeps its id across versions, so a beat's history can be followed from version to version.
CREATE TABLE beat (
  version_id TEXT NOT NULL REFERENCES beat_version (id),
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  -- JSON array of person ids.
  performer_ids TEXT NOT NULL DEFAULT '[]',
  -- JSON array of {fromPersonId, toPersonId, area, means, confirmed}.
  contacts TEXT NOT NULL DEFAULT '[]',
  body_position TEXT NOT NULL DEFAULT '',
  camera_angle TEXT NOT NULL DEFAULT '',
  on_screen TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (version_id, id),
  UNIQUE (version_id, position)
) STRICT;

CREATE TRIGGER beat_version_no_update BEFORE UPDATE ON beat_version
BEGIN
  SELECT RAISE(ABORT, 'beat versions are never edited; save a new version');
END;
CREATE TRIGGER beat_no_update BEFORE UPDATE ON beat
BEGIN
  SELECT RAISE(ABORT, 'beat versions are never edited; save a new version');
END;

-- Closure: per scene and per performer.
CREATE TABLE closure (
  id TEXT PRIMARY KEY,
  scene_id TEXT NOT NULL REFERENCES scene (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  -- JSON array of practices: tag-out, de-roling, cool-down, debrief-conversation, other.
  practices TEXT NOT NULL DEFAULT '[]',
  practice_note TEXT NOT NULL DEFAULT '',
  debrief TEXT NOT NULL DEFAULT '',
  next_shoot_notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (scene_id, person_id)
) STRICT;

CREATE TABLE follow_up (
  id TEXT PRIMARY KEY,
  scene_id TEXT NOT NULL REFERENCES scene (id),
  person_id TEXT REFERENCES person (id),
  description TEXT NOT NULL,
  -- Calendar date in the production's time zone.
  due_date TEXT NOT NULL,
  done_at TEXT,
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX follow_up_by_scene ON follow_up (scene_id, due_date);
CREATE INDEX follow_up_open ON follow_up (due_date) WHERE done_at IS NULL AND deleted_at IS NULL;
