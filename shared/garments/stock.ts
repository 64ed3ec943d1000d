import { type Care, careRefusal, keepsWornLot } from './rules';

/**
 * Stock arithmetic: the pure rules behind the garment ledger. A movement moves units of one variant
 * between buckets; a bucket is a state (in the store, issued to a performer, at the laundry) and a
 * lot ('' for units nobody has worn, or the id of the performer a worn washable unit belongs to;
 * issued units always sit in the lot of the performer holding them). Every figure the app shows is
 * a sum over these buckets, and every rule (never below zero, never shared) is decided here.
 */

export const STOCK_STATES = ['store', 'issued', 'laundry'] as const;
export type StockState = (typeof STOCK_STATES)[number];
export type Place = StockState | 'none';

export const MOVEMENT_KINDS = [
  'received',
  'issued',
  'returned',
  'laundry-out',
  'laundry-back',
  'consumed',
  'discarded',
  'counted',
  'sanitised',
] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const MOVEMENT_LABELS: Record<MovementKind, string> = {
  received: 'Received',
  issued: 'Issued',
  returned: 'Returned',
  'laundry-out': 'Sent to laundry',
  'laundry-back': 'Back from laundry',
  consumed: 'Consumed',
  discarded: 'Discarded',
  counted: 'Counted',
  sanitised: 'Sanitised',
};

export type { Care };

/** The unworn lot: units anyone may be given. */
export const FREE_LOT = '';

export interface Transition {
  quantity: number;
  fromState: Place;
  fromLot: string;
  toState: Place;
  toLot: string;
}

/** Units per bucket, keyed `state|lot`. Missing keys are zero. */
export type Balances = Record<string, number>;

export const bucketKey = (state: StockState, lot: string): string => `${state}|${lot}`;

export function balanceOf(b: Balances, state: StockState, lot: string): number {
  return b[bucketKey(state, lot)] ?? 0;
}

/** Applies transitions to a copy of the balances (a refused movement never gets here). */
export function applyTransitions(b: Balances, transitions: readonly Transition[]): Balances {
  const next: Balances = { ...b };
  for (const t of transitions) {
    if (t.fromState !== 'none') {
      const k = bucketKey(t.fromState, t.fromLot);
      next[k] = (next[k] ?? 0) - t.quantity;
    }
    if (t.toState !== 'none') {
      const k = bucketKey(t.toState, t.toLot);
      next[k] = (next[k] ?? 0) + t.quantity;
    }
  }
  return next;
}

export interface StockFigures {
  /** In the kit's store, worn or not. */
  onHand: number;
  /** With performers now. */
  issued: number;
  inLaundry: number;
  /** Everything the department holds: onHand + issued + inLaundry. */
  total: number;
  /** On hand and never worn: what can go to anyone. */
  available: number;
}

export function figures(b: Balances): StockFigures {
  let onHand = 0;
  let issued = 0;
  let inLaundry = 0;
  for (const [key, qty] of Object.entries(b)) {
    const state = key.slice(0, key.indexOf('|'));
    if (state === 'store') onHand += qty;
    else if (state === 'issued') issued += qty;
    else if (state === 'laundry') inLaundry += qty;
  }
  return { onHand, issued, inLaundry, total: onHand + issued + inLaundry, available: balanceOf(b, 'store', FREE_LOT) };
}

/** What one performer may be given now: the unworn units plus their own worn, laundered ones. */
export function availableFor(b: Balances, personId: string): number {
  return balanceOf(b, 'store', FREE_LOT) + balanceOf(b, 'store', personId);
}

export interface MovementRequest {
  kind: MovementKind;
  /** Units moved; for `counted`, the number counted. */
  quantity: number;
  care: Care;
  /** The performer issued to or returning; for laundry, discard and count, whose worn lot ('' or absent: unworn). */
  personId?: string | null;
}

export type MovementPlan =
  | { ok: true; transitions: Transition[]; counted: number | null }
  | { ok: false; reason: string; detail: Record<string, number | string> };

const units = (n: number): string => `${n} unit${n === 1 ? '' : 's'}`;

/**
 * Decides how a movement changes the buckets, or refuses it. `label` names the variant and `who`
 * the performer in the reason, so a refusal reads as a sentence a costume supervisor can act on.
 */
