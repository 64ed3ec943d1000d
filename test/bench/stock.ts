// Modesty-garment stock for the benchmark's slate, and the stock figures. Imported by bench.ts for
// its effect: it registers a generator (catalog, scene needs, 100,000 ledger movements) and the
// figures to time.

import type { Db } from '../../electron/core/vault/connection';
import {
  applyTransitions,
  type Balances,
  type Care,
  type MovementKind,
  planMovement,
  type StockState,
} from '../../shared/garments/stock';
import { BASE_PRODUCTIONS, extraGenerators, type GeneratorContext } from './generate';
import { measures } from './measures';

/** Ledger rows (one per bucket transition) across the slate: the 100,000. */
export const LEDGER_MOVEMENTS = 100_000;
const VARIANTS = 48;
const SIZES = ['XS', 'S', 'M', 'L', 'XL'];
const TONES = ['Warm beige', 'Deep brown', 'Light', 'Olive'];

interface VariantInfo {
  id: string;
  care: Care;
}

/** The catalog is vault-wide: one set of variants over the seeded garment types. */
function fillCatalog(db: Db, ctx: GeneratorContext): VariantInfo[] {
  const types = db.prepare('SELECT id, kind FROM garment_type ORDER BY id').all() as { id: string; kind: string }[];
  const ins = db.prepare(
    `INSERT INTO garment_variant (id, type_id, code, size, skin_tone, material, adhesive_type, care, supplier,
       unit_cost_minor, currency, reorder_threshold, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, ?)`,
  );
  const out: VariantInfo[] = [];
  for (let i = 0; i < VARIANTS; i++) {
    const type = types[i % types.length] as { id: string; kind: string };
    const care: Care =
      type.kind === 'robe' || type.kind === 'barrier-padding' || i % 3 === 0 ? 'washable' : 'single-use';
    const id = ctx.nextId();
    const at = ctx.at(i);
    ins.run(
      id,
      type.id,
      `BN-${String(i + 1).padStart(3, '0')}`,
      SIZES[i % SIZES.length],
      TONES[i % TONES.length],
      care === 'washable' ? 'Cotton jersey' : 'Silicone',
      type.kind === 'adhesive' ? 'Medical silicone adhesive' : '',
      care,
      `Supplier ${1 + (i % 4)}`,
      450 + i * 35,
      4 + (i % 5),
      at,
      at,
    );
    out.push({ id, care });
  }
  return out;
}

interface Cast {
  sceneId: string;
  personId: string;
  needsGarments: boolean;
}

function castOf(db: Db, productionId: string): Cast[] {
  return (
    db
      .prepare(
        `SELECT sp.scene_id, sp.person_id, (sp.nudity <> 'none' OR sp.simulated_sex = 1) AS needs FROM scene_performer sp
         JOIN scene s ON s.id = sp.scene_id WHERE s.production_id = ? ORDER BY s.shoot_date, sp.scene_id, sp.person_id`,
      )
      .all(productionId) as { scene_id: string; person_id: string; needs: number }[]
  ).map((r) => ({ sceneId: r.scene_id, personId: r.person_id, needsGarments: r.needs === 1 }));
}

interface Need {
  sceneId: string;
  personId: string;
  variant: VariantInfo;
}

/** Each performer with nudity or simulated sex in a scene needs one to three items for it. */
function fillNeeds(db: Db, ctx: GeneratorContext, productionId: string, cast: Cast[], variants: VariantInfo[]): Need[] {
  const ins = db.prepare(
    `INSERT INTO garment_need (id, production_id, scene_id, person_id, variant_id, quantity, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)`,
  );
  const needs: Need[] = [];
  for (const c of cast) {
    if (!c.needsGarments) continue;
    const items = 1 + Math.floor(ctx.rand() * 3);
    const first = Math.floor(ctx.rand() * variants.length);
    for (let k = 0; k < items; k++) {
      const v = variants[(first + k * 7) % variants.length] as VariantInfo;
      const at = ctx.at(needs.length);
      ins.run(ctx.nextId(), productionId, c.sceneId, c.personId, v.id, 1 + (k === 0 ? 1 : 0), at, at);
      needs.push({ sceneId: c.sceneId, personId: c.personId, variant: v });
    }
  }
  return needs;
}

/** A lot of `state` holding stock in these balances, chosen at random; null when there is none. */
function lotWith(b: Balances, state: StockState, rand: () => number): string | null {
  const lots = Object.entries(b)
    .filter(([k, q]) => q > 0 && k.startsWith(`${state}|`))
    .map(([k]) => k.slice(state.length + 1));
  return lots.length === 0 ? null : (lots[Math.floor(rand() * lots.length)] as string);
}

/**
 * A production's ledger: a realistic stream of receipts, issues, returns, laundry round trips,
 * consumption and stock takes. Every movement is planned by the same rules as `stock.record`
 * (`planMovement` on the running balances), so nothing is ever negative or shared between
 * performers; the rows go in with one prepared insert, and the balance trigger keeps the sums.
 * Movements have no audit entries here: the slate's 50,000 audit entries are generated separately.
 */
