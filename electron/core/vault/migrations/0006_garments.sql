-- Modesty garments. The catalog (item types and their variants) is vault-wide: a nipple cover in
-- size M from a given supplier is the same product on every show, so a costume supervisor types it
-- once. Stock is per production: each show buys from its own budget and keeps its own kit, and a
-- unit worn on one show never moves to another.

CREATE TABLE garment_type (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- The field's kind of item; 'other' for anything a department adds.
  kind TEXT NOT NULL CHECK (kind IN ('strapless-thong', 'pouch', 'nipple-cover', 'genital-barrier', 'barrier-padding',
    'merkin', 'modesty-tape', 'adhesive', 'robe', 'other')),
  -- Which of a person's sizes (person.sizes key) picks this item's size; '' when one size fits all.
  size_key TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX garment_type_name ON garment_type (name COLLATE NOCASE) WHERE deleted_at IS NULL;

CREATE TABLE garment_variant (
  id TEXT PRIMARY KEY,
  type_id TEXT NOT NULL REFERENCES garment_type (id),
  -- The department's own code (or the supplier's), used by CSV import and on pull lists.
  code TEXT NOT NULL,
  size TEXT NOT NULL DEFAULT '',
  skin_tone TEXT NOT NULL DEFAULT '',
  material TEXT NOT NULL DEFAULT '',
  adhesive_type TEXT NOT NULL DEFAULT '',
  care TEXT NOT NULL CHECK (care IN ('single-use', 'washable')),
  supplier TEXT NOT NULL DEFAULT '',
  -- Money in integer minor units (cents) with its ISO 4217 currency: no floating-point pennies.
  unit_cost_minor INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost_minor >= 0),
  currency TEXT NOT NULL DEFAULT 'USD',
  -- Reorder when fewer than this many are available to issue; 0 never flags.
  reorder_threshold INTEGER NOT NULL DEFAULT 0 CHECK (reorder_threshold >= 0),
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX garment_variant_code ON garment_variant (code COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX garment_variant_by_type ON garment_variant (type_id);

-- The stock ledger: append-only. A movement moves `quantity` units of a variant from one bucket
-- (state, lot) to another; 'none' is outside the kit (the supplier, the bin). The lot is '' for
-- units nobody has worn, or the id of the performer a worn washable unit belongs to (and of the
-- performer holding an issued unit), so a worn item can only ever go back to the same performer.
CREATE TABLE garment_movement (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  production_id TEXT NOT NULL REFERENCES production (id),
  variant_id TEXT NOT NULL REFERENCES garment_variant (id),
  kind TEXT NOT NULL CHECK (kind IN ('received', 'issued', 'returned', 'laundry-out', 'laundry-back', 'consumed',
    'discarded', 'counted')),
  quantity INTEGER NOT NULL CHECK (quantity > 0 OR (quantity = 0 AND kind = 'counted')),
  from_state TEXT NOT NULL CHECK (from_state IN ('none', 'store', 'issued', 'laundry')),
  from_lot TEXT NOT NULL DEFAULT '',
  to_state TEXT NOT NULL CHECK (to_state IN ('none', 'store', 'issued', 'laundry')),
  to_lot TEXT NOT NULL DEFAULT '',
  person_id TEXT REFERENCES person (id),
  scene_id TEXT REFERENCES scene (id),
  -- A stock take: the number counted (the quantity is the difference it records).
  counted INTEGER,
  allergy_acknowledged INTEGER NOT NULL DEFAULT 0 CHECK (allergy_acknowledged IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
-- Covering the columns the stock series replays, so a variant's chart reads only this index.
CREATE INDEX garment_movement_by_variant ON garment_movement (production_id, variant_id, seq, quantity, from_state,
  from_lot, to_state, to_lot, at);
CREATE INDEX garment_movement_by_scene ON garment_movement (scene_id, person_id, variant_id) WHERE scene_id IS NOT NULL;
CREATE INDEX garment_movement_by_production ON garment_movement (production_id, seq);

CREATE TRIGGER garment_movement_no_update BEFORE UPDATE ON garment_movement
BEGIN
  SELECT RAISE(ABORT, 'stock movements are append-only: record a correcting movement instead');
END;
CREATE TRIGGER garment_movement_no_delete BEFORE DELETE ON garment_movement
BEGIN
  SELECT RAISE(ABORT, 'stock movements are append-only: record a correcting movement instead');
END;

-- Balances per bucket, kept by the database itself in the same statement as each movement: a
-- cache of the ledger's sums for fast pull lists, never written by the app. The CHECK is the
-- last line of the never-negative rule (the app refuses earlier, with a readable reason).
CREATE TABLE garment_balance (
  production_id TEXT NOT NULL,
  variant_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('store', 'issued', 'laundry')),
  lot TEXT NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity >= 0),
  PRIMARY KEY (production_id, variant_id, state, lot)
) STRICT, WITHOUT ROWID;

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

-- What each performer needs for a scene: which variant and how many.
CREATE TABLE garment_need (
  id TEXT PRIMARY KEY,
  production_id TEXT NOT NULL REFERENCES production (id),
  scene_id TEXT NOT NULL REFERENCES scene (id),
  person_id TEXT NOT NULL REFERENCES person (id),
  variant_id TEXT NOT NULL REFERENCES garment_variant (id),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (scene_id, person_id, variant_id)
) STRICT;
CREATE INDEX garment_need_by_production ON garment_need (production_id, scene_id);
CREATE INDEX garment_need_by_variant ON garment_need (variant_id);

-- The field's kinds of item, seeded with fixed ids so the same kind merges across vaults in a handoff.
INSERT INTO garment_type (id, name, kind, size_key, notes, created_at, updated_at) VALUES
  ('0000000000GARMENTTYPE00001', 'Strapless thong', 'strapless-thong', 'underwear', 'Skin-tone, padded or plain, held with tape or adhesive', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('0000000000GARMENTTYPE00002', 'Pouch', 'pouch', 'underwear', '', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('0000000000GARMENTTYPE00003', 'Nipple cover', 'nipple-cover', '', 'Silicone or fabric', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('0000000000GARMENTTYPE00004', 'Genital barrier or cup', 'genital-barrier', 'underwear', 'Required between performers for simulated sex', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('0000000000GARMENTTYPE00005', 'Barrier pillow or padding', 'barrier-padding', '', '', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('0000000000GARMENTTYPE00006', 'Merkin', 'merkin', '', '', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('0000000000GARMENTTYPE00007', 'Modesty tape', 'modesty-tape', '', 'Skin-safe tape, by the roll', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('0000000000GARMENTTYPE00008', 'Adhesive', 'adhesive', '', 'Medical-grade skin adhesive and remover', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
  ('0000000000GARMENTTYPE00009', 'Robe', 'robe', 'clothing', 'Handed over between takes by the named robe person', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
