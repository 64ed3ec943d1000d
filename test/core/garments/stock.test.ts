import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/trail';
import { seedDemo } from '../../../electron/core/productions/demo';
import { figures } from '../../../shared/garments/stock';
import { unlockedCore } from '../../helpers';
import { garmentFixture, THONG_TYPE } from './fixture';

describe('garment catalog', () => {
  it('is seeded with the field kinds and is editable', async () => {
    const { core } = await garmentFixture();
    const types = await core.run('garment.typeList', {});
    expect(types.map((t) => t.kind).sort()).toEqual(
      [
        'adhesive',
        'barrier-padding',
        'comfort',
        'comfort',
        'comfort',
        'comfort',
        'genital-barrier',
        'merkin',
        'modesty-tape',
        'nipple-cover',
        'pouch',
        'robe',
        'strapless-thong',
      ].sort(),
    );
    const renamed = await core.run('garment.typeUpdate', { id: THONG_TYPE, patch: { name: 'Thong (strapless)' } });
    expect(renamed.name).toBe('Thong (strapless)');
    expect(renamed.variantCount).toBe(2);
    const added = await core.run('garment.typeCreate', { name: 'Heat pack', kind: 'other' });
    await expect(core.run('garment.typeCreate', { name: 'heat PACK', kind: 'other' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await core.run('garment.typeDelete', { id: added.id });
    expect((await core.run('garment.typeList', {})).some((t) => t.id === added.id)).toBe(false);
  });

  it('refuses a duplicate code and a bad currency, naming the field', async () => {
    const { core } = await garmentFixture();
    await expect(
      core.run('garment.variantCreate', { typeId: THONG_TYPE, code: 'thg-m-tan', care: 'washable' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', issues: [{ path: 'code' }] });
    const res = await core.handle('garment.variantCreate', {
      typeId: THONG_TYPE,
      code: 'X1',
      care: 'washable',
      currency: 'XYZW',
      unitCostMinor: 12.5,
    });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.issues?.map((i) => i.path).sort()).toEqual(['currency', 'unitCostMinor']);
  });

  it("suggests the variant that fits the person's sizes first and sinks adhesive items for an allergy", async () => {
    const { core, ana, ben, cover } = await garmentFixture();
    const forAna = await core.run('garment.suggest', { personId: ana, typeId: THONG_TYPE });
    expect(forAna[0]?.variant.code).toBe('THG-M-TAN');
    expect(forAna[0]?.reasons.join(' ')).toMatch(/matches Ana Ferreira's underwear size/);
    const forBen = await core.run('garment.suggest', { personId: ben, typeId: THONG_TYPE });
    expect(forBen[0]?.variant.code).toBe('THG-S-TAN');
    const covers = await core.run('garment.suggest', { personId: ben, typeId: '0000000000GARMENTTYPE00003' });
    expect(covers.find((s) => s.variant.id === cover)?.warnings[0]).toMatch(/adhesive allergy/);
  });
});

describe('the stock ledger', () => {
  it('derives on hand, issued, in laundry and available from movements', async () => {
    const { core, productionId, ana, thongM, scene1 } = await garmentFixture();
    const rec = (input: Record<string, unknown>) =>
      core.run('stock.record', { productionId, variantId: thongM, ...input } as never);
    await rec({ kind: 'received', quantity: 6 });
    await rec({ kind: 'issued', quantity: 2, personId: ana, sceneId: scene1 });
    await rec({ kind: 'returned', quantity: 2, personId: ana, sceneId: scene1 });
    const last = await rec({ kind: 'laundry-out', quantity: 1, personId: ana });
    expect(last.stock.figures).toEqual({ onHand: 5, issued: 0, inLaundry: 1, total: 6, available: 4 });
    const counted = await rec({ kind: 'counted', counted: 3 });
    expect(counted.movements[0]).toMatchObject({ kind: 'counted', quantity: 1, counted: 3, totalDelta: -1 });
    expect(counted.stock.figures).toEqual({ onHand: 4, issued: 0, inLaundry: 1, total: 5, available: 3 });
    const ledger = await core.run('stock.ledger', { productionId });
    expect(ledger.map((m) => m.kind)).toEqual(['counted', 'laundry-out', 'returned', 'issued', 'received']);
    expect(verifyAudit(core.db(), productionId).ok).toBe(true);
  });

  it('refuses a movement that would go below zero, naming the variant and figures, and writes nothing', async () => {
    const { core, productionId, ana, cover } = await garmentFixture();
    await core.run('stock.record', { kind: 'received', productionId, variantId: cover, quantity: 2 });
    const before = await core.run('stock.ledger', { productionId });
    const res = await core.handle('stock.record', {
      kind: 'issued',
      productionId,
      variantId: cover,
      quantity: 3,
      personId: ana,
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
    if (!res.ok) expect(res.error.message).toMatch(/Nipple cover · Silicone \(NC-SIL\).*only 2 available/);
    const discard = await core.handle('stock.record', {
      kind: 'discarded',
      productionId,
      variantId: cover,
      quantity: 5,
    });
    expect(discard).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
    expect(await core.run('stock.ledger', { productionId })).toEqual(before);
  });

  it('the database itself refuses a negative balance and edits to the ledger', async () => {
    const { core, productionId, thongM } = await garmentFixture();
    await core.run('stock.record', { kind: 'received', productionId, variantId: thongM, quantity: 1 });
    const db = core.db();
    const now = new Date().toISOString();
    expect(() =>
      db
        .prepare(
          `INSERT INTO garment_movement (id, production_id, variant_id, kind, quantity, from_state, from_lot, to_state, to_lot,
           note, at, created_at, updated_at) VALUES ('01JZZZZZZZZZZZZZZZZZZZZZZZ', ?, ?, 'discarded', 2, 'store', '', 'none', '', '', ?, ?, ?)`,
        )
        .run(productionId, thongM, now, now, now),
    ).toThrow(/CHECK constraint/);
    expect(() => db.prepare('UPDATE garment_movement SET quantity = 9').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM garment_movement').run()).toThrow(/append-only/);
    const [row] = await core.run('stock.list', { productionId }).then((r) => r.filter((s) => s.variant.id === thongM));
    expect(row?.figures.onHand).toBe(1);
  });

  it('never issues a washable item worn by one performer to another, and says why', async () => {
    const { core, productionId, ana, ben, thongM } = await garmentFixture();
    await core.run('stock.record', { kind: 'received', productionId, variantId: thongM, quantity: 1 });
    await core.run('stock.record', { kind: 'issued', productionId, variantId: thongM, quantity: 1, personId: ana });
    await core.run('stock.record', { kind: 'returned', productionId, variantId: thongM, quantity: 1, personId: ana });
    const res = await core.handle('stock.record', {
      kind: 'issued',
      productionId,
      variantId: thongM,
      quantity: 1,
      personId: ben,
    });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/worn by other performers.*never issued to another/);
    // Ana gets her own back.
    const again = await core.run('stock.record', {
      kind: 'issued',
      productionId,
      variantId: thongM,
      quantity: 1,
      personId: ana,
    });
    expect(again.stock.figures.issued).toBe(1);
  });

  it('refuses an adhesive item for a performer with an adhesive allergy until the warning is acknowledged', async () => {
    const { core, productionId, ben, cover } = await garmentFixture();
    await core.run('stock.record', { kind: 'received', productionId, variantId: cover, quantity: 4 });
    const input = { kind: 'issued', productionId, variantId: cover, quantity: 1, personId: ben } as const;
    const res = await core.handle('stock.record', input);
    expect(res).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        issues: [{ path: 'acknowledgeAllergy' }],
        detail: { needsAcknowledgement: 'adhesive-allergy' },
      },
    });
    if (!res.ok)
      expect(res.error.message).toMatch(
        /Ben Okafor has an adhesive allergy\. Recorded: Zinc oxide tape\. Nipple cover · Silicone uses Medical adhesive\./,
      );
    const ok = await core.run('stock.record', { ...input, acknowledgeAllergy: true });
    expect(ok.movements[0]?.allergyAcknowledged).toBe(true);
  });

  it('gives a stock series per day for a chart', async () => {
    const { core, productionId, thongM } = await garmentFixture();
    await core.run('stock.record', { kind: 'received', productionId, variantId: thongM, quantity: 5 });
    await core.run('stock.record', { kind: 'discarded', productionId, variantId: thongM, quantity: 1 });
    const series = await core.run('stock.series', { productionId, variantId: thongM });
    expect(series).toHaveLength(1);
    expect(series[0]).toMatchObject({ onHand: 4, available: 4, issued: 0 });
  });
});

describe('needs, pull lists and the outlook', () => {
  it('builds a pull list across scenes with shortfalls, issues and returns from it', async () => {
    const { core, productionId, ana, ben, scene1, scene2, thongM, thongS, cover } = await garmentFixture();
    await core.run('garment.needSet', { sceneId: scene1, personId: ana, variantId: thongM, quantity: 1 });
    await core.run('garment.needSet', { sceneId: scene2, personId: ana, variantId: cover, quantity: 2 });
    await core.run('garment.needSet', { sceneId: scene1, personId: ben, variantId: thongS, quantity: 1 });
    await core.run('garment.needSet', { sceneId: scene2, personId: ben, variantId: cover, quantity: 2 });
    await core.run('stock.record', { kind: 'received', productionId, variantId: thongM, quantity: 3 });
    await core.run('stock.record', { kind: 'received', productionId, variantId: thongS, quantity: 1 });
    await core.run('stock.record', { kind: 'received', productionId, variantId: cover, quantity: 3 });

    const list = await core.run('stock.pullList', { productionId, date: '2026-12-03' });
    expect(list.lines.map((l) => `${l.sceneNumber} ${l.personName} ${l.variant.code}`)).toEqual([
      '12 Ana Ferreira THG-M-TAN',
      '12 Ben Okafor THG-S-TAN',
      '14A Ana Ferreira NC-SIL',
      '14A Ben Okafor NC-SIL',
    ]);
    expect(list.shortfalls).toEqual([
      expect.objectContaining({ short: 1, variant: expect.objectContaining({ id: cover }) }),
    ]);
    expect(list.lines[3]?.warnings[0]).toMatch(/adhesive allergy/);

    await core.run('stock.record', {
      kind: 'issued',
      productionId,
      variantId: thongM,
      quantity: 1,
      personId: ana,
      sceneId: scene1,
    });
    let after = await core.run('stock.pullList', { productionId, date: '2026-12-03' });
    expect(after.lines[0]).toMatchObject({ issued: 1, held: 1, outstanding: 0 });
    await core.run('stock.record', {
      kind: 'returned',
      productionId,
      variantId: thongM,
      quantity: 1,
      personId: ana,
      sceneId: scene1,
    });
    after = await core.run('stock.pullList', { productionId, date: '2026-12-03' });
    expect(after.lines[0]).toMatchObject({ issued: 1, held: 0, outstanding: 0 });

    const outlook = await core.run('stock.outlook', { productionId, days: 3, from: '2026-12-01' });
    expect(outlook.days).toEqual([{ date: '2026-12-03', shortfalls: [expect.objectContaining({ short: 1 })] }]);
    const supplier = outlook.reorder.find((g) => g.supplier === 'Second Skin Supply');
    const coverLine = supplier?.lines.find((l) => l.variant.id === cover);
    // 3 on hand, 4 needed: 1 short, and 4 more to get back to the threshold of 4.
    expect(coverLine).toMatchObject({ upcomingShort: 1, quantity: 5, costMinor: 5 * 650 });
    expect(outlook.low.map((r) => r.variant.id)).toContain(cover);
  });

  it('refuses a need for someone not in the scene', async () => {
    const { core, productionId, scene1, thongM } = await garmentFixture();
    const outsider = await core.run('person.create', { name: 'Cleo Marsh' });
    await core.run('member.add', { productionId, personId: outsider.id, role: 'performer' });
    await expect(
      core.run('garment.needSet', { sceneId: scene1, personId: outsider.id, variantId: thongM, quantity: 1 }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION', message: /Cleo Marsh is not in scene 12/ });
  });

  it('checks derived figures against the pure arithmetic', async () => {
    const { core, productionId, thongM } = await garmentFixture();
    await core.run('stock.record', { kind: 'received', productionId, variantId: thongM, quantity: 4 });
    const [row] = (await core.run('stock.list', { productionId })).filter((r) => r.variant.id === thongM);
    expect(row?.figures).toEqual(figures({ 'store|': 4 }));
    expect(row?.low).toBe(false);
  });
});

describe('the costume view', () => {
  it('refuses everything outside costume work in the core, and needs the passphrase to leave', async () => {
    const { core, productionId } = await garmentFixture();
    await core.run('session.setMode', { mode: 'costume' });
    const scenes = await core.handle('scene.list', { productionId });
    expect(scenes).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION', detail: { mode: 'costume' } } });
    expect(await core.handle('person.list', {})).toMatchObject({ ok: false });
    const performers = await core.run('garment.performers', { productionId });
    expect(performers.map((p) => Object.keys(p).sort())[0]).toEqual(
      [
        'adhesiveAllergy',
        'allergens',
        'allergies',
        'characterName',
        'fitterPreference',
        'name',
        'personId',
        'pronouns',
        'role',
        'sizes',
        'skinTone',
      ].sort(),
    );
    expect((await core.run('stock.pullList', { productionId, date: '2026-12-03' })).date).toBe('2026-12-03');
    await expect(core.run('session.setMode', { mode: 'full', passphrase: 'not-the-passphrase' })).rejects.toMatchObject(
      {
        code: 'WRONG_PASSPHRASE',
      },
    );
    expect((await core.run('session.status', {})).mode).toBe('costume');
    // A wrong guess makes the next attempt wait, even with the right passphrase.
    const early = await core.handle('session.setMode', { mode: 'full', passphrase: 'velvet-curtain-harbour-71' });
    expect(early).toMatchObject({ ok: false, error: { detail: { reason: 'rate-limited' } } });
    const wait = (early as unknown as { error: { detail: { retryAfterMs: number } } }).error.detail.retryAfterMs;
    await new Promise((r) => setTimeout(r, wait + 50));
    await core.run('session.setMode', { mode: 'full', passphrase: 'velvet-curtain-harbour-71' });
    expect((await core.handle('scene.list', { productionId })).ok).toBe(true);
  });
});

describe('the demo', () => {
  it('has stock and needs, one variant low and a shortfall on its first shoot day', async () => {
    const { core } = await unlockedCore();
    const { productionId } = await seedDemo(core);
    const days = await core.run('stock.shootDays', { productionId });
    expect(days.length).toBeGreaterThan(0);
    const first = await core.run('stock.pullList', { productionId, date: days[0]?.date as string });
    expect(first.lines.length).toBeGreaterThan(0);
    expect(first.shortfalls.length).toBeGreaterThan(0);
    const outlook = await core.run('stock.outlook', { productionId, days: 5, from: days[0]?.date });
    expect(outlook.low.length).toBeGreaterThan(0);
    expect(outlook.reorder.length).toBeGreaterThan(0);
    // Each variant's chart ends where the ledger's sums are now.
    for (const row of await core.run('stock.list', { productionId })) {
      const series = await core.run('stock.series', { productionId, variantId: row.variant.id });
      if (series.length === 0) continue;
      const { date: _date, ...last } = series.at(-1) as (typeof series)[number];
      const { total: _total, ...now } = row.figures;
      expect(last).toEqual(now);
    }
    expect(verifyAudit(core.db()).ok).toBe(true);
    // Seeding a second demo into the same vault reuses the catalog instead of clashing on codes.
    await seedDemo(core);
  });
});
