-- Costume as it is really handled. Care classes gain "shared" (wipe-clean pieces such as barrier
-- pillows, wedges and robes, which pass between performers only after a recorded "sanitised"
-- movement); variants count in units (piece, pair, roll, box); the comfort and hygiene kit is a kind
-- of item; a person's allergens are a list (fixed names or free text) beside the free-text
-- allergies, which stay as they were; skin tone and fitter preference are recorded as the costume
-- department records them; fittings are appointments. Tables whose CHECKs change are rebuilt with
-- every row and id kept (foreign keys are checked once, after the rebuild).

CREATE TABLE garment_type_new (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('strapless-thong', 'pouch', 'nipple-cover', 'genital-barrier', 'barrier-padding',
    'merkin', 'modesty-tape', 'adhesive', 'robe', 'comfort', 'other')),
  size_key TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
INSERT INTO garment_type_new (id, name, kind, size_key, notes, deleted_at, created_at, updated_at)
  SELECT id, name, kind, size_key, notes, deleted_at, created_at, updated_at FROM garment_type;
DROP TABLE garment_type;
ALTER TABLE garment_type_new RENAME TO garment_type;
CREATE UNIQUE INDEX garment_type_name ON garment_type (name COLLATE NOCASE) WHERE deleted_at IS NULL;

CREATE TABLE garment_variant_new (
  id TEXT PRIMARY KEY,
  type_id TEXT NOT NULL REFERENCES garment_type (id),
  code TEXT NOT NULL,
  size TEXT NOT NULL DEFAULT '',
  skin_tone TEXT NOT NULL DEFAULT '',
  material TEXT NOT NULL DEFAULT '',
  adhesive_type TEXT NOT NULL DEFAULT '',
  -- single-use: consumed by its wearer, never back to stock; washable: one performer's for good;
  -- shared: wipe-clean, to another performer only after a sanitised movement.
  care TEXT NOT NULL CHECK (care IN ('single-use', 'washable', 'shared')),
  -- What one counted unit is: a pair of nipple covers, a roll of tape, a box of wipes.
  unit TEXT NOT NULL DEFAULT 'piece' CHECK (unit IN ('piece', 'pair', 'roll', 'box')),
  supplier TEXT NOT NULL DEFAULT '',
  unit_cost_minor INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost_minor >= 0),
  currency TEXT NOT NULL DEFAULT 'USD',
  reorder_threshold INTEGER NOT NULL DEFAULT 0 CHECK (reorder_threshold >= 0),
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
INSERT INTO garment_variant_new (id, type_id, code, size, skin_tone, material, adhesive_type, care, unit, supplier,
    unit_cost_minor, currency, reorder_threshold, deleted_at, created_at, updated_at)
  SELECT v.id, v.type_id, v.code, v.size, v.skin_tone, v.material, v.adhesive_type, v.care,
    CASE t.kind WHEN 'nipple-cover' THEN 'pair' WHEN 'modesty-tape' THEN 'roll' ELSE 'piece' END,
    v.supplier, v.unit_cost_minor, v.currency, v.reorder_threshold, v.deleted_at, v.created_at, v.updated_at
  FROM garment_variant v JOIN garment_type t ON t.id = v.type_id;
