import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDemand } from '../../../shared/garments/pull';
import {
  applyTransitions,
  availableFor,
  type Balances,
  bucketKey,
  type Care,
  FREE_LOT,
  figures,
  MOVEMENT_KINDS,
  type MovementRequest,
  planMovement,
  totalDelta,
} from '../../../shared/garments/stock';

const PEOPLE = ['P1', 'P2', 'P3'];

/** An independent model: every unit tracked one by one, with who wore it and who holds it. */
interface Unit {
  state: 'store' | 'issued' | 'laundry';
  wornBy: string | null;
  holder: string | null;
}

function modelApply(units: Unit[], req: MovementRequest): Unit[] | null {
  const q = req.quantity;
  const p = req.personId ?? null;
  const lot = p;
  // Washable and shared units stay in their wearer's lot once worn; single-use ones are used up.
  const washable = req.care !== 'single-use';
  const take = (pred: (u: Unit) => boolean, n: number): number[] | null => {
    const idx = units.flatMap((u, i) => (pred(u) ? [i] : []));
    return idx.length >= n ? idx.slice(0, n) : null;
  };
  if (q <= 0 && req.kind !== 'counted') return null;
  if ((req.kind === 'issued' || req.kind === 'returned') && !p) return null;
  if (p && !washable && ['laundry-out', 'laundry-back', 'discarded', 'counted'].includes(req.kind)) return null;
  // Single-use units never go back to stock; only shared units are sanitised, and only someone's.
  if (req.kind === 'returned' && !washable) return null;
  if (req.kind === 'sanitised' && (req.care !== 'shared' || !p)) return null;
  const next = units.map((u) => ({ ...u }));
  switch (req.kind) {
    case 'received':
      if (p) return null;
      for (let i = 0; i < q; i++) next.push({ state: 'store', wornBy: null, holder: null });
      return next;
    case 'issued': {
      const own = washable ? units.flatMap((u, i) => (u.state === 'store' && u.wornBy === p ? [i] : [])) : [];
      const free = units.flatMap((u, i) => (u.state === 'store' && u.wornBy === null ? [i] : []));
      const pick = [...own, ...free].slice(0, q);
      if (pick.length < q) return null;
      for (const i of pick) next[i] = { state: 'issued', holder: p, wornBy: washable ? p : null };
      return next;
    }
    case 'returned': {
      const pick = take((u) => u.state === 'issued' && u.holder === p, q);
      if (!pick) return null;
      for (const i of pick) next[i] = { state: 'store', holder: null, wornBy: (next[i] as Unit).wornBy };
      return next;
    }
    case 'laundry-out':
    case 'laundry-back': {
      if (!washable && req.kind === 'laundry-out') return null;
      const from = req.kind === 'laundry-out' ? 'store' : 'laundry';
      const pick = take((u) => u.state === from && u.wornBy === lot, q);
      if (!pick) return null;
      for (const i of pick) (next[i] as Unit).state = from === 'store' ? 'laundry' : 'store';
      return next;
    }
    case 'consumed':
    case 'discarded': {
      const pick =
        req.kind === 'consumed' && p
          ? take((u) => u.state === 'issued' && u.holder === p, q)
          : take((u) => u.state === 'store' && u.wornBy === (req.kind === 'consumed' ? null : lot), q);
      if (!pick) return null;
      const drop = new Set(pick);
      return next.filter((_, i) => !drop.has(i));
    }
    case 'sanitised': {
      const pick = take((u) => u.state === 'store' && u.wornBy === p, q);
      if (!pick) return null;
      for (const i of pick) (next[i] as Unit).wornBy = null;
      return next;
    }
    case 'counted': {
      const here = units.flatMap((u, i) => (u.state === 'store' && u.wornBy === lot ? [i] : []));
      if (q >= here.length) {
        for (let i = here.length; i < q; i++) next.push({ state: 'store', wornBy: lot, holder: null });
        return next;
      }
      const drop = new Set(here.slice(0, here.length - q));
      return next.filter((_, i) => !drop.has(i));
    }
  }
}

function modelBalances(units: Unit[]): Balances {
  const b: Balances = {};
  for (const u of units) {
    const k = bucketKey(u.state, u.state === 'issued' ? (u.holder as string) : (u.wornBy ?? FREE_LOT));
    b[k] = (b[k] ?? 0) + 1;
  }
  return b;
}

const nonZero = (b: Balances): Balances => Object.fromEntries(Object.entries(b).filter(([, v]) => v !== 0));

// Weighted so that sequences build real stock: receipts, issues and returns are common, and most
// quantities are small enough to succeed, so the interesting paths (worn lots, laundry) are reached.
const kind = fc.oneof(
  { arbitrary: fc.constantFrom('received' as const, 'issued' as const, 'returned' as const), weight: 6 },
  { arbitrary: fc.constant('sanitised' as const), weight: 1 },
  { arbitrary: fc.constantFrom(...MOVEMENT_KINDS), weight: 4 },
);
const request = (care: Care) =>
  fc.record({
    kind,
    quantity: fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 8 },
      { arbitrary: fc.integer({ min: 0, max: 8 }), weight: 2 },
    ),
    care: fc.constant(care),
    personId: fc.oneof(
      { arbitrary: fc.constantFrom(...PEOPLE), weight: 3 },
      { arbitrary: fc.constant(null), weight: 1 },
    ),
  });

