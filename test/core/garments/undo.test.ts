import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/trail';
import { configure, KeyMaterial, openKeyed } from '../../../electron/core/vault/connection';
import { loadMigrations, migrate } from '../../../electron/core/vault/migrations';
import { newId } from '../../../electron/core/vault/vault';
import { newCore, PASS, productionInput, tempDir, unlockedCore } from '../../helpers';
import { garmentFixture, THONG_TYPE } from './fixture';

/** A production with one performer cast in one scene, and a draft rider for them. */
async function riderSetup() {
  const { core } = await unlockedCore();
  const production = await core.run('production.create', { ...productionInput('Night Shift'), timeZone: 'UTC' });
  const ana = await core.run('person.create', { name: 'Ana Ortiz', dateOfBirth: '1994-05-02' });
  await core.run('member.add', { productionId: production.id, personId: ana.id, role: 'performer' });
  const scene = await core.run('scene.create', {
    productionId: production.id,
    number: '12',
    shootDate: '2026-12-10',
    callTime: '07:00',
    intimacyTypes: ['nudity-partial'],
    performers: [{ personId: ana.id, nudity: 'partial' }],
  });
  const rider = await core.run('rider.create', {
    productionId: production.id,
    personId: ana.id,
    title: 'Episode 1',
    sceneIds: [scene.id],
    terms: { nudity: 'partial' },
  });
  return { core, production, ana, scene, riderId: rider.rider.id };
}

describe('discarding a rider draft', () => {
  it('hides a never-sent draft from lists, consent status and search, and restores it from Recently deleted', async () => {
    const { core, production, scene, riderId } = await riderSetup();
    const state = async () => (await core.run('consent.scene', { sceneId: scene.id })).performers[0]?.state;
    const riderHits = async () =>
      (await core.run('search.query', { text: 'Ortiz', productionId: production.id })).filter(
        (h) => h.kind === 'rider',
      );
    expect(await state()).toBe('draft');
    expect(await riderHits()).toHaveLength(1);

    const discarded = await core.run('rider.discard', { id: riderId, discarded: true });
    expect(discarded.rider.deletedAt).not.toBeNull();
    expect(await core.run('rider.list', { productionId: production.id })).toEqual([]);
    expect(await state()).toBe('missing');
    expect(await riderHits()).toHaveLength(0);
    const trash = await core.run('trash.list', { productionId: production.id });
    expect(trash).toMatchObject([{ kind: 'rider', id: riderId, title: 'Rider draft: Ana Ortiz', detail: 'Episode 1' }]);
    await expect(core.run('rider.update', { id: riderId, title: 'Changed' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/discarded/),
    });
    await expect(core.run('rider.send', { id: riderId })).rejects.toMatchObject({ code: 'CONFLICT' });

    const restored = await core.run('rider.discard', { id: riderId, discarded: false });
    expect(restored.rider.deletedAt).toBeNull();
    expect((await core.run('rider.list', { productionId: production.id })).map((r) => r.id)).toEqual([riderId]);
    expect(await state()).toBe('draft');
    expect(await riderHits()).toHaveLength(1);
    expect(await core.run('trash.list', { productionId: production.id })).toEqual([]);
    const actions = restored.audit.map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'discard', 'restore']));
    expect(verifyAudit(core.db(), production.id).ok).toBe(true);
  });

  it('refuses to discard a rider once it was sent, naming why, and the database refuses it too', async () => {
    const { core, production, riderId } = await riderSetup();
    await core.run('rider.send', { id: riderId });
    await expect(core.run('rider.discard', { id: riderId, discarded: true })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/version 1 was sent to Ana Ortiz, so it is consent history/),
    });
    expect(() =>
      core.db().prepare('UPDATE rider SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), riderId),
    ).toThrow(/never discarded/);
    const withdrawn = await core.run('rider.withdraw', { id: riderId, reason: 'Changed their mind' });
    expect(withdrawn.versions[0]?.status).toBe('withdrawn');
    await expect(core.run('rider.discard', { id: riderId, discarded: true })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await core.run('rider.list', { productionId: production.id })).map((r) => r.id)).toEqual([riderId]);
  });

  it('is refused in the costume view', async () => {
    const { core, riderId } = await riderSetup();
    await core.run('session.setMode', { mode: 'costume' });
    const res = await core.handle('rider.discard', { id: riderId, discarded: true });
    expect(res).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
  });
});

