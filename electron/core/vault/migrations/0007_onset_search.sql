-- On set: the pre-roll checklist per scene per shoot day, and the break log.
-- A scene can be shot over several days, so a checklist belongs to (scene, shoot date).
-- Each mark is one row; a tap on set writes one row in one transaction, with the time.
-- person_id is '' for the scene-wide items and the performer's id for a consent check-in.
CREATE TABLE preroll_mark (
  scene_id TEXT NOT NULL REFERENCES scene (id),
  shoot_date TEXT NOT NULL,
  item TEXT NOT NULL CHECK (
    item IN ('closed-set', 'monitors', 'crew-briefed', 'garments-fitted', 'robe-person', 'consent-checkin')
  ),
  person_id TEXT NOT NULL DEFAULT '',
  done INTEGER NOT NULL CHECK (done IN (0, 1)),
  -- The robe person's name for 'robe-person'; empty otherwise.
  value TEXT NOT NULL DEFAULT '',
  -- When it was last checked (or unchecked): the time the coordinator tapped it.
  marked_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (scene_id, shoot_date, item, person_id)
) STRICT;
CREATE INDEX preroll_mark_by_date ON preroll_mark (shoot_date, scene_id);

-- A performer called a break. No reason is ever asked for; a note may be added later, if at all.
CREATE TABLE break_log (
  id TEXT PRIMARY KEY,
  production_id TEXT NOT NULL REFERENCES production (id),
  scene_id TEXT REFERENCES scene (id),
  shoot_date TEXT NOT NULL,
  person_id TEXT NOT NULL REFERENCES person (id),
  called_at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX break_log_by_day ON break_log (production_id, shoot_date, called_at);

-- Search: one row per searchable record, kept in step by triggers that the search registry
-- (electron/core/search/registry.ts) installs; the FTS5 index mirrors this table (external
-- content), so both live inside the encrypted file and change in the same transaction as the data.
CREATE TABLE search_doc (
  rowid INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  production_id TEXT,
  -- The record a hit opens within, e.g. the scene of a follow-up; NULL when it opens itself.
  parent_id TEXT,
  title TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  UNIQUE (kind, entity_id)
) STRICT;
CREATE INDEX search_doc_by_production ON search_doc (production_id);

CREATE VIRTUAL TABLE search_fts USING fts5(
  title, detail, body,
  content = 'search_doc', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN
  INSERT INTO search_fts (rowid, title, detail, body) VALUES (NEW.rowid, NEW.title, NEW.detail, NEW.body);
END;
CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN
  INSERT INTO search_fts (search_fts, rowid, title, detail, body)
  VALUES ('delete', OLD.rowid, OLD.title, OLD.detail, OLD.body);
END;
CREATE TRIGGER search_doc_au AFTER UPDATE ON search_doc BEGIN
  INSERT INTO search_fts (search_fts, rowid, title, detail, body)
  VALUES ('delete', OLD.rowid, OLD.title, OLD.detail, OLD.body);
  INSERT INTO search_fts (rowid, title, detail, body) VALUES (NEW.rowid, NEW.title, NEW.detail, NEW.body);
END;

-- Which registry (and schema version) the installed source triggers were generated from.
CREATE TABLE search_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