describe('stock arithmetic (property tests)', () => {
  for (const care of ['washable', 'single-use', 'shared'] as const) {
    it(`any sequence of ${care} movements keeps the figures consistent, non-negative and equal to a unit-by-unit model`, () => {
      fc.assert(
        fc.property(fc.array(request(care), { maxLength: 60 }), (reqs) => {
          let b: Balances = {};
          let units: Unit[] = [];
          let net = 0;
          for (const req of reqs) {
            const plan = planMovement(b, req, 'Item');
            const modelNext = modelApply(units, req);
            expect(plan.ok).toBe(modelNext !== null);
            if (!plan.ok) {
              expect(plan.reason.length).toBeGreaterThan(0);
              continue;
            }
            for (const t of plan.transitions) {
              // Never shared: a unit goes to a performer only from the unworn lot or their own.
              if (t.toState === 'issued') expect([FREE_LOT, t.toLot]).toContain(t.fromLot);
              net += totalDelta(t);
            }
            b = applyTransitions(b, plan.transitions);
            units = modelNext as Unit[];
            for (const v of Object.values(b)) expect(v).toBeGreaterThanOrEqual(0);
            expect(nonZero(b)).toEqual(modelBalances(units));
            const f = figures(b);
            expect(f.total).toBe(f.onHand + f.issued + f.inLaundry);
            expect(f.total).toBe(net);
            expect(f.total).toBe(units.length);
            expect(f.available).toBeLessThanOrEqual(f.onHand);
            for (const p of PEOPLE) expect(availableFor(b, p)).toBeGreaterThanOrEqual(f.available);
          }
        }),
        { numRuns: 400 },
      );
    });
  }

  it('refuses with figures in the reason', () => {
    const plan = planMovement(
      { 'store|': 2, 'store|P2': 3 },
      { kind: 'issued', quantity: 4, care: 'washable', personId: 'P1' },
      'Pouch · M',
      'Ana',
    );
    expect(plan).toMatchObject({ ok: false, detail: { available: 2, wornByOthers: 3 } });
    if (!plan.ok)
      expect(plan.reason).toMatch(
        /Cannot issue 4 units of Pouch · M to Ana: only 2 available.*never issued to another/,
      );
  });

  it('a stock take records the difference', () => {
    const plan = planMovement({ 'store|': 5 }, { kind: 'counted', quantity: 3, care: 'single-use' }, 'Tape');
    expect(plan).toEqual({
      ok: true,
      counted: 3,
      transitions: [{ quantity: 2, fromState: 'store', fromLot: '', toState: 'none', toLot: '' }],
    });
  });
});

describe('shoot-day demand', () => {
  it('draws washable units once per performer across days and single-use units every day', () => {
    const supply = new Map([
      ['W', { available: 1, own: {} }],
      ['S', { available: 3, own: {} }],
    ]);
    const line = (key: string, day: string, variantId: string, personId: string, care: Care, outstanding = 1) => ({
      key,
      day,
      variantId,
      personId,
      care,
      outstanding,
    });
    const plan = planDemand(
      [
        line('w1', '2026-12-01', 'W', 'A', 'washable'),
        line('w2', '2026-12-02', 'W', 'A', 'washable'),
        line('w3', '2026-12-02', 'W', 'B', 'washable'),
        line('s1', '2026-12-01', 'S', 'A', 'single-use', 2),
        line('s2', '2026-12-02', 'S', 'A', 'single-use', 2),
      ],
      supply,
    );
    expect(plan.get('w1')).toEqual({ fromOwn: 0, fromFree: 1, short: 0 });
    expect(plan.get('w2')).toEqual({ fromOwn: 1, fromFree: 0, short: 0 });
    expect(plan.get('w3')).toEqual({ fromOwn: 0, fromFree: 0, short: 1 });
    expect(plan.get('s1')).toEqual({ fromOwn: 0, fromFree: 2, short: 0 });
    expect(plan.get('s2')).toEqual({ fromOwn: 0, fromFree: 1, short: 1 });
  });

  it('never draws more than is available (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.constantFrom('2026-12-01', '2026-12-02', '2026-12-03'),
            personId: fc.constantFrom(...PEOPLE),
            outstanding: fc.integer({ min: 0, max: 4 }),
            care: fc.constantFrom<Care>('washable', 'single-use'),
          }),
          { maxLength: 30 },
        ),
        fc.integer({ min: 0, max: 10 }),
        (raw, available) => {
          const lines = raw.map((l, i) => ({ ...l, key: `k${i}`, variantId: l.care }));
          const plan = planDemand(
            lines,
            new Map([
              ['washable', { available, own: {} }],
              ['single-use', { available, own: {} }],
            ]),
          );
          for (const v of ['washable', 'single-use']) {
            const drawn = lines
              .filter((l) => l.variantId === v)
              .reduce((n, l) => n + (plan.get(l.key)?.fromFree ?? 0), 0);
            expect(drawn).toBeLessThanOrEqual(available);
          }
          for (const l of lines) {
            const p = plan.get(l.key);
            expect(p && p.fromOwn + p.fromFree + p.short).toBe(l.outstanding);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