export function planMovement(
  b: Balances,
  req: MovementRequest,
  label: string,
  who = 'this performer',
  nameOf: (personId: string) => string = () => 'another performer',
): MovementPlan {
  const q = req.quantity;
  const person = req.personId ?? null;
  const lot = person ?? FREE_LOT;
  const refuse = (reason: string, detail: Record<string, number | string> = {}): MovementPlan => ({
    ok: false,
    reason,
    detail: { variant: label, quantity: q, ...detail },
  });
  const move = (fromState: Place, fromLot: string, toState: Place, toLot: string, quantity = q): MovementPlan => ({
    ok: true,
    transitions: [{ quantity, fromState, fromLot, toState, toLot }],
    counted: null,
  });
  if (!Number.isInteger(q) || q < 0 || (q === 0 && req.kind !== 'counted')) {
    return refuse(`The quantity must be a whole number above zero (got ${q}).`);
  }
  const needsPerson = req.kind === 'issued' || req.kind === 'returned';
  if (needsPerson && !person)
    return refuse(`Say which performer the ${label} is ${req.kind} ${req.kind === 'issued' ? 'to' : 'by'}.`);
  const wornBy = Object.entries(b)
    .filter(
      ([k, n]) =>
        k.startsWith('store|') && k !== bucketKey('store', FREE_LOT) && k !== bucketKey('store', lot) && n > 0,
    )
    .map(([k, n]) => ({ name: nameOf(k.slice('store|'.length)), quantity: n }));
  const careReason = careRefusal({ kind: req.kind, care: req.care, personId: person, quantity: q }, label, who, {
    freeOnHand: balanceOf(b, 'store', FREE_LOT),
    ownOnHand: person ? balanceOf(b, 'store', person) : 0,
    wornBy,
  });
  if (careReason) return refuse(careReason, { care: req.care });

  if (person && req.care === 'single-use' && !needsPerson && req.kind !== 'consumed') {
    return refuse(
      `${label} is single-use: worn units are consumed, so there is no performer's lot to ${req.kind === 'counted' ? 'count' : 'move'}.`,
    );
  }

  switch (req.kind) {
    case 'received':
      if (person) return refuse('Received stock is unworn: it cannot belong to a performer.');
      return move('none', FREE_LOT, 'store', FREE_LOT);
    case 'issued': {
      const p = person as string;
      const own = keepsWornLot(req.care) ? balanceOf(b, 'store', p) : 0;
      const free = balanceOf(b, 'store', FREE_LOT);
      if (own + free < q) {
        const onHand = figures(b).onHand;
        const wornByOthers = onHand - own - free;
        const shared =
          req.care === 'washable' && wornByOthers > 0
            ? ` ${units(wornByOthers)} more on hand were worn by other performers, and a washable item worn by one performer is never issued to another.`
            : '';
        return refuse(
          `Cannot issue ${units(q)} of ${label} to ${who}: only ${own + free} available to them (${free} unworn${req.care === 'washable' ? `, ${own} of their own` : ''}).${shared}`,
          { available: own + free, unworn: free, own, wornByOthers },
        );
      }
      // Their own laundered units go back to them first, so unworn stock stays free for others.
      const fromOwn = Math.min(own, q);
      const transitions: Transition[] = [];
      if (fromOwn > 0)
        transitions.push({ quantity: fromOwn, fromState: 'store', fromLot: p, toState: 'issued', toLot: p });
      if (q - fromOwn > 0)
        transitions.push({ quantity: q - fromOwn, fromState: 'store', fromLot: FREE_LOT, toState: 'issued', toLot: p });
      return { ok: true, transitions, counted: null };
    }
    case 'returned': {
      const p = person as string;
      const held = balanceOf(b, 'issued', p);
      if (held < q)
        return refuse(`Cannot return ${units(q)} of ${label} from ${who}: only ${held} issued to them.`, {
          issued: held,
        });
      // Single-use items never come back (the care rule refused that above); a worn one stays its wearer's.
      return move('issued', p, 'store', p);
    }
    case 'laundry-out': {
      if (!keepsWornLot(req.care)) return refuse(`${label} is single-use: it is never laundered.`);
      const have = balanceOf(b, 'store', lot);
      if (have < q)
        return refuse(`Cannot send ${units(q)} of ${label} to the laundry: only ${have} on hand in that lot.`, {
          onHand: have,
        });
      return move('store', lot, 'laundry', lot);
    }
    case 'laundry-back': {
      const have = balanceOf(b, 'laundry', lot);
      if (have < q)
        return refuse(`Cannot take ${units(q)} of ${label} back from the laundry: only ${have} are there.`, {
          inLaundry: have,
        });
      return move('laundry', lot, 'store', lot);
    }
    case 'consumed': {
      // Consumed by a performer: from what they were issued; otherwise used up from the store.
      const state: StockState = person ? 'issued' : 'store';
      const have = balanceOf(b, state, lot);
      if (have < q)
        return refuse(
          person
            ? `Cannot record ${units(q)} of ${label} as consumed by ${who}: only ${have} issued to them.`
            : `Cannot record ${units(q)} of ${label} as consumed: only ${have} unworn on hand.`,
          { have },
        );
      return move(state, lot, 'none', FREE_LOT);
    }
    case 'discarded': {
      const have = balanceOf(b, 'store', lot);
      if (have < q)
        return refuse(`Cannot discard ${units(q)} of ${label}: only ${have} on hand in that lot.`, { onHand: have });
      return move('store', lot, 'none', FREE_LOT);
    }
    case 'sanitised': {
      // Wiped clean after one performer: back among the units anyone may be given.
      const have = balanceOf(b, 'store', lot);
      if (have < q)
        return refuse(
          `Cannot record ${units(q)} of ${label} as sanitised after ${who}: only ${have} of theirs on hand.`,
          {
            onHand: have,
          },
        );
      return move('store', lot, 'store', FREE_LOT);
    }
    case 'counted': {
      const have = balanceOf(b, 'store', lot);
      const diff = q - have;
      const plan =
        diff > 0
          ? move('none', FREE_LOT, 'store', lot, diff)
          : diff < 0
            ? move('store', lot, 'none', FREE_LOT, -diff)
            : move('none', FREE_LOT, 'none', FREE_LOT, 0);
      return plan.ok ? { ...plan, counted: q } : plan;
    }
  }
}

/** The signed change a movement makes to the department's total holding. */
export function totalDelta(t: Transition): number {
  if (t.fromState === 'none' && t.toState !== 'none') return t.quantity;
  if (t.fromState !== 'none' && t.toState === 'none') return -t.quantity;
  return 0;
}
