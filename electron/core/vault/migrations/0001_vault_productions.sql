-- The vault itself: one row per fact about this file.
CREATE TABLE vault_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE production (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  type TEXT NOT NULL,
  company TEXT NOT NULL DEFAULT '',
  union_status TEXT NOT NULL,
  start_date TEXT,
  end_date TEXT,
  time_zone TEXT NOT NULL,
  status TEXT NOT NULL,
  notice_hours INTEGER NOT NULL DEFAULT 48,
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX production_by_title ON production (title COLLATE NOCASE);
