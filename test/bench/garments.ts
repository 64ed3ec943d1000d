/**
 * Garment stock at scale: 100,000 ledger movements in one production (40 variants, 30 performers,
 * 60 shoot days), then the reads a costume department waits on. Run: `npx tsx test/bench/garments.ts`.
 * Movements go through `recordInTx` (the same rule check, ledger rows, trigger-kept balances and
 * audit entries as the `stock.record` command), in batches of 1,000 per transaction.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Core } from '../../electron/core/core';
import { recordInTx } from '../../electron/core/garments/stock';

const PASS = 'velvet-curtain-harbour-71';
const MOVEMENTS = Number(process.env.BENCH_MOVEMENTS ?? 100_000);

async function time<T>(label: string, fn: () => T | Promise<T>, runs = 5): Promise<T> {
  let result: T | undefined;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${ms[Math.floor(ms.length / 2)]?.toFixed(1)} ms  (min ${ms[0]?.toFixed(1)})`);
  return result as T;
}

const dir = mkdtempSync(path.join(tmpdir(), 'closed-set-bench-'));
try {
  const core = new Core({ home: path.join(dir, 'home'), door: 'test', documentsDir: dir });
  await core.run('vault.create', { path: path.join(dir, 'bench.closedset'), passphrase: PASS });
  const production = await core.run('production.create', {
    title: 'Bench',
    type: 'series',
    unionStatus: 'sag-aftra',
    timeZone: 'America/Vancouver',
    status: 'shooting',
  });
  const productionId = production.id;
  const people: string[] = [];
  for (let i = 0; i < 30; i++) {
    const p = await core.run('person.create', {
      name: `Performer ${i}`,
      sizes: { underwear: ['S', 'M', 'L'][i % 3] as string },
    });
    await core.run('member.add', { productionId, personId: p.id, role: 'performer' });
    people.push(p.id);
  }
  const types = await core.run('garment.typeList', {});
  const variants: { id: string; washable: boolean }[] = [];
  for (let i = 0; i < 40; i++) {
    const washable = i % 2 === 0;
    const v = await core.run('garment.variantCreate', {
      typeId: types[i % types.length]?.id as string,
      code: `B-${i}`,
      size: ['S', 'M', 'L'][i % 3] as string,
      care: washable ? 'washable' : 'single-use',
      supplier: `Supplier ${i % 4}`,
      unitCostMinor: 1000 + i,
      reorderThreshold: 5,
    });
    variants.push({ id: v.id, washable });
  }
  const scenes: string[] = [];
  for (let d = 0; d < 60; d++) {
    const date = new Date(Date.UTC(2027, 0, 4 + d)).toISOString().slice(0, 10);
    for (let s = 0; s < 3; s++) {
      const cast = [people[(d * 3 + s) % 30], people[(d * 3 + s + 7) % 30]] as string[];
      const scene = await core.run('scene.create', {
        productionId,
        number: `${d + 1}${'ABC'[s]}`,
        shootDate: date,
        callTime: `0${7 + s}:00`,
        performers: cast.map((personId) => ({ personId })),
      });
      scenes.push(scene.id);
      for (const personId of cast) {
        for (let k = 0; k < 2; k++) {
          const v = variants[(d + s + k * 5) % variants.length] as { id: string };
          await core.run('garment.needSet', { sceneId: scene.id, personId, variantId: v.id, quantity: 1 + k });
        }
      }
    }
  }

  // A realistic mix: receipts, issues, returns, laundry round trips, consumption and counts.
  const db = core.db();
  let rng = 42;
  const rand = (n: number) => {
    rng = (rng * 1103515245 + 12345) & 0x7fffffff;
    return rng % n;
  };
  let written = 0;
  let refused = 0;
  const t0 = performance.now();
  while (written < MOVEMENTS) {
    db.transaction(() => {
      for (let i = 0; i < 1000 && written < MOVEMENTS; i++) {
        const v = variants[rand(variants.length)] as { id: string; washable: boolean };
        const personId = people[rand(people.length)] as string;
        const sceneId = scenes[rand(scenes.length)] as string;
        const r = rand(10);
        const input =
          r < 3
            ? ({ kind: 'received', productionId, variantId: v.id, quantity: 1 + rand(4), note: '' } as const)
            : r < 6
              ? ({
                  kind: 'issued',
                  productionId,
                  variantId: v.id,
                  quantity: 1,
                  personId,
                  sceneId,
                  acknowledgeAllergy: false,
                  note: '',
                } as const)
              : r < 8
                ? ({
                    kind: 'returned',
                    productionId,
                    variantId: v.id,
                    quantity: 1,
                    personId,
                    sceneId,
                    note: '',
                  } as const)
                : r < 9 && v.washable
                  ? ({
                      kind: 'laundry-out',
                      productionId,
                      variantId: v.id,
                      quantity: 1,
                      personId: null,
                      note: '',
                    } as const)
                  : ({
                      kind: 'consumed',
                      productionId,
                      variantId: v.id,
                      quantity: 1,
                      personId: null,
                      sceneId: null,
                      note: '',
                    } as const);
        try {
          written += recordInTx(db, input).length;
        } catch {
          refused++;
        }
      }
    })();
  }
  const writeMs = performance.now() - t0;
  console.log(
    `${MOVEMENTS} movements written in ${(writeMs / 1000).toFixed(1)} s (${((writeMs * 1000) / MOVEMENTS).toFixed(0)} µs each; ${refused} refused by the rules)`,
  );

  const one = variants[0] as { id: string };
  await time('stock.record (one issue + return, via core)', async () => {
    await core.run('stock.record', { kind: 'received', productionId, variantId: one.id, quantity: 1 });
    await core.run('stock.record', { kind: 'consumed', productionId, variantId: one.id, quantity: 1 });
  });
  await time('stock.list (40 variants)', () => core.run('stock.list', { productionId }));
  const pull = await time('stock.pullList (one shoot day)', () =>
    core.run('stock.pullList', { productionId, date: '2027-01-20' }),
  );
  console.log(`  ${pull.lines.length} lines, ${pull.shortfalls.length} variants short`);
  await time('stock.outlook (next 5 shoot days)', () =>
    core.run('stock.outlook', { productionId, days: 5, from: '2027-01-10' }),
  );
  await time(
    'stock.outlook (next 60 shoot days)',
    () => core.run('stock.outlook', { productionId, days: 60, from: '2027-01-01' }),
    3,
  );
  await time('stock.ledger (newest 200)', () => core.run('stock.ledger', { productionId, limit: 200 }));
  await time('stock.series (one variant)', () => core.run('stock.series', { productionId, variantId: one.id }));
  await time('stock.exportCsv (whole ledger)', () => core.run('stock.exportCsv', { productionId, what: 'ledger' }), 1);
  const check = db
    .prepare(
      `SELECT count(*) AS n FROM (
         SELECT variant_id, state, lot, sum(q) AS q FROM (
           SELECT variant_id, from_state AS state, from_lot AS lot, -quantity AS q FROM garment_movement WHERE production_id = @p AND from_state <> 'none'
           UNION ALL SELECT variant_id, to_state, to_lot, quantity FROM garment_movement WHERE production_id = @p AND to_state <> 'none')
         GROUP BY variant_id, state, lot) l
       LEFT JOIN garment_balance b ON b.production_id = @p AND b.variant_id = l.variant_id AND b.state = l.state AND b.lot = l.lot
       WHERE coalesce(b.quantity, 0) <> l.q`,
    )
    .get({ p: productionId }) as { n: number };
  console.log(`balances that disagree with a full recount of the ledger: ${check.n}`);
  core.dispose();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
