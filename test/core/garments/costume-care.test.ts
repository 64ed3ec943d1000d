import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAudit } from '../../../electron/core/audit/trail';
import { configure, KeyMaterial, openKeyed } from '../../../electron/core/vault/connection';
import { loadMigrations, migrate } from '../../../electron/core/vault/migrations';
import { newId } from '../../../electron/core/vault/vault';
import { newCore, PASS, tempDir } from '../../helpers';
import { COVER_TYPE, garmentFixture, TAPE_TYPE } from './fixture';

const PILLOW_TYPE = '0000000000GARMENTTYPE00005';

describe('care classes in the ledger', () => {
  it('passes a shared barrier pillow to a second performer only after a sanitised movement', async () => {
    const { core, productionId, ana, ben } = await garmentFixture();
    const pillow = await core.run('garment.variantCreate', { typeId: PILLOW_TYPE, code: 'PIL-1', material: 'Vinyl' });
    expect(pillow.care).toBe('shared');
    const rec = (input: Record<string, unknown>) =>
      core.run('stock.record', { productionId, variantId: pillow.id, ...input } as never);
    await rec({ kind: 'received', quantity: 1 });
    await rec({ kind: 'issued', quantity: 1, personId: ana });
    await rec({ kind: 'returned', quantity: 1, personId: ana });
    await expect(rec({ kind: 'issued', quantity: 1, personId: ben })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      message: expect.stringMatching(
        /Barrier pillow or padding · Vinyl \(PIL-1\) is shared: the units on hand were last used by Ana Ferreira \(1\)\. Record them as sanitised before they go to Ben Okafor\./,
      ),
    });
    // Ana may have it back unsanitised: it is still hers.
    await rec({ kind: 'issued', quantity: 1, personId: ana });
    await rec({ kind: 'returned', quantity: 1, personId: ana });
    const clean = await rec({ kind: 'sanitised', quantity: 1, personId: ana });
    expect(clean.movements[0]).toMatchObject({ kind: 'sanitised', personName: 'Ana Ferreira', totalDelta: 0 });
    expect(clean.stock.figures).toMatchObject({ onHand: 1, available: 1 });
    const issued = await rec({ kind: 'issued', quantity: 1, personId: ben });
    expect(issued.stock.figures).toMatchObject({ issued: 1, available: 0 });
  });

  it('refuses a sanitised movement for washable and single-use items, naming the item and performer', async () => {
    const { core, productionId, ana, thongM, tape } = await garmentFixture();
    await expect(
      core.run('stock.record', { kind: 'sanitised', productionId, variantId: thongM, quantity: 1, personId: ana }),
    ).rejects.toThrow(/Strapless thong · M · Tan \(THG-M-TAN\) is washable: it stays Ana Ferreira's for good/);
    await expect(
      core.run('stock.record', { kind: 'sanitised', productionId, variantId: tape, quantity: 1, personId: ana }),
    ).rejects.toThrow(/Modesty tape \(TAPE-25\) is single-use/);
    const res = await core.handle('stock.record', { kind: 'sanitised', productionId, variantId: tape, quantity: 1 });
    expect(res).toMatchObject({ ok: false, error: { issues: [{ path: 'personId' }] } });
  });

  it('never takes a single-use item back into stock once issued, and leaves the ledger untouched', async () => {
    const { core, productionId, ana, tape } = await garmentFixture();
    const rec = (input: Record<string, unknown>) =>
      core.run('stock.record', { productionId, variantId: tape, ...input } as never);
    await rec({ kind: 'received', quantity: 3 });
    await rec({ kind: 'issued', quantity: 1, personId: ana });
    await expect(rec({ kind: 'returned', quantity: 1, personId: ana })).rejects.toThrow(
      /Modesty tape \(TAPE-25\) is single-use: what Ana Ferreira was issued cannot go back to stock\. Record it as consumed\./,
    );
    expect((await core.run('stock.ledger', { productionId })).map((m) => m.kind)).toEqual(['issued', 'received']);
    const used = await rec({ kind: 'consumed', quantity: 1, personId: ana });
    expect(used.stock.figures).toMatchObject({ onHand: 2, issued: 0, total: 2 });
  });

  it('gives a new variant its care class and unit from its kind when none is chosen', async () => {
    const { core } = await garmentFixture();
    const cover = await core.run('garment.variantCreate', {
      typeId: COVER_TYPE,
      code: 'NC-2',
      adhesiveType: 'Acrylic',
    });
    expect(cover).toMatchObject({ care: 'single-use', unit: 'pair', isAdhesive: true });
    const tape = await core.run('garment.variantCreate', { typeId: TAPE_TYPE, code: 'T-2', material: 'Silicone' });
    expect(tape).toMatchObject({ care: 'single-use', unit: 'roll' });
    const box = await core.run('garment.variantCreate', { typeId: TAPE_TYPE, code: 'T-3', unit: 'box' });
    expect(box.unit).toBe('box');
  });
});

