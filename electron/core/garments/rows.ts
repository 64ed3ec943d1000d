import {
  ADHESIVE_KINDS,
  type Fitting,
  type GarmentKind,
  type GarmentType,
  type Movement,
  type Variant,
} from '../../../shared/garments/schema';
import { type MovementKind, type StockState, totalDelta } from '../../../shared/garments/stock';

/** Adhesive when the variant names an adhesive, or the item is tape or adhesive itself. */
export function isAdhesive(kind: GarmentKind, adhesiveType: string): boolean {
  const a = adhesiveType.trim().toLowerCase();
  return ADHESIVE_KINDS.includes(kind) || (a !== '' && a !== 'none');
}

/** A `garment_type` row with its live variant count, as TYPE_SELECT yields it. */
export interface TypeRow {
  id: string;
  name: string;
  kind: GarmentKind;
  size_key: string;
  notes: string;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
  variant_count: number;
}

/** The SELECT that yields TypeRow; callers add WHERE and ORDER BY (alias t). */
export const TYPE_SELECT = `SELECT t.*, (SELECT count(*) FROM garment_variant v WHERE v.type_id = t.id AND v.deleted_at IS NULL)
  AS variant_count FROM garment_type t`;

/** The one mapping from a TypeRow to a GarmentType. */
export function typeFromRow(r: TypeRow): GarmentType {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    sizeKey: r.size_key,
    notes: r.notes,
    variantCount: r.variant_count,
    deletedAt: r.deleted_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A `garment_variant` row with its type's name and kind, as VARIANT_SELECT yields it. */
export interface VariantRow {
  id: string;
  type_id: string;
  type_name: string;
  kind: GarmentKind;
  code: string;
  size: string;
  skin_tone: string;
  material: string;
  adhesive_type: string;
  care: Variant['care'];
  unit: Variant['unit'];
  supplier: string;
  unit_cost_minor: number;
  currency: string;
  reorder_threshold: number;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The SELECT that yields VariantRow; callers add WHERE and ORDER BY (aliases v, t). */
export const VARIANT_SELECT = `SELECT v.*, t.name AS type_name, t.kind FROM garment_variant v
  JOIN garment_type t ON t.id = v.type_id`;

/** The one mapping from a VariantRow to a Variant, with its display label and adhesive flag derived. */
export function variantFromRow(r: VariantRow): Variant {
  const label = [r.type_name, r.size, r.skin_tone, r.material].filter((s) => s !== '').join(' · ');
  return {
    id: r.id,
    typeId: r.type_id,
    typeName: r.type_name,
    kind: r.kind,
    code: r.code,
    size: r.size,
    skinTone: r.skin_tone,
    material: r.material,
    adhesiveType: r.adhesive_type,
    care: r.care,
    unit: r.unit,
    supplier: r.supplier,
    unitCostMinor: r.unit_cost_minor,
    currency: r.currency,
    reorderThreshold: r.reorder_threshold,
    label,
    isAdhesive: isAdhesive(r.kind, r.adhesive_type),
    deletedAt: r.deleted_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** What allergy warnings are judged on: a person's name, allergens and older allergy fields. */
export interface Wearer {
  name: string;
  adhesiveAllergy: boolean;
  allergies: string;
  allergens: readonly string[];
}

/** A `garment_need` row with its scene and performer, as NEED_SELECT yields it. */
export interface NeedRow {
  id: string;
  production_id: string;
  scene_id: string;
  scene_number: string;
  shoot_date: string | null;
  person_id: string;
  person_name: string;
  adhesive_allergy: number;
  allergies: string;
  allergens: string;
  variant_id: string;
  quantity: number;
  note: string;
  created_at: string;
  updated_at: string;
}

/** The SELECT that yields NeedRow; callers add WHERE and ORDER BY (aliases n, s, p). */
export const NEED_SELECT = `SELECT n.*, s.number AS scene_number, s.shoot_date, p.name AS person_name, p.adhesive_allergy,
  p.allergies, p.allergens FROM garment_need n JOIN scene s ON s.id = n.scene_id JOIN person p ON p.id = n.person_id`;

/** A need as stored, before its variant and the ledger's tally are looked up. */
export interface NeedFacts {
  id: string;
  productionId: string;
  sceneId: string;
  sceneNumber: string;
  shootDate: string | null;
  personId: string;
  personName: string;
  variantId: string;
  quantity: number;
  note: string;
  /** What allergy warnings are judged on. */
  wearer: Wearer;
  createdAt: string;
  updatedAt: string;
}

/** The one mapping from a NeedRow to NeedFacts, the allergy flag from 0/1. */
export function needFactsFromRow(r: NeedRow): NeedFacts {
  return {
    id: r.id,
    productionId: r.production_id,
    sceneId: r.scene_id,
    sceneNumber: r.scene_number,
    shootDate: r.shoot_date,
    personId: r.person_id,
    personName: r.person_name,
    variantId: r.variant_id,
    quantity: r.quantity,
    note: r.note,
    wearer: {
      name: r.person_name,
      adhesiveAllergy: r.adhesive_allergy === 1,
      allergies: r.allergies,
      allergens: JSON.parse(r.allergens) as string[],
    },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A `garment_balance` row (one bucket of one variant), as the stock figures read it. */
export interface BalanceRow {
  variant_id: string;
  state: StockState;
  lot: string;
  quantity: number;
}

/** A BalanceRow by name. */
export function balanceFromRow(r: BalanceRow): { variantId: string; state: StockState; lot: string; quantity: number } {
  return { variantId: r.variant_id, state: r.state, lot: r.lot, quantity: r.quantity };
}

/** A `garment_movement` row as SQLite returns it, so every reader names the same columns. */
export interface StoredMovementRow {
  seq: number;
  id: string;
  production_id: string;
  variant_id: string;
  kind: MovementKind;
  quantity: number;
  from_state: StockState | 'none';
  from_lot: string;
  to_state: StockState | 'none';
  to_lot: string;
  person_id: string | null;
  scene_id: string | null;
  counted: number | null;
  allergy_acknowledged: number;
  note: string;
  at: string;
  reverses: string | null;
}

/** A stock movement exactly as stored: what reversals mirror and the ledger export streams. */
export interface StoredMovement {
  seq: number;
  id: string;
  productionId: string;
  variantId: string;
  kind: MovementKind;
  quantity: number;
  fromState: StockState | 'none';
  fromLot: string;
  toState: StockState | 'none';
  toLot: string;
  personId: string | null;
  sceneId: string | null;
  counted: number | null;
  allergyAcknowledged: boolean;
  note: string;
  at: string;
  reverses: string | null;
}

/** The one mapping from a `garment_movement` row to a StoredMovement, the acknowledgement from 0/1. */
export function storedMovementFromRow(r: StoredMovementRow): StoredMovement {
  return {
    seq: r.seq,
    id: r.id,
    productionId: r.production_id,
    variantId: r.variant_id,
    kind: r.kind,
    quantity: r.quantity,
    fromState: r.from_state,
    fromLot: r.from_lot,
    toState: r.to_state,
    toLot: r.to_lot,
    personId: r.person_id,
    sceneId: r.scene_id,
    counted: r.counted,
    allergyAcknowledged: r.allergy_acknowledged === 1,
    note: r.note,
    at: r.at,
    reverses: r.reverses,
  };
}

/** What a ledger line shows beside the stored movement: names and the links of a reversal. */
export interface MovementNames {
  variantLabel: string;
  variantCode: string;
  personName: string | null;
  sceneNumber: string | null;
  reversesSeq: number | null;
  reversedBySeq: number | null;
}

/** A stored movement with its names as a ledger line, its effect on the total worked out. */
export function movementFromStored(m: StoredMovement, n: MovementNames): Movement {
  const delta = totalDelta({
    quantity: m.quantity,
    fromState: m.fromState,
    fromLot: '',
    toState: m.toState,
    toLot: '',
  });
  return {
    seq: m.seq,
    id: m.id,
    productionId: m.productionId,
    variantId: m.variantId,
    variantLabel: n.variantLabel,
    variantCode: n.variantCode,
    kind: m.kind,
    quantity: m.quantity,
    totalDelta: delta,
    fromState: m.fromState,
    toState: m.toState,
    personId: m.personId,
    personName: n.personName,
    sceneId: m.sceneId,
    sceneNumber: n.sceneNumber,
    counted: m.counted,
    allergyAcknowledged: m.allergyAcknowledged,
    note: m.note,
    at: m.at,
    reversesSeq: n.reversesSeq,
    reversedBySeq: n.reversedBySeq,
  };
}

/** A movement with its names joined in, as MOVEMENT_SELECT yields it. */
export type MovementRow = StoredMovementRow & {
  person_name: string | null;
  scene_number: string | null;
  variant_code: string;
  variant_label: string;
  reverses_seq: number | null;
  reversed_by_seq: number | null;
};

/** The SELECT that yields MovementRow; callers add WHERE and ORDER BY (alias m). */
export const MOVEMENT_SELECT = `SELECT m.*, p.name AS person_name, s.number AS scene_number, v.code AS variant_code,
  (SELECT o.seq FROM garment_movement o WHERE o.id = m.reverses) AS reverses_seq,
  (SELECT r.seq FROM garment_movement r WHERE r.reverses = m.id) AS reversed_by_seq,
  t.name || CASE WHEN v.size <> '' THEN ' · ' || v.size ELSE '' END
    || CASE WHEN v.skin_tone <> '' THEN ' · ' || v.skin_tone ELSE '' END
    || CASE WHEN v.material <> '' THEN ' · ' || v.material ELSE '' END AS variant_label
  FROM garment_movement m JOIN garment_variant v ON v.id = m.variant_id JOIN garment_type t ON t.id = v.type_id
  LEFT JOIN person p ON p.id = m.person_id LEFT JOIN scene s ON s.id = m.scene_id`;

/** The one mapping from a MovementRow to a ledger Movement. */
export function movementFromRow(r: MovementRow): Movement {
  return movementFromStored(storedMovementFromRow(r), {
    variantLabel: r.variant_label,
    variantCode: r.variant_code,
    personName: r.person_name,
    sceneNumber: r.scene_number,
    reversesSeq: r.reverses_seq,
    reversedBySeq: r.reversed_by_seq,
  });
}

/** The `garment_movement` columns the stock series replays (`quantity, from_state, from_lot, to_state, to_lot, at`). */
export type LedgerStepRow = Pick<
  StoredMovementRow,
  'quantity' | 'from_state' | 'from_lot' | 'to_state' | 'to_lot' | 'at'
>;

/** A LedgerStepRow by name. */
export function ledgerStepFromRow(
  r: LedgerStepRow,
): Pick<StoredMovement, 'quantity' | 'fromState' | 'fromLot' | 'toState' | 'toLot' | 'at'> {
  return {
    quantity: r.quantity,
    fromState: r.from_state,
    fromLot: r.from_lot,
    toState: r.to_state,
    toLot: r.to_lot,
    at: r.at,
  };
}

/** A `garment_fitting` row with its performer's name, skin tone and fitter preference, as FITTING_SELECT yields it. */
export interface FittingRow {
  id: string;
  production_id: string;
  person_id: string;
  person_name: string;
  fitter_preference: string;
  skin_tone: string;
  starts_at: string;
  place: string;
  fitter: string;
  note: string;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The SELECT that yields FittingRow; callers add WHERE and ORDER BY (aliases f, p). */
export const FITTING_SELECT = `SELECT f.*, p.name AS person_name, p.fitter_preference, p.skin_tone FROM garment_fitting f
  JOIN person p ON p.id = f.person_id`;

/** The one mapping from a FittingRow to a Fitting. */
export function fittingFromRow(r: FittingRow): Fitting {
  return {
    id: r.id,
    productionId: r.production_id,
    personId: r.person_id,
    personName: r.person_name,
    fitterPreference: r.fitter_preference,
    skinTone: r.skin_tone,
    startsAt: r.starts_at,
    place: r.place,
    fitter: r.fitter,
    note: r.note,
    deletedAt: r.deleted_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The ledger's tally of one scene, performer and variant (issued ever, still held). */
export interface TallyRow {
  scene_id: string;
  person_id: string | null;
  variant_id: string;
  issued: number;
  held: number;
}

export function tallyFromRow(r: TallyRow): {
  sceneId: string;
  personId: string | null;
  variantId: string;
  issued: number;
  held: number;
} {
  return { sceneId: r.scene_id, personId: r.person_id, variantId: r.variant_id, issued: r.issued, held: r.held };
}
