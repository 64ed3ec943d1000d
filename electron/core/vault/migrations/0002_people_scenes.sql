-- People are vault-wide: a performer who works on two productions is typed once.
CREATE TABLE person (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  pronouns TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  representative TEXT NOT NULL DEFAULT '',
  date_of_birth TEXT,
  is_minor INTEGER NOT NULL DEFAULT 0 CHECK (is_minor IN (0, 1)),
  -- Garment sizes (sensitive): JSON object of size name -> value.
  sizes TEXT NOT NULL DEFAULT '{}',
  allergies TEXT NOT NULL DEFAULT '',
  adhesive_allergy INTEGER NOT NULL DEFAULT 0 CHECK (adhesive_allergy IN (0, 1)),
  notes TEXT NOT NULL DEFAULT '',
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX person_by_name ON person (name COLLATE NOCASE);

-- A person's part in one production: performer (with character), background, or crew (with department).
CREATE TABLE production_member (
  id TEXT PRIMARY KEY,
  production_id TEXT NOT NULL REFERENCES production (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  role TEXT NOT NULL CHECK (role IN ('performer', 'background', 'crew')),
  character_name TEXT NOT NULL DEFAULT '',
  department TEXT NOT NULL DEFAULT '',
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (production_id, person_id)
) STRICT;
CREATE INDEX production_member_by_person ON production_member (person_id);

-- The intimacy breakdown: one row per scene, context pillar included.
CREATE TABLE scene (
  id TEXT PRIMARY KEY,
  production_id TEXT NOT NULL REFERENCES production (id),
  number TEXT NOT NULL,
  episode TEXT NOT NULL DEFAULT '',
  -- Script length in eighths of a page (1 3/8 pages = 11).
  page_eighths INTEGER NOT NULL DEFAULT 0 CHECK (page_eighths >= 0),
  script_day TEXT NOT NULL DEFAULT '',
  -- Local calendar date and wall-clock time in the production's time zone.
  shoot_date TEXT,
  call_time TEXT,
  location TEXT NOT NULL DEFAULT '',
  -- JSON array of intimacy types.
  intimacy_types TEXT NOT NULL DEFAULT '[]',
  risk_level TEXT NOT NULL DEFAULT 'low' CHECK (risk_level IN ('low', 'medium', 'high')),
  mitigation TEXT NOT NULL DEFAULT '',
  -- JSON array of names: the closed-set list of essential people.
  closed_set TEXT NOT NULL DEFAULT '[]',
  monitors_restricted_to TEXT NOT NULL DEFAULT '',
  ic_present INTEGER NOT NULL DEFAULT 1 CHECK (ic_present IN (0, 1)),
  body_doubles TEXT NOT NULL DEFAULT '',
  story_context TEXT NOT NULL DEFAULT '',
  director_intent TEXT NOT NULL DEFAULT '',
  audience_sees TEXT NOT NULL DEFAULT '',
  -- JSON array of heightened-emotion flags (assault, birth, grief...).
  heightened_flags TEXT NOT NULL DEFAULT '[]',
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX scene_by_production ON scene (production_id, shoot_date, call_time);
CREATE UNIQUE INDEX scene_number_unique ON scene (production_id, number) WHERE deleted_at IS NULL;

-- Who is in a scene, and how much of them the camera sees.
CREATE TABLE scene_performer (
  scene_id TEXT NOT NULL REFERENCES scene (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  nudity TEXT NOT NULL DEFAULT 'none' CHECK (nudity IN ('none', 'implied', 'partial', 'full')),
  simulated_sex INTEGER NOT NULL DEFAULT 0 CHECK (simulated_sex IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (scene_id, person_id)
) STRICT;
CREATE INDEX scene_performer_by_person ON scene_performer (person_id);