function fillLedger(
  db: Db,
  ctx: GeneratorContext,
  productionId: string,
  cast: Cast[],
  needs: Need[],
  variants: VariantInfo[],
  target: number,
): number {
  const ins = db.prepare(
    `INSERT INTO garment_movement (id, production_id, variant_id, kind, quantity, from_state, from_lot, to_state, to_lot,
       person_id, scene_id, counted, allergy_acknowledged, note, at, created_at, updated_at)
     VALUES (@id, @productionId, @variantId, @kind, @quantity, @fromState, @fromLot, @toState, @toLot,
       @personId, @sceneId, @counted, 0, '', @at, @at, @at)`,
  );
  const balances = new Map<string, Balances>(variants.map((v) => [v.id, {}]));
  let written = 0;
  let step = 0;
  while (written < target) {
    const r = ctx.rand();
    // Half the issues fill a scene's recorded need, so pull lists show items already issued.
    const need = r >= 0.22 && r < 0.37 && needs.length > 0 ? needs[Math.floor(ctx.rand() * needs.length)] : undefined;
    const v = need?.variant ?? (variants[Math.floor(ctx.rand() * variants.length)] as VariantInfo);
    const b = balances.get(v.id) as Balances;
    const c = need ?? (cast[Math.floor(ctx.rand() * cast.length)] as Cast);
    let kind: MovementKind;
    let quantity = 1;
    let personId: string | null = null;
    let sceneId: string | null = null;
    if (r < 0.22) {
      kind = 'received';
      quantity = 1 + Math.floor(ctx.rand() * 4);
    } else if (r < 0.52) {
      kind = 'issued';
      personId = c.personId;
      sceneId = c.sceneId;
    } else if (r < 0.72) {
      kind = 'returned';
      personId = lotWith(b, 'issued', ctx.rand);
    } else if (r < 0.82) {
      kind = 'laundry-out';
      personId = lotWith(b, 'store', ctx.rand) || null;
    } else if (r < 0.9) {
      kind = 'laundry-back';
      personId = lotWith(b, 'laundry', ctx.rand) || null;
    } else if (r < 0.98) {
      kind = 'consumed';
      personId = v.care === 'single-use' ? lotWith(b, 'issued', ctx.rand) : null;
    } else {
      kind = 'counted';
      const have = b['store|'] ?? 0;
      quantity = Math.max(0, have + Math.floor(ctx.rand() * 3) - 1);
    }
    if ((kind === 'returned' || (kind === 'consumed' && v.care === 'single-use')) && !personId) continue;
    const plan = planMovement(b, { kind, quantity, care: v.care, personId }, v.id);
    if (!plan.ok) continue;
    const at = ctx.at(step++);
    for (const t of plan.transitions) {
      if (written >= target) break;
      ins.run({
        id: ctx.nextId(),
        productionId,
        variantId: v.id,
        kind,
        ...t,
        personId,
        sceneId,
        counted: plan.counted,
        at,
      });
      written++;
    }
    balances.set(v.id, applyTransitions(b, plan.transitions));
  }
  // The trigger-kept balances must be exactly what the rules planned: a generator bug shows here, not
  // as a figure measured on impossible stock.
  const kept = db
    .prepare('SELECT variant_id, state, lot, quantity FROM garment_balance WHERE production_id = ? AND quantity <> 0')
    .all(productionId) as { variant_id: string; state: StockState; lot: string; quantity: number }[];
  const planned = [...balances.values()].reduce((n, b) => n + Object.values(b).filter((q) => q !== 0).length, 0);
  if (kept.length !== planned || kept.some((r) => balances.get(r.variant_id)?.[`${r.state}|${r.lot}`] !== r.quantity))
    throw new Error(`the generated ledger of ${productionId} disagrees with its trigger-kept balances`);
  return written;
}

function fillStock(db: Db, ctx: GeneratorContext): Record<string, number> {
  const variants = fillCatalog(db, ctx);
  let needs = 0;
  let movements = 0;
  for (const productionId of ctx.productionIds) {
    const cast = castOf(db, productionId);
    const productionNeeds = fillNeeds(db, ctx, productionId, cast, variants);
    needs += productionNeeds.length;
    // Spread evenly; the first productions take the remainder.
    // 5,000 movements per 1x production (100,000 over the 1x slate); the focus production of the
    // "prod" shape keeps a ledger as many times longer as it is bigger.
    const share = Math.round((LEDGER_MOVEMENTS / BASE_PRODUCTIONS) * ctx.weightOf(productionId));
    movements += fillLedger(db, ctx, productionId, cast, productionNeeds, variants, share);
  }
  return { garment_variant: variants.length, garment_need: needs, garment_movement: movements };
}

extraGenerators.push({ table: 'garment_movement', fill: fillStock });

measures.push(
  {
    name: "stock.pullList (a shoot day's pull list)",
    interactive: true,
    run: async ({ door, data }) => {
      const list = (await door.call('stock.pullList', {
        productionId: data.focusProductionId,
        date: data.focusShootDate,
      })) as { lines: unknown[] };
      if (list.lines.length === 0) throw new Error('the focus shoot day has no garment needs');
      return list;
    },
  },
  {
    name: "stock.list (a production's stock)",
    interactive: true,
    run: ({ door, data }) => door.call('stock.list', { productionId: data.focusProductionId }),
  },
);