describe('allergens against materials and adhesive chemistry', () => {
  it('warns a latex allergy for a latex item only, and marks silicone tape compatible', async () => {
    const { core, productionId } = await garmentFixture();
    const cleo = await core.run('person.create', { name: 'Cleo Marsh', allergens: ['Latex'] });
    await core.run('member.add', { productionId, personId: cleo.id, role: 'performer' });
    const latex = await core.run('garment.variantCreate', { typeId: TAPE_TYPE, code: 'T-LTX', material: 'Latex' });
    const silicone = await core.run('garment.variantCreate', {
      typeId: TAPE_TYPE,
      code: 'T-SIL',
      material: 'Silicone',
      adhesiveType: 'Silicone gel',
    });
    const ranked = await core.run('garment.suggest', { personId: cleo.id, typeId: TAPE_TYPE });
    const of = (id: string) => ranked.find((s) => s.variant.id === id);
    expect(of(latex.id)?.warnings).toEqual(['Cleo Marsh is allergic to latex: Modesty tape · Latex (Latex) matches.']);
    expect(of(silicone.id)).toMatchObject({ warnings: [], compatible: true });
    expect(of(silicone.id)?.reasons.join(' ')).toMatch(/Modesty tape · Silicone: compatible/);
    for (const v of [latex, silicone])
      await core.run('stock.record', { kind: 'received', productionId, variantId: v.id, quantity: 2 });
    await expect(
      core.run('stock.record', { kind: 'issued', productionId, variantId: latex.id, quantity: 1, personId: cleo.id }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION', message: expect.stringMatching(/allergic to latex/) });
    const ok = await core.run('stock.record', {
      kind: 'issued',
      productionId,
      variantId: silicone.id,
      quantity: 1,
      personId: cleo.id,
    });
    expect(ok.movements[0]?.allergyAcknowledged).toBe(false);
  });
});

describe('migration 0020 on a vault of schema 13', () => {
  it('keeps people, catalog and ledger, reads allergens from the free text, and the trail still verifies', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.closedset');
    const key = new KeyMaterial(PASS);
    const db = openKeyed(file, key, { mustExist: false });
    configure(db);
    migrate(
      db,
      loadMigrations().filter((m) => m.version <= 13),
    );
    const now = new Date().toISOString();
    const [vaultId, productionId, ana, ben, memberA, coverId, pouchId, m1, m2, m3] = Array.from({ length: 10 }, () =>
      newId(),
    );
    db.exec(`
      INSERT INTO vault_meta VALUES ('vault_id', '${vaultId}', '${now}', '${now}'), ('created_at', '${now}', '${now}', '${now}');
      INSERT INTO production (id, title, type, union_status, time_zone, status, created_at, updated_at)
        VALUES ('${productionId}', 'Old Show', 'feature', 'non-union', 'UTC', 'pre-production', '${now}', '${now}');
      INSERT INTO person (id, name, sizes, allergies, adhesive_allergy, created_at, updated_at) VALUES
        ('${ana}', 'Ana Ortiz', '{"skin-tone":"Deep","underwear":"M"}', 'Latex gloves; acrylic tape', 1, '${now}', '${now}'),
        ('${ben}', 'Ben Okafor', '{}', 'Hay fever', 1, '${now}', '${now}');
      INSERT INTO production_member (id, production_id, person_id, role, created_at, updated_at)
        VALUES ('${memberA}', '${productionId}', '${ana}', 'performer', '${now}', '${now}');
      INSERT INTO garment_variant (id, type_id, code, care, material, created_at, updated_at) VALUES
        ('${coverId}', '${COVER_TYPE}', 'NC-OLD', 'single-use', 'Silicone', '${now}', '${now}'),
        ('${pouchId}', '0000000000GARMENTTYPE00002', 'PO-OLD', 'washable', '', '${now}', '${now}');
      INSERT INTO garment_movement (id, production_id, variant_id, kind, quantity, from_state, to_state, to_lot, person_id, at, created_at, updated_at)
        VALUES ('${m1}', '${productionId}', '${pouchId}', 'received', 4, 'none', 'store', '', NULL, '${now}', '${now}', '${now}'),
               ('${m2}', '${productionId}', '${pouchId}', 'issued', 1, 'store', 'issued', '${ana}', '${ana}', '${now}', '${now}', '${now}');
      INSERT INTO garment_movement (id, production_id, variant_id, kind, quantity, from_state, from_lot, to_state, to_lot, person_id, at, reverses, created_at, updated_at)
        VALUES ('${m3}', '${productionId}', '${pouchId}', 'issued', 1, 'issued', '${ana}', 'store', '', '${ana}', '${now}', '${m2}', '${now}', '${now}');
    `);
    appendAudit(db, {
      productionId: productionId ?? null,
      entity: 'person',
      entityId: ana ?? '',
      action: 'update',
      newValue: { note: 'before' },
    });
    const balancesBefore = db.prepare('SELECT * FROM garment_balance ORDER BY variant_id, state, lot').all();
    db.close();
    key.wipe();

    const core = newCore(dir);
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    const vault = core.db();
    expect(vault.pragma('user_version', { simple: true })).toBe(loadMigrations().at(-1)?.version);
    expect(vault.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(vault.prepare('SELECT * FROM garment_balance ORDER BY variant_id, state, lot').all()).toEqual(
      balancesBefore,
    );
    const ledger = await core.run('stock.ledger', { productionId });
    expect(ledger.map((m) => [m.kind, m.quantity, m.reversesSeq])).toEqual([
      ['issued', 1, 2],
      ['issued', 1, null],
      ['received', 4, null],
    ]);
    const variants = await core.run('garment.variantList', {});
    expect(variants.find((v) => v.id === coverId)).toMatchObject({ care: 'single-use', unit: 'pair' });
    expect(variants.find((v) => v.id === pouchId)).toMatchObject({ care: 'washable', unit: 'piece' });
    const [performer] = await core.run('garment.performers', { productionId });
    expect(performer).toMatchObject({
      name: 'Ana Ortiz',
      allergies: 'Latex gloves; acrylic tape',
      adhesiveAllergy: true,
      allergens: ['latex', 'acrylic-adhesive'],
      skinTone: 'Deep',
      sizes: { 'skin-tone': 'Deep', underwear: 'M' },
    });
    const benNow = await core.run('person.get', { id: ben });
    expect(benNow).toMatchObject({ allergies: 'Hay fever', allergens: ['adhesive'] });
    // The ledger still takes movements, and the database still guards it.
    const after = await core.run('stock.record', {
      kind: 'issued',
      productionId,
      variantId: pouchId,
      quantity: 1,
      personId: ana,
    });
    expect(after.stock.figures).toMatchObject({ onHand: 3, issued: 1 });
    expect(() => vault.prepare('DELETE FROM garment_movement').run()).toThrow(/append-only/);
    expect(() =>
      vault
        .prepare(
          "INSERT INTO garment_need (id, production_id, scene_id, person_id, variant_id, quantity, created_at, updated_at) VALUES ('x', 'nope', 'nope', 'nope', 'nope', 1, '', '')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(verifyAudit(vault, productionId).ok).toBe(true);
    expect(verifyAudit(vault).ok).toBe(true);
  });
});

describe('the costume supervisor records her own fields', () => {
  it('edits sizes, skin tone and allergens in the costume view, on the trail as "(costume view)"', async () => {
    const { core, productionId, ana } = await garmentFixture();
    await core.run('session.setMode', { mode: 'costume' });
    const updated = await core.run('garment.performerUpdate', {
      productionId,
      personId: ana,
      patch: { sizes: { underwear: 'L' }, skinTone: 'Deep olive', allergens: ['Latex', 'lanolin'] },
    });
    expect(updated).toMatchObject({
      sizes: { underwear: 'L' },
      skinTone: 'Deep olive',
      allergens: ['latex', 'lanolin'],
      adhesiveAllergy: false,
    });
    const entry = core
      .db()
      .prepare("SELECT actor, new_value FROM audit_entry WHERE entity = 'person' AND entity_id = ? ORDER BY seq DESC")
      .get(ana) as { actor: string; new_value: string };
    expect(entry.actor).toMatch(/\(costume view\)$/);
    expect(entry.new_value).toMatch(/Skin tone: none → Deep olive/);
    const outsider = await core.handle('garment.performerUpdate', {
      productionId,
      personId: '01JAAAAAAAAAAAAAAAAAAAAAAA',
      patch: { skinTone: 'Tan' },
    });
    expect(outsider).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', issues: [{ path: 'personId' }] } });
    expect(verifyAudit(core.db()).ok).toBe(true);
  });

  it('books, changes and cancels fittings with the fitter preference beside them', async () => {
    const { core, productionId, ben } = await garmentFixture();
    await core.run('garment.performerUpdate', {
      productionId,
      personId: ben,
      patch: { fitterPreference: 'Male fitter' },
    });
    const booked = await core.run('garment.fittingSet', {
      productionId,
      personId: ben,
      startsAt: '2026-12-01T10:30',
      place: 'Costume truck',
      fitter: 'Sam',
    });
    expect(booked).toMatchObject({ personName: 'Ben Okafor', fitterPreference: 'Male fitter', place: 'Costume truck' });
    await core.run('garment.fittingSet', {
      id: booked.id,
      productionId,
      personId: ben,
      startsAt: '2026-12-02T09:00',
      place: 'Costume truck',
      fitter: 'Sam',
    });
    expect(await core.run('garment.fittingList', { productionId })).toMatchObject([{ startsAt: '2026-12-02T09:00' }]);
    expect(await core.run('garment.fittingList', { productionId, from: '2026-12-03' })).toEqual([]);
    await core.run('garment.fittingDelete', { id: booked.id });
    expect(await core.run('garment.fittingList', { productionId })).toEqual([]);
    const bad = await core.handle('garment.fittingSet', { productionId, personId: ben, startsAt: '2026-13-40T10:00' });
    expect(bad).toMatchObject({ ok: false, error: { issues: [{ path: 'startsAt' }] } });
  });

  it('duplicates a variant in several sizes at once, or not at all when a code is taken', async () => {
    const { core, thongM } = await garmentFixture();
    const copies = await core.run('garment.variantDuplicate', {
      id: thongM,
      copies: [
        { code: 'THG-L-TAN', size: 'L' },
        { code: 'THG-XL-TAN', size: 'XL' },
      ],
    });
    expect(copies.map((v) => [v.code, v.size, v.skinTone, v.care, v.unitCostMinor])).toEqual([
      ['THG-L-TAN', 'L', 'Tan', 'washable', 2400],
      ['THG-XL-TAN', 'XL', 'Tan', 'washable', 2400],
    ]);
    const clash = await core.handle('garment.variantDuplicate', {
      id: thongM,
      copies: [{ code: 'THG-XXL-TAN', size: 'XXL' }, { code: 'thg-s-tan' }],
    });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: 'copies.1.code' }] } });
    expect((await core.run('garment.variantList', {})).some((v) => v.code === 'THG-XXL-TAN')).toBe(false);
  });
});
