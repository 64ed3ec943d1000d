-- Handoff bookkeeping. The common version of each record: what this vault last sent or received
-- in a handoff, by content hash. A merge compares both sides against it to tell "changed here",
-- "changed there" and "changed on both sides" (a conflict the user decides).
CREATE TABLE handoff_base (
  production_id TEXT NOT NULL,
  entity TEXT NOT NULL,
  record_key TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  record_updated_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (production_id, entity, record_key)
) STRICT;

-- When both vaults added audit entries since their common point, the chains fork. Ours stays the
-- production's chain; theirs is kept here verbatim (it verifies on its own from the shared entry).
CREATE TABLE handoff_audit_branch (
  import_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  production_id TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  -- The entry exactly as received, as JSON.
  entry TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (import_id, position)
) STRICT;
CREATE INDEX handoff_audit_branch_by_production ON handoff_audit_branch (production_id);
