import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { newCore, PASS, tempDir, unlockedCore } from '../../helpers';
import { dumpVault, plantedProduction } from './fixture';

/** Two vaults that share a production with pillars and garments: A made it, B imported A's export. */
async function twoVaults() {
  const { core: a } = await unlockedCore();
  const planted = await plantedProduction(a);
  const b = newCore(tempDir());
  await b.run('vault.create', { path: path.join(tempDir(), 'b.closedset'), passphrase: PASS });
  await b.run('handoff.import', { path: await send(a, planted.production.id) });
  const [cover] = planted.garments.variants;
  return { a, b, planted, productionId: planted.production.id, cover: cover?.id ?? '' };
}

let n = 0;
async function send(from: Core, productionId: string): Promise<string> {
  const file = path.join(tempDir(), `binder-${++n}.json`);
  await from.run('handoff.export', { productionId, format: 'json', recipient: 'Other IC', path: file });
  return file;
}

const figures = async (core: Core, productionId: string) =>
  (await core.run('stock.list', { productionId })).map((r) => ({ code: r.variant.code, ...r.figures }));

describe('pillars and garments in a handoff', () => {
  it('an imported vault rebuilds the same stock figures, beats and flags from the ledger and versions', async () => {
    const { a, b, planted, productionId } = await twoVaults();
    expect(await figures(b, productionId)).toEqual(await figures(a, productionId));
    const scene = planted.scenes[0]?.id ?? '';
    expect(await b.run('beats.get', { sceneId: scene })).toEqual(await a.run('beats.get', { sceneId: scene }));
    expect(await b.run('beats.get', { sceneId: scene, version: 1 })).toEqual(
      await a.run('beats.get', { sceneId: scene, version: 1 }),
    );
    expect(await b.run('stock.pullList', { productionId, date: '2026-12-02' })).toEqual(
      await a.run('stock.pullList', { productionId, date: '2026-12-02' }),
    );
  });

  it('merging appends the other side’s beat versions and movements, never rewriting either history', async () => {
    const { a, b, planted, productionId, cover } = await twoVaults();
    const scene = planted.scenes[0]?.id ?? '';
    // Both coordinators save a version 3 of the same scene, and both record stock.
    await a.run('beats.save', { sceneId: scene, baseVersion: 2, note: 'A: reblocked', beats: [{ title: 'A only' }] });
    await b.run('beats.save', { sceneId: scene, baseVersion: 2, note: 'B: new angle', beats: [{ title: 'B only' }] });
    await a.run('stock.record', { productionId, kind: 'received', variantId: cover, quantity: 5 });
    await b.run('stock.record', { productionId, kind: 'received', variantId: cover, quantity: 7 });

    const plan = await a.run('handoff.inspect', { path: await send(b, productionId) });
    expect(plan.conflicts).toEqual([]);
    // Their new beats version is choreography the performers agreed to: listed, and applied once accepted.
    expect(plan.consentChanges.map((c) => [c.table, c.kind])).toEqual([
      ['beatVersion', 'added'],
      ['beat', 'added'],
    ]);
    await a.run('handoff.import', {
      path: await send(b, productionId),
      accept: plan.consentChanges.map((c) => c.id),
    });

    const versions = await a.run('beats.versions', { sceneId: scene });
    expect(versions.map((v) => [v.version, v.note])).toEqual(
      expect.arrayContaining([
        [3, 'A: reblocked'],
        [4, 'B: new angle'],
      ]),
    );
    expect((await a.run('beats.get', { sceneId: scene, version: 4 })).beats.map((x) => x.title)).toEqual(['B only']);
    const onHand = (await figures(a, productionId)).find((f) => f.code.startsWith('NC-'));
    // 6 planted (2 issued and returned) + 5 received by A + 7 received by B.
    expect(onHand?.onHand).toBe(18);

    // Sending the merged vault back to B adds A's version and movement there too, and nothing twice.
    const toB = await send(a, productionId);
    const backPlan = await b.run('handoff.inspect', { path: toB });
    await b.run('handoff.import', { path: toB, accept: backPlan.consentChanges.map((c) => c.id) });
    expect((await figures(b, productionId)).find((f) => f.code.startsWith('NC-'))?.onHand).toBe(18);
    const again = await a.run('handoff.inspect', { path: await send(b, productionId) });
    expect(again.counts.added).toBe(0);
  });

  it('refuses, naming the garment, a catalog variant whose code this vault already uses for another item', async () => {
    const { core: a } = await unlockedCore();
    const planted = await plantedProduction(a);
    const code = planted.garments.variants[0]?.code ?? '';
    const b = newCore(tempDir());
    await b.run('vault.create', { path: path.join(tempDir(), 'b.closedset'), passphrase: PASS });
    // B's costume department typed its own item under the same code before the handoff arrived.
    await b.run('garment.variantCreate', { typeId: '0000000000GARMENTTYPE00007', code, care: 'single-use' });
    const before = dumpVault(b.db());
    const result = await b.handle('handoff.import', { path: await send(a, planted.production.id) });
    expect(result.ok ? null : result.error.message).toMatch(
      new RegExp(`Cannot import Garment ${code}: this vault already has a different record`),
    );
    expect(dumpVault(b.db())).toBe(before);
  });

  it('refuses, and imports nothing, when appending their movements would take stock below zero', async () => {
    const { a, b, planted, productionId, cover } = await twoVaults();
    const [performer] = planted.people;
    const scene = planted.scenes[0]?.id ?? '';
    // Four unworn units in store on both sides. Each side moves all four out: together, more than there are.
    await a.run('stock.record', {
      productionId,
      kind: 'issued',
      variantId: cover,
      quantity: 4,
      personId: performer?.id ?? null,
      sceneId: scene,
    });
    await b.run('stock.record', { productionId, kind: 'discarded', variantId: cover, quantity: 4 });
    const file = await send(b, productionId);
    const before = dumpVault(a.db());
    const result = await a.handle('handoff.import', { path: file });
    expect(result.ok ? null : result.error.message).toMatch(/below zero/);
    expect(dumpVault(a.db())).toBe(before);
  });
});
