-- The append-only audit trail. Entries are chained by hash per production (each entry hashes the
-- one before it in the same production), so a production's history can travel in a handoff
-- package and still verify. Triggers stop casual edits; `verify` catches any that get through.
CREATE TABLE audit_entry (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  production_id TEXT NOT NULL DEFAULT '',
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  actor TEXT NOT NULL DEFAULT '',
  old_value TEXT,
  new_value TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX audit_by_entity ON audit_entry (entity, entity_id, seq);
CREATE INDEX audit_by_production ON audit_entry (production_id, seq);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
  SELECT RAISE(ABORT, 'audit entries are append-only');
END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
  SELECT RAISE(ABORT, 'audit entries are append-only');
END;
