-- A check-in can confirm only a signed, not-withdrawn rider version: nothing after a withdrawal may
-- read "confirmed". Judged at the check-in's own time, so history carried in a handoff (confirmed
-- while signed, withdrawn later) still lands. The core refuses first, with the reason in words.
CREATE TRIGGER consent_checkin_confirms_signed BEFORE INSERT ON consent_checkin
WHEN NEW.outcome = 'confirmed' AND NOT EXISTS (
  SELECT 1 FROM rider_version v
  WHERE v.rider_id = NEW.rider_id AND v.version = NEW.version AND v.signed_at IS NOT NULL
    AND v.signed_at <= NEW.at AND (v.withdrawn_at IS NULL OR v.withdrawn_at > NEW.at)
)
BEGIN
  SELECT RAISE(ABORT, 'a check-in can confirm only a signed, not withdrawn rider version');
END;