describe('rider templates in Recently deleted', () => {
  it('lists a deleted template and restores it, refusing a restore whose name was taken since', async () => {
    const { core, production } = await riderSetup();
    const t = await core.run('riderTemplate.create', {
      productionId: production.id,
      name: 'Partial nudity, closed set',
      terms: { nudity: 'partial' },
    });
    await core.run('riderTemplate.delete', { id: t.id });
    expect(await core.run('riderTemplate.list', { productionId: production.id })).toEqual([]);
    expect(await core.run('trash.list', { productionId: production.id })).toMatchObject([
      { kind: 'rider-template', id: t.id, title: 'Rider template: Partial nudity, closed set' },
    ]);
    const other = await core.run('riderTemplate.create', {
      productionId: production.id,
      name: 'partial nudity, CLOSED SET',
      terms: {},
    });
    await expect(core.run('riderTemplate.delete', { id: t.id, deleted: false })).rejects.toMatchObject({
      code: 'CONFLICT',
      issues: [{ path: 'name' }],
    });
    await core.run('riderTemplate.delete', { id: other.id });
    await core.run('riderTemplate.delete', { id: t.id, deleted: false });
    expect((await core.run('riderTemplate.list', { productionId: production.id })).map((x) => x.id)).toEqual([t.id]);
    expect(verifyAudit(core.db(), production.id).ok).toBe(true);
  });
});

describe('retired garments in Recently deleted', () => {
  it('lists retired types and variants as vault-wide records and restores them', async () => {
    const { core, thongS } = await garmentFixture();
    await core.run('garment.variantDelete', { id: thongS });
    const heat = await core.run('garment.typeCreate', { name: 'Heat pack', kind: 'other' });
    await core.run('garment.typeDelete', { id: heat.id });
    const trash = await core.run('trash.list', {});
    expect(trash.map((t) => [t.kind, t.title, t.productionTitle])).toEqual([
      ['garment-type', 'Heat pack', null],
      ['garment-variant', 'Strapless thong THG-S-TAN', null],
    ]);
    expect(trash[1]?.detail).toBe('S · Tan');
    await core.run('garment.variantDelete', { id: thongS, deleted: false });
    await core.run('garment.typeDelete', { id: heat.id, deleted: false });
    expect(await core.run('trash.list', {})).toEqual([]);
    expect((await core.run('garment.variantList', { typeId: THONG_TYPE })).map((v) => v.code).sort()).toEqual([
      'THG-M-TAN',
      'THG-S-TAN',
    ]);
  });
});

