import { type Care, keepsWornLot } from './rules';

/**
 * Shoot-day demand against stock: which needs are covered and which are short. Pure, so the pull
 * list, the dashboard's outlook and the reorder list all agree on one answer.
 */

/** How a pull list marks a scene that cannot roll: costume holds the pull, and is not told why. */
export const ON_HOLD_LABEL = 'On hold - scene blocked';

export interface DemandLine {
  key: string;
  /** The shoot date, `YYYY-MM-DD`; lines are planned day by day in date order. */
  day: string;
  variantId: string;
  personId: string;
  /** Units still to issue (the need less what is already issued for that scene). */
  outstanding: number;
  care: Care;
}

export interface VariantSupply {
  /** Unworn units on hand: the pool every performer draws from. */
  available: number;
  /** Per performer, worn washable units of theirs that will be back in the store for the day. */
  own: Record<string, number>;
}

export interface LinePlan {
  fromOwn: number;
  fromFree: number;
  short: number;
}

/**
 * Walks the days in order. Single-use units are used up; washable units drawn from the unworn pool
 * become the performer's own, so later days draw on them first and only the rest on the pool.
 */
export function planDemand(
  lines: readonly DemandLine[],
  supply: ReadonlyMap<string, VariantSupply>,
): Map<string, LinePlan> {
  const free = new Map<string, number>();
  const granted = new Map<string, number>();
  const out = new Map<string, LinePlan>();
  const days = [...new Set(lines.map((l) => l.day))].sort();
  for (const day of days) {
    const groups = new Map<string, DemandLine[]>();
    for (const l of lines) {
      if (l.day !== day) continue;
      const g = `${l.variantId}|${l.personId}`;
      const list = groups.get(g);
      if (list) list.push(l);
      else groups.set(g, [l]);
    }
    for (const [g, group] of groups) {
      const first = group[0] as DemandLine;
      const s = supply.get(first.variantId);
      if (!free.has(first.variantId)) free.set(first.variantId, s?.available ?? 0);
      const demand = group.reduce((n, l) => n + Math.max(0, l.outstanding), 0);
      const ownCap = keepsWornLot(first.care) ? (s?.own[first.personId] ?? 0) + (granted.get(g) ?? 0) : 0;
      const own = Math.min(ownCap, demand);
      const pool = free.get(first.variantId) ?? 0;
      const draw = Math.min(demand - own, pool);
      free.set(first.variantId, pool - draw);
      if (keepsWornLot(first.care)) granted.set(g, (granted.get(g) ?? 0) + draw);
      let ownLeft = own;
      let drawLeft = draw;
      for (const l of group) {
        let need = Math.max(0, l.outstanding);
        const fromOwn = Math.min(ownLeft, need);
        ownLeft -= fromOwn;
        need -= fromOwn;
        const fromFree = Math.min(drawLeft, need);
        drawLeft -= fromFree;
        out.set(l.key, { fromOwn, fromFree, short: need - fromFree });
      }
    }
  }
  return out;
}
