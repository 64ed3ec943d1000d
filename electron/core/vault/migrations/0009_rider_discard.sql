-- Undo for riders and the stock ledger.

-- A rider drafted by mistake can be discarded (and restored) while it has never been sent. Once a
-- version went to the performer the rider is consent history: the trigger refuses to hide it even
-- if a caller skipped the service's own check.
ALTER TABLE rider ADD COLUMN deleted_at TEXT;
CREATE TRIGGER rider_sent_is_never_discarded BEFORE UPDATE OF deleted_at ON rider
WHEN NEW.deleted_at IS NOT NULL AND EXISTS (SELECT 1 FROM rider_version WHERE rider_id = NEW.id AND sent_at IS NOT NULL)
BEGIN
  SELECT RAISE(ABORT, 'a rider that was sent is consent history and is never discarded');
END;

-- The ledger stays append-only: taking a movement back appends its mirror image (same kind,
-- buckets swapped), linked here to the movement it reverses.
ALTER TABLE garment_movement ADD COLUMN reverses TEXT REFERENCES garment_movement (id);
CREATE INDEX garment_movement_reverses ON garment_movement (reverses) WHERE reverses IS NOT NULL;