DROP TABLE garment_variant;
ALTER TABLE garment_variant_new RENAME TO garment_variant;
CREATE UNIQUE INDEX garment_variant_code ON garment_variant (code COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX garment_variant_by_type ON garment_variant (type_id);

CREATE TABLE garment_movement_new (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  production_id TEXT NOT NULL REFERENCES production (id),
  variant_id TEXT NOT NULL REFERENCES garment_variant (id),
  kind TEXT NOT NULL CHECK (kind IN ('received', 'issued', 'returned', 'laundry-out', 'laundry-back', 'consumed',
    'discarded', 'counted', 'sanitised')),
  quantity INTEGER NOT NULL CHECK (quantity > 0 OR (quantity = 0 AND kind = 'counted')),
  from_state TEXT NOT NULL CHECK (from_state IN ('none', 'store', 'issued', 'laundry')),
  from_lot TEXT NOT NULL DEFAULT '',
  to_state TEXT NOT NULL CHECK (to_state IN ('none', 'store', 'issued', 'laundry')),
  to_lot TEXT NOT NULL DEFAULT '',
  person_id TEXT REFERENCES person (id),
  scene_id TEXT REFERENCES scene (id),
  counted INTEGER,
  allergy_acknowledged INTEGER NOT NULL DEFAULT 0 CHECK (allergy_acknowledged IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  reverses TEXT REFERENCES garment_movement (id)
) STRICT;
-- Copied before the balance trigger exists: the balances already hold these movements' sums.
INSERT INTO garment_movement_new (seq, id, production_id, variant_id, kind, quantity, from_state, from_lot, to_state,
    to_lot, person_id, scene_id, counted, allergy_acknowledged, note, at, created_at, updated_at, reverses)
  SELECT seq, id, production_id, variant_id, kind, quantity, from_state, from_lot, to_state, to_lot, person_id,
    scene_id, counted, allergy_acknowledged, note, at, created_at, updated_at, reverses
  FROM garment_movement ORDER BY seq;
DROP TABLE garment_movement;
ALTER TABLE garment_movement_new RENAME TO garment_movement;
CREATE INDEX garment_movement_by_variant ON garment_movement (production_id, variant_id, seq, quantity, from_state,
  from_lot, to_state, to_lot, at);
CREATE INDEX garment_movement_by_scene ON garment_movement (scene_id, person_id, variant_id) WHERE scene_id IS NOT NULL;
CREATE INDEX garment_movement_by_production ON garment_movement (production_id, seq);
CREATE INDEX garment_movement_reverses ON garment_movement (reverses) WHERE reverses IS NOT NULL;
CREATE TRIGGER garment_movement_no_update BEFORE UPDATE ON garment_movement
BEGIN
  SELECT RAISE(ABORT, 'stock movements are append-only: record a correcting movement instead');
END;
CREATE TRIGGER garment_movement_no_delete BEFORE DELETE ON garment_movement
BEGIN
  SELECT RAISE(ABORT, 'stock movements are append-only: record a correcting movement instead');
END;
CREATE TRIGGER garment_movement_balance AFTER INSERT ON garment_movement
BEGIN
  INSERT OR IGNORE INTO garment_balance (production_id, variant_id, state, lot, quantity)
    SELECT NEW.production_id, NEW.variant_id, NEW.from_state, NEW.from_lot, 0 WHERE NEW.from_state <> 'none';
  UPDATE garment_balance SET quantity = quantity - NEW.quantity
    WHERE production_id = NEW.production_id AND variant_id = NEW.variant_id AND state = NEW.from_state
      AND lot = NEW.from_lot;
  INSERT OR IGNORE INTO garment_balance (production_id, variant_id, state, lot, quantity)
    SELECT NEW.production_id, NEW.variant_id, NEW.to_state, NEW.to_lot, 0 WHERE NEW.to_state <> 'none';
  UPDATE garment_balance SET quantity = quantity + NEW.quantity
    WHERE production_id = NEW.production_id AND variant_id = NEW.variant_id AND state = NEW.to_state
      AND lot = NEW.to_lot;
END;

-- The comfort and hygiene kit, seeded with fixed ids like the other kinds of item.
INSERT OR IGNORE INTO garment_type (id, name, kind, size_key, notes, created_at, updated_at) VALUES
  ('0000000000GARMENTTYPE00010', 'Breath mints and spray', 'comfort', '', 'Comfort and hygiene kit', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('0000000000GARMENTTYPE00011', 'Period supplies', 'comfort', '', 'Comfort and hygiene kit', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('0000000000GARMENTTYPE00012', 'Wipes', 'comfort', '', 'Comfort and hygiene kit', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('0000000000GARMENTTYPE00013', 'Slippers', 'comfort', 'shoe', 'Comfort and hygiene kit', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));

-- A person's allergens: fixed names ('latex', 'acrylic-adhesive', 'silicone', 'zinc-oxide',
-- 'nickel', 'adhesive' for an adhesive allergy not yet narrowed down) or free text, as a JSON list.
-- Read from the free-text allergies and the adhesive flag, both of which stay untouched.
ALTER TABLE person ADD COLUMN allergens TEXT NOT NULL DEFAULT '[]';
ALTER TABLE person ADD COLUMN skin_tone TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN fitter_preference TEXT NOT NULL DEFAULT '';
UPDATE person SET allergens = (
  SELECT json_group_array(k) FROM (
    SELECT 'latex' AS k WHERE lower(person.allergies) LIKE '%latex%'
      AND lower(person.allergies) NOT LIKE '%latex-free%' AND lower(person.allergies) NOT LIKE '%latex free%'
    UNION ALL SELECT 'acrylic-adhesive' WHERE lower(person.allergies) LIKE '%acrylic%'
    UNION ALL SELECT 'silicone' WHERE lower(person.allergies) LIKE '%silicone%'
    UNION ALL SELECT 'zinc-oxide' WHERE lower(person.allergies) LIKE '%zinc%'
    UNION ALL SELECT 'nickel' WHERE lower(person.allergies) LIKE '%nickel%'
    UNION ALL SELECT 'adhesive' WHERE person.adhesive_allergy = 1 AND lower(person.allergies) NOT LIKE '%acrylic%'
      AND lower(person.allergies) NOT LIKE '%zinc%'
  )
);
UPDATE person SET skin_tone = coalesce(json_extract(sizes, '$."skin-tone"'), json_extract(sizes, '$.skintone'), '');

-- Fittings: appointments with a performer, listed on the dashboard and in the garment screens.
CREATE TABLE garment_fitting (
  id TEXT PRIMARY KEY,
  production_id TEXT NOT NULL REFERENCES production (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  -- Local date and time of the appointment, YYYY-MM-DDTHH:MM, in the production's time zone.
  starts_at TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  fitter TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX garment_fitting_by_production ON garment_fitting (production_id, starts_at);
