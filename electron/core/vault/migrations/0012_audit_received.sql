-- Audit entries appended from a handoff package keep their hash (so the two vaults' chains still
-- match), and are marked here as received: who wrote them is the other vault's word, not this one's.
-- Like `seq`, the mark is local and outside the hash.
ALTER TABLE audit_entry ADD COLUMN received_in TEXT;
