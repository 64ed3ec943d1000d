import { type DemandLine, type LinePlan, planDemand, type VariantSupply } from '../../../shared/garments/pull';
import { keepsWornLot } from '../../../shared/garments/rules';
import type { Outlook, PullLine, PullList, Variant } from '../../../shared/garments/schema';
import { type Balances, balanceOf, FREE_LOT, figures } from '../../../shared/garments/stock';
import { todayIn } from '../../../shared/kit/time';
import { rollGate } from '../../../shared/readiness/rules';
import { stmt } from '../kit/statements';
import { getPerson } from '../people/people';
import { getProduction } from '../productions/productions';
import { readinessOf } from '../readiness/readiness';
import { type DayCallRow, dayCallFromRow } from '../scenes/rows';
import type { Db } from '../vault/connection';
import { getVariant } from './catalog';
import { listNeeds } from './needs';
import { allBalances, isLow, stockRow } from './stock';

type NeedWithHeld = ReturnType<typeof listNeeds>[number];

export function shootDays(db: Db, productionId: string) {
  getProduction(db, productionId);
  const rows = stmt(
    db,
    `SELECT s.shoot_date AS date, group_concat(s.number, ', ') AS scenes,
         (SELECT count(*) FROM garment_need n JOIN scene s2 ON s2.id = n.scene_id
          WHERE s2.production_id = s.production_id AND s2.shoot_date = s.shoot_date AND s2.deleted_at IS NULL) AS needs
       FROM (SELECT * FROM scene WHERE production_id = ? AND deleted_at IS NULL AND shoot_date IS NOT NULL
             ORDER BY call_time, number COLLATE NOCASE) s
       GROUP BY s.shoot_date ORDER BY s.shoot_date`,
  ).all(productionId) as { date: string; scenes: string; needs: number }[];
  return rows.map((r) => ({ date: r.date, scenes: r.scenes.split(', '), needs: r.needs }));
}

/** Supply per variant for planning: the unworn pool, and each performer's worn washable units not in use. */
function supplyFor(balances: Map<string, Balances>, needs: readonly NeedWithHeld[]): Map<string, VariantSupply> {
  const supply = new Map<string, VariantSupply>();
  const heldFor = new Map<string, number>();
  for (const n of needs)
    heldFor.set(`${n.variant.id}|${n.personId}`, (heldFor.get(`${n.variant.id}|${n.personId}`) ?? 0) + n.held);
  for (const n of needs) {
    if (supply.has(n.variant.id)) continue;
    const b = balances.get(n.variant.id) ?? {};
    const own: Record<string, number> = {};
    if (keepsWornLot(n.variant.care)) {
      for (const m of needs) {
        if (m.variant.id !== n.variant.id || m.personId in own) continue;
        const p = m.personId;
        const lot = balanceOf(b, 'store', p) + balanceOf(b, 'laundry', p) + balanceOf(b, 'issued', p);
        own[p] = Math.max(0, lot - (heldFor.get(`${n.variant.id}|${p}`) ?? 0));
      }
    }
    supply.set(n.variant.id, { available: balanceOf(b, 'store', FREE_LOT), own });
  }
  return supply;
}

function demandOf(needs: readonly NeedWithHeld[]): DemandLine[] {
  return needs.map((n) => ({
    key: n.id,
    day: n.shootDate ?? '',
    variantId: n.variant.id,
    personId: n.personId,
    outstanding: Math.max(0, n.quantity - n.issued),
    care: n.variant.care,
  }));
}

function shortfallsOf(
  needs: readonly NeedWithHeld[],
  plan: Map<string, LinePlan>,
): { variant: Variant; short: number }[] {
  const by = new Map<string, { variant: Variant; short: number }>();
  for (const n of needs) {
    const short = plan.get(n.id)?.short ?? 0;
    if (short === 0) continue;
    const s = by.get(n.variant.id);
    if (s) s.short += short;
    else by.set(n.variant.id, { variant: n.variant, short });
  }
  return [...by.values()].sort((a, b) => a.variant.label.localeCompare(b.variant.label));
}

/**
 * The scenes that cannot roll (the shared roll gate says blocked): costume holds their pull. Only
 * the fact travels, never the reason, so the costume view learns nothing confidential.
 */
function onHold(db: Db, productionId: string, sceneIds: readonly string[]): Set<string> {
  if (sceneIds.length === 0) return new Set();
  return new Set(
    readinessOf(db, { productionId, sceneIds })
      .filter((r) => rollGate(r).state === 'blocked')
      .map((r) => r.sceneId),
  );
}

