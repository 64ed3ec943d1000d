-- The garment kinds every vault is seeded with carry one fixed date, the catalog's own, instead of
-- the moment each vault was created: the same seeded record is then the same in every vault, and a
-- JSON export imported into an empty vault exports again identically. Only kinds never edited
-- (created = updated) are restamped; an edited kind keeps its history.
UPDATE garment_type
SET created_at = '2026-01-01T00:00:00.000Z', updated_at = '2026-01-01T00:00:00.000Z'
WHERE id LIKE '0000000000GARMENTTYPE%' AND created_at = updated_at;
