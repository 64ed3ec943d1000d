-- A rider belongs to one performer in one production. Once one of its versions was sent, moving it
-- to another person or production would make that person appear to have agreed to terms they never
-- saw: the trigger refuses it even from outside the app (a handoff merge, a direct SQL update).
CREATE TRIGGER rider_sent_owner_is_fixed BEFORE UPDATE OF person_id, production_id ON rider
WHEN (NEW.person_id IS NOT OLD.person_id OR NEW.production_id IS NOT OLD.production_id)
  AND EXISTS (SELECT 1 FROM rider_version WHERE rider_id = OLD.id AND (sent_at IS NOT NULL OR signed_at IS NOT NULL))
BEGIN
  SELECT RAISE(ABORT, 'a rider that was sent or signed stays with its performer and production; make a new rider');
END;