describe('reversing a stock movement', () => {
  it('appends a linked correcting movement that puts the balance back, and the ledger shows both', async () => {
    const { core, productionId, thongM } = await garmentFixture();
    const rec = await core.run('stock.record', { kind: 'received', productionId, variantId: thongM, quantity: 5 });
    const original = rec.movements[0];
    if (!original) throw new Error('no movement');
    expect(rec.stock.figures.onHand).toBe(5);
    const rev = await core.run('stock.reverse', { movementId: original.id });
    expect(rev.stock[0]?.figures).toMatchObject({ onHand: 0, available: 0 });
    expect(rev.movements[0]).toMatchObject({
      kind: 'received',
      quantity: 5,
      totalDelta: -5,
      reversesSeq: original.seq,
      note: `Reversal of #${original.seq}`,
    });
    const ledger = await core.run('stock.ledger', { productionId, variantId: thongM });
    expect(ledger.map((m) => [m.seq, m.reversesSeq, m.reversedBySeq])).toEqual([
      [rev.movements[0]?.seq, original.seq, null],
      [original.seq, null, rev.movements[0]?.seq],
    ]);
    // Redo records the same movement again: a new movement, reversible in its turn.
    const again = await core.run('stock.record', { kind: 'received', productionId, variantId: thongM, quantity: 5 });
    expect(again.stock.figures.onHand).toBe(5);
    const csv = await core.run('stock.exportCsv', { productionId, what: 'ledger' });
    expect(csv.csv).toContain(`Reversal of #${original.seq}`);
    expect(verifyAudit(core.db(), productionId).ok).toBe(true);
  });

  it('refuses a second reversal, a reversal of a reversal, and one that would go below zero', async () => {
    const { core, productionId, thongM, ana, scene1 } = await garmentFixture();
    const rec = await core.run('stock.record', { kind: 'received', productionId, variantId: thongM, quantity: 5 });
    const id = rec.movements[0]?.id ?? '';
    const rev = await core.run('stock.reverse', { movementId: id });
    await expect(core.run('stock.reverse', { movementId: id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already reversed by #/),
    });
    await expect(core.run('stock.reverse', { movementId: rev.movements[0]?.id ?? '' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/itself a reversal/),
    });

    const second = await core.run('stock.record', { kind: 'received', productionId, variantId: thongM, quantity: 4 });
    await core.run('stock.record', {
      kind: 'issued',
      productionId,
      variantId: thongM,
      quantity: 3,
      personId: ana,
      sceneId: scene1,
    });
    const before = await core.run('stock.ledger', { productionId });
    await expect(core.run('stock.reverse', { movementId: second.movements[0]?.id ?? '' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      message: expect.stringMatching(/needs 4 of .* on hand, and only 1 are there now/),
    });
    expect(await core.run('stock.ledger', { productionId })).toEqual(before);
    const stock = (await core.run('stock.list', { productionId })).find((r) => r.variant.id === thongM);
    expect(stock?.figures).toMatchObject({ onHand: 1, issued: 3 });
  });

  it('takes back an issue split across lots in one go, or not at all', async () => {
    const { core, productionId, thongM, ana } = await garmentFixture();
    const rec = (input: Record<string, unknown>) =>
      core.run('stock.record', { productionId, variantId: thongM, ...input } as never);
    await rec({ kind: 'received', quantity: 3 });
    await rec({ kind: 'issued', quantity: 1, personId: ana });
    await rec({ kind: 'returned', quantity: 1, personId: ana });
    const split = await rec({ kind: 'issued', quantity: 3, personId: ana });
    expect(split.movements).toHaveLength(2);
    const [first, ...rest] = split.movements.map((m) => m.id);
    const back = await core.run('stock.reverse', { movementId: first ?? '', alongWith: rest });
    expect(back.movements).toHaveLength(2);
    const row = (await core.run('stock.list', { productionId })).find((r) => r.variant.id === thongM);
    expect(row?.figures).toMatchObject({ onHand: 3, issued: 0, available: 2 });
  });

  it('is available in the costume view', async () => {
    const { core, productionId, thongM } = await garmentFixture();
    await core.run('session.setMode', { mode: 'costume' });
    const rec = await core.run('stock.record', { kind: 'received', productionId, variantId: thongM, quantity: 2 });
    const rev = await core.run('stock.reverse', { movementId: rec.movements[0]?.id ?? '' });
    expect(rev.stock[0]?.figures.onHand).toBe(0);
  });
});

describe('migration 0009 on an existing vault', () => {
  it('keeps the riders and the ledger of a schema-8 vault, which can then be discarded and reversed', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.closedset');
    const key = new KeyMaterial(PASS);
    const db = openKeyed(file, key, { mustExist: false });
    configure(db);
    migrate(
      db,
      loadMigrations().filter((m) => m.version <= 8),
    );
    const now = new Date().toISOString();
    const [vaultId, productionId, personId, memberId, riderId, versionId, variantId, movementId] = Array.from(
      { length: 8 },
      () => newId(),
    );
    db.exec(`
      INSERT INTO vault_meta VALUES ('vault_id', '${vaultId}', '${now}', '${now}'), ('created_at', '${now}', '${now}', '${now}');
      INSERT INTO production (id, title, type, union_status, time_zone, status, created_at, updated_at)
        VALUES ('${productionId}', 'Old Show', 'feature', 'non-union', 'UTC', 'pre-production', '${now}', '${now}');
      INSERT INTO person (id, name, created_at, updated_at) VALUES ('${personId}', 'Ana Ortiz', '${now}', '${now}');
      INSERT INTO production_member (id, production_id, person_id, role, created_at, updated_at)
        VALUES ('${memberId}', '${productionId}', '${personId}', 'performer', '${now}', '${now}');
      INSERT INTO rider (id, production_id, person_id, title, created_at, updated_at)
        VALUES ('${riderId}', '${productionId}', '${personId}', 'Draft', '${now}', '${now}');
      INSERT INTO rider_version (id, rider_id, version, status, terms, created_at, updated_at)
        VALUES ('${versionId}', '${riderId}', 1, 'draft', '{}', '${now}', '${now}');
      INSERT INTO garment_variant (id, type_id, code, care, created_at, updated_at)
        VALUES ('${variantId}', '${THONG_TYPE}', 'OLD-1', 'washable', '${now}', '${now}');
      INSERT INTO garment_movement (id, production_id, variant_id, kind, quantity, from_state, to_state, at, created_at, updated_at)
        VALUES ('${movementId}', '${productionId}', '${variantId}', 'received', 4, 'none', 'store', '${now}', '${now}', '${now}');
    `);
    db.close();
    key.wipe();

    const core = newCore(dir);
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    expect(core.db().pragma('user_version', { simple: true })).toBe(loadMigrations().at(-1)?.version);
    expect(await core.run('rider.list', { productionId })).toMatchObject([{ title: 'Draft', deletedAt: null }]);
    const ledger = await core.run('stock.ledger', { productionId });
    expect(ledger).toMatchObject([{ quantity: 4, reversesSeq: null, reversedBySeq: null }]);
    await core.run('rider.discard', { id: riderId, discarded: true });
    expect(await core.run('rider.list', { productionId })).toEqual([]);
    const rev = await core.run('stock.reverse', { movementId: movementId });
    expect(rev.stock[0]?.figures.onHand).toBe(0);
  });
});
