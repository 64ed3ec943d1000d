-- A consent check-in made on set (the pre-roll checklist) lands in the performer's rider check-in
-- log too. It remembers the scene and shoot day it was made for, so un-checking the item finds it.
-- Check-ins are consent history: never deleted, never edited. A check-in recorded by mistake (an
-- item un-checked on set) is voided: the row stays, with when and why it was voided.
ALTER TABLE consent_checkin ADD COLUMN scene_id TEXT REFERENCES scene (id);
ALTER TABLE consent_checkin ADD COLUMN shoot_date TEXT;
ALTER TABLE consent_checkin ADD COLUMN voided_at TEXT;
ALTER TABLE consent_checkin ADD COLUMN void_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX consent_checkin_by_scene_day ON consent_checkin (scene_id, shoot_date);

CREATE TRIGGER consent_checkin_is_fixed BEFORE UPDATE ON consent_checkin
WHEN NEW.id IS NOT OLD.id OR NEW.rider_id IS NOT OLD.rider_id OR NEW.version IS NOT OLD.version
  OR NEW.kind IS NOT OLD.kind OR NEW.at IS NOT OLD.at OR NEW.who IS NOT OLD.who
  OR NEW.outcome IS NOT OLD.outcome OR NEW.note IS NOT OLD.note OR NEW.scene_id IS NOT OLD.scene_id
  OR NEW.shoot_date IS NOT OLD.shoot_date OR (OLD.voided_at IS NOT NULL AND NEW.voided_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'a consent check-in is never edited; void it and record a new one');
END;