/** A shoot day's pull list: every scene's needs in call order, with what is issued and what is short. */
export function pullList(db: Db, productionId: string, date: string): PullList {
  getProduction(db, productionId);
  const meta = new Map(
    (
      stmt(
        db,
        `SELECT s.id, s.call_time, s.location, m.person_id, m.character_name FROM scene s
           LEFT JOIN scene_performer sp ON sp.scene_id = s.id
           LEFT JOIN production_member m ON m.person_id = sp.person_id AND m.production_id = s.production_id
           WHERE s.production_id = ? AND s.shoot_date = ? AND s.deleted_at IS NULL`,
      ).all(productionId, date) as DayCallRow[]
    )
      .map(dayCallFromRow)
      .map((r) => [`${r.sceneId}|${r.personId ?? ''}`, r]),
  );
  const needs = listNeeds(db, productionId, { dates: [date] });
  const plan = planDemand(demandOf(needs), supplyFor(allBalances(db, productionId), needs));
  const held = onHold(db, productionId, [...new Set(needs.map((n) => n.sceneId))]);
  const tones = new Map<string, string>();
  const toneOf = (personId: string): string => {
    let t = tones.get(personId);
    if (t === undefined) {
      t = getPerson(db, personId).skinTone;
      tones.set(personId, t);
    }
    return t;
  };
  const lines: PullLine[] = needs.map((n) => {
    const m = meta.get(`${n.sceneId}|${n.personId}`);
    const p = plan.get(n.id) ?? { fromOwn: 0, fromFree: 0, short: 0 };
    return {
      needId: n.id,
      sceneId: n.sceneId,
      sceneNumber: n.sceneNumber,
      callTime: m?.callTime ?? null,
      location: m?.location ?? '',
      personId: n.personId,
      personName: n.personName,
      characterName: m?.characterName ?? '',
      skinTone: toneOf(n.personId),
      variant: n.variant,
      quantity: n.quantity,
      issued: n.issued,
      held: n.held,
      outstanding: Math.max(0, n.quantity - n.issued),
      short: p.short,
      fromOwn: p.fromOwn,
      warnings: n.warnings,
      onHold: held.has(n.sceneId),
    };
  });
  lines.sort(
    (a, b) =>
      (a.callTime ?? '99').localeCompare(b.callTime ?? '99') ||
      a.sceneNumber.localeCompare(b.sceneNumber, undefined, { numeric: true }) ||
      a.personName.localeCompare(b.personName),
  );
  return { productionId, date, lines, shortfalls: shortfallsOf(needs, plan) };
}

/**
 * The next N shoot days from `from`: shortfalls per day (planned in date order, so a unit pulled on
 * Monday is not counted again on Tuesday), the variants below their threshold now, and a reorder
 * list per supplier that covers the shortfalls and brings each variant back to its threshold.
 */
export function outlook(db: Db, productionId: string, days: number, from?: string): Outlook {
  const production = getProduction(db, productionId);
  const start = from ?? todayIn(production.timeZone);
  const dates = shootDays(db, productionId)
    .map((d) => d.date)
    .filter((d) => d >= start)
    .slice(0, days);
  const needs = listNeeds(db, productionId, { dates });
  const balances = allBalances(db, productionId);
  const plan = planDemand(demandOf(needs), supplyFor(balances, needs));

  const variants = new Map<string, Variant>();
  for (const n of needs) variants.set(n.variant.id, n.variant);
  const lowRows = [];
  for (const id of new Set([...balances.keys()])) {
    const v = getVariant(db, id);
    const row = stockRow(v, balances.get(id) ?? {});
    if (row.low && !v.deletedAt) lowRows.push(row);
    if (!v.deletedAt) variants.set(id, v);
  }
  // Variants in the catalog with a threshold but no stock at all in this production are low too.
  for (const v of stmt(
    db,
    `SELECT id FROM garment_variant WHERE deleted_at IS NULL AND reorder_threshold > 0
     AND id NOT IN (SELECT variant_id FROM garment_balance WHERE production_id = ? AND quantity > 0)`,
  ).all(productionId) as { id: string }[]) {
    if (balances.has(v.id)) continue;
    const variant = getVariant(db, v.id);
    variants.set(v.id, variant);
    lowRows.push(stockRow(variant, {}));
  }

  const drawn = new Map<string, number>();
  const short = new Map<string, number>();
  for (const n of needs) {
    const p = plan.get(n.id);
    if (!p) continue;
    drawn.set(n.variant.id, (drawn.get(n.variant.id) ?? 0) + p.fromFree);
    short.set(n.variant.id, (short.get(n.variant.id) ?? 0) + p.short);
  }
  const groups = new Map<string, Outlook['reorder'][number]>();
  for (const v of variants.values()) {
    const available = figures(balances.get(v.id) ?? {}).available;
    const upcomingShort = short.get(v.id) ?? 0;
    const left = available - (drawn.get(v.id) ?? 0);
    const quantity = upcomingShort + Math.max(0, v.reorderThreshold - left);
    if (quantity === 0 || v.deletedAt) continue;
    const key = `${v.supplier}|${v.currency}`;
    let g = groups.get(key);
    if (!g) {
      g = { supplier: v.supplier, currency: v.currency, lines: [], totalMinor: 0 };
      groups.set(key, g);
    }
    const costMinor = quantity * v.unitCostMinor;
    g.lines.push({ variant: v, available, threshold: v.reorderThreshold, upcomingShort, quantity, costMinor });
    g.totalMinor += costMinor;
  }
  const reorder = [...groups.values()].sort(
    (a, b) => (a.supplier === '' ? 1 : 0) - (b.supplier === '' ? 1 : 0) || a.supplier.localeCompare(b.supplier),
  );
  for (const g of reorder) g.lines.sort((a, b) => a.variant.label.localeCompare(b.variant.label));
  return {
    days: dates.map((date) => ({
      date,
      shortfalls: shortfallsOf(
        needs.filter((n) => n.shootDate === date),
        plan,
      ),
    })),
    low: lowRows
      .filter((r) => isLow(r.variant, r.figures.available))
      .sort((a, b) => a.variant.label.localeCompare(b.variant.label)),
    reorder,
  };
}
