-- Consent riders. No foreign key here cascades: deleting a scene or a person (soft deletes only)
-- never takes consent history with it, and a hard delete of a referenced row is refused.

-- Terms a coordinator reuses across a production's riders.
CREATE TABLE rider_template (
  id TEXT PRIMARY KEY,
  production_id TEXT NOT NULL REFERENCES production (id),
  name TEXT NOT NULL,
  -- JSON object: RiderTerms.
  terms TEXT NOT NULL,
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX rider_template_by_production ON rider_template (production_id);

-- One performer's rider in one production; its content lives in versions.
CREATE TABLE rider (
  id TEXT PRIMARY KEY,
  production_id TEXT NOT NULL REFERENCES production (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  title TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX rider_by_production ON rider (production_id, person_id);
CREATE INDEX rider_by_person ON rider (person_id);

-- Each version of a rider. Only the latest version can change, and only while it is a draft; once
-- sent, its terms and scenes are fixed, once signed its signature too (the triggers below refuse
-- any edit; the app never tries).
CREATE TABLE rider_version (
  id TEXT PRIMARY KEY,
  rider_id TEXT NOT NULL REFERENCES rider (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  status TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'signed', 'withdrawn')),
  -- JSON object: RiderTerms.
  terms TEXT NOT NULL,
  sent_at TEXT,
  signed_at TEXT,
  signature_kind TEXT CHECK (signature_kind IN ('drawn', 'typed')),
  -- A PNG data URL from the signature pad, for drawn signatures.
  signature_image TEXT,
  signed_name TEXT,
  witness TEXT,
  withdrawn_at TEXT,
  withdrawal_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (rider_id, version),
  CHECK (status = 'draft' OR sent_at IS NOT NULL),
  CHECK (status <> 'signed' OR (signed_at IS NOT NULL AND signature_kind IS NOT NULL AND witness IS NOT NULL))
) STRICT;

-- The scenes a version covers (part of what was signed).
CREATE TABLE rider_version_scene (
  version_id TEXT NOT NULL REFERENCES rider_version (id),
  scene_id TEXT NOT NULL REFERENCES scene (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (version_id, scene_id)
) STRICT;
CREATE INDEX rider_version_scene_by_scene ON rider_version_scene (scene_id);

-- Consent check-ins: at rehearsal, on the day of the shoot.
CREATE TABLE consent_checkin (
  id TEXT PRIMARY KEY,
  rider_id TEXT NOT NULL REFERENCES rider (id),
  version INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('rehearsal', 'shoot-day', 'fitting', 'other')),
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('confirmed', 'changed')),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX consent_checkin_by_rider ON consent_checkin (rider_id, at);

CREATE TRIGGER rider_version_sent_is_fixed BEFORE UPDATE ON rider_version
WHEN OLD.sent_at IS NOT NULL AND (
  NEW.terms IS NOT OLD.terms OR NEW.version IS NOT OLD.version OR NEW.rider_id IS NOT OLD.rider_id
  OR NEW.sent_at IS NOT OLD.sent_at OR NEW.status = 'draft'
)
BEGIN
  SELECT RAISE(ABORT, 'a sent or signed rider version is never edited; make a new version');
END;
CREATE TRIGGER rider_version_signed_is_fixed BEFORE UPDATE ON rider_version
WHEN OLD.signed_at IS NOT NULL AND (
  NEW.signed_at IS NOT OLD.signed_at OR NEW.signature_kind IS NOT OLD.signature_kind
  OR NEW.signature_image IS NOT OLD.signature_image OR NEW.signed_name IS NOT OLD.signed_name
  OR NEW.witness IS NOT OLD.witness OR NEW.status NOT IN ('signed', 'withdrawn')
)
BEGIN
  SELECT RAISE(ABORT, 'a signed rider version is never edited; make a new version');
END;
CREATE TRIGGER rider_version_withdrawal_is_final BEFORE UPDATE ON rider_version
WHEN OLD.status = 'withdrawn'
BEGIN
  SELECT RAISE(ABORT, 'a withdrawn rider version is never edited; make a new version');
END;
CREATE TRIGGER rider_version_no_delete BEFORE DELETE ON rider_version
WHEN OLD.sent_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'consent history is never deleted');
END;
CREATE TRIGGER rider_version_scene_signed_is_fixed BEFORE DELETE ON rider_version_scene
WHEN (SELECT sent_at FROM rider_version WHERE id = OLD.version_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the scenes of a sent or signed rider version are never changed');
END;
-- A handoff import brings a signed version's scene links with their original times (before it was
-- sent); only a link added after sending is a change to what was agreed.
CREATE TRIGGER rider_version_scene_signed_no_insert BEFORE INSERT ON rider_version_scene
WHEN NEW.created_at > (SELECT sent_at FROM rider_version WHERE id = NEW.version_id)
BEGIN
  SELECT RAISE(ABORT, 'the scenes of a sent or signed rider version are never changed');
END;
CREATE TRIGGER rider_no_delete BEFORE DELETE ON rider
BEGIN
  SELECT RAISE(ABORT, 'consent history is never deleted');
END;
CREATE TRIGGER consent_checkin_no_delete BEFORE DELETE ON consent_checkin
BEGIN
  SELECT RAISE(ABORT, 'consent history is never deleted');
END;
