import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../../electron/cli/program';
import { type AuditRow, storedAuditFromRow } from '../../../electron/core/audit/rows';
import { appendAudit, canonicalJson, verifyAudit } from '../../../electron/core/audit/trail';
import { KeyMaterial, openKeyed } from '../../../electron/core/vault/connection';
import { newCore, PASS, productionInput, tempDir, unlockedCore } from '../../helpers';

async function withEntries() {
  const ctx = await unlockedCore();
  const p = await ctx.core.run('production.create', productionInput());
  const db = ctx.core.db();
  for (let i = 0; i < 5; i++) {
    appendAudit(db, {
      productionId: p.id,
      entity: 'rider',
      entityId: `R${i}`,
      action: 'update',
      oldValue: { terms: `old ${i}` },
      newValue: { terms: `new ${i}` },
    });
  }
  appendAudit(db, { productionId: null, entity: 'person', entityId: 'P1', action: 'create', newValue: { name: 'A' } });
  return { ...ctx, productionId: p.id };
}

/** What an outside SQLCipher tool with the passphrase could do: drop the guard, then edit. */
function tamper(file: string, sql: string): void {
  const key = new KeyMaterial(PASS);
  const db = openKeyed(file, key, { mustExist: true });
  db.exec('DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_entry_no_delete;');
  db.exec(sql);
  db.close();
  key.wipe();
}

async function cliVerify(file: string) {
  const err: string[] = [];
  const status = await runCli(['verify', file], {
    env: { CLOSED_SET_PASSPHRASE: PASS, CLOSED_SET_HOME: path.join(tempDir(), 'h') },
    out: (l) => err.push(l),
    err: (l) => err.push(l),
  });
  return { status, err };
}

describe('the audit trail', () => {
  it('chains entries per production and verifies', async () => {
    const { core, productionId } = await withEntries();
    const verdict = await core.run('audit.verify', {});
    // The production's creation is the first entry of its chain.
    expect(verdict).toEqual({ ok: true, entries: 7, chains: 2, firstBad: null });
    const list = await core.run('audit.list', { productionId, entityId: 'R3' });
    expect(list.map((e) => e.newValue)).toEqual([{ terms: 'new 3' }]);
  });

  it('numbers each production 1, 2, 3... without gaps, the last number being its count, whatever other productions write', async () => {
    const { core, productionId } = await withEntries();
    const other = await core.run('production.create', productionInput('Other show'));
    appendAudit(core.db(), { productionId, entity: 'rider', entityId: 'R9', action: 'update', newValue: { n: 9 } });
    const list = await core.run('audit.list', { productionId, limit: 500 });
    const { entries } = await core.run('audit.verify', { productionId });
    // Newest first: the numbers count down from the production's entry count to 1, with no gap.
    expect(list.map((e) => e.number)).toEqual(Array.from({ length: entries }, (_, i) => entries - i));
    expect(list[0]?.number).toBe(entries);
    // The vault-wide write order has a gap where the other production wrote.
    expect(new Set(list.map((e) => e.seq)).size).toBe(entries);
    expect(list[0]?.seq).toBeGreaterThan(entries);
    // A filtered list keeps each entry's place in the chain.
    const r3 = await core.run('audit.list', { productionId, entityId: 'R3' });
    expect(r3.map((e) => e.number)).toEqual([5]);
    expect((await core.run('audit.list', { productionId: other.id })).map((e) => e.number)).toEqual([1]);
  });

  it('refuses updates and deletes from inside the app', async () => {
    const { core } = await withEntries();
    expect(() => core.db().exec(`UPDATE audit_entry SET action = 'x'`)).toThrow(/append-only/);
    expect(() => core.db().exec('DELETE FROM audit_entry')).toThrow(/append-only/);
  });

  it('reports an entry edited with an outside tool, naming the first that fails', async () => {
    const { core, file } = await withEntries();
    core.lock('user');
    tamper(file, `UPDATE audit_entry SET new_value = '{"terms":"quietly changed"}' WHERE entity_id = 'R2'`);
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    const verdict = verifyAudit(core.db());
    expect(verdict.ok).toBe(false);
    expect(verdict.firstBad?.reason).toMatch(/edited/);
    expect(verdict.firstBad?.seq).toBe(4);
    core.lock('user');
    const cli = await cliVerify(file);
    expect(cli.status).toBe(EXIT.damaged);
    expect(cli.err[0]).toMatch(/audit trail broken at entry 4/);
  });

  it('reports a deleted entry at the entry that followed it', async () => {
    const { core, file } = await withEntries();
    core.lock('user');
    tamper(file, `DELETE FROM audit_entry WHERE entity_id = 'R1'`);
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    const verdict = verifyAudit(core.db());
    expect(verdict.ok).toBe(false);
    expect(verdict.firstBad?.seq).toBe(4);
    expect(verdict.firstBad?.reason).toMatch(/removed or reordered/);
  });

  it('reports a re-hashed edit, because the next entry no longer follows it', async () => {
    const { core, file } = await withEntries();
    core.lock('user');
    // A careful forger recomputes the edited entry's hash; the following link still breaks.
    const key = new KeyMaterial(PASS);
    const db = openKeyed(file, key, { mustExist: true });
    db.exec('DROP TRIGGER audit_entry_no_update;');
    const row = db.prepare(`SELECT * FROM audit_entry WHERE entity_id = 'R2'`).get() as AuditRow;
    const { entryHash } = await import('../../../electron/core/audit/trail');
    const forged = { ...storedAuditFromRow(row), newValue: canonicalJson({ terms: 'forged' }) };
    db.prepare('UPDATE audit_entry SET new_value = ?, hash = ? WHERE id = ?').run(
      forged.newValue,
      entryHash(forged),
      forged.id,
    );
    db.close();
    key.wipe();
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    const verdict = verifyAudit(core.db());
    expect(verdict.ok).toBe(false);
    expect(verdict.firstBad?.seq).toBe(5);
  });

  it('hashes values canonically, whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });
});

describe('who the audit trail records', () => {
  it("records the vault keeper's name, marks the costume view, and keeps the name in the vault", async () => {
    const { core, file, dir } = await unlockedCore();
    await core.run('garment.typeCreate', { name: 'Hooded robe', kind: 'robe' });
    expect(await core.run('vault.owner', {})).toEqual({ name: '' });
    expect(await core.run('vault.setOwner', { name: '  Rowan Pike ' })).toEqual({ name: 'Rowan Pike' });
    await core.run('garment.typeCreate', { name: 'Silicone cover', kind: 'nipple-cover' });
    await core.run('session.setMode', { mode: 'costume' });
    await core.run('garment.typeCreate', { name: 'Large pouch', kind: 'pouch' });
    await core.run('session.setMode', { mode: 'full', passphrase: PASS });
    const byName = async () =>
      Object.fromEntries(
        (await core.run('audit.list', { entity: 'garment_type' })).map((e) => [
          (e.newValue as { name: string }).name,
          e.actor,
        ]),
      );
    expect(await byName()).toEqual({
      'Hooded robe': '',
      'Silicone cover': 'Rowan Pike',
      'Large pouch': 'Rowan Pike (costume view)',
    });

    // The name lives in the vault: another session on it records under the same name.
    await core.run('vault.lock', {});
    const other = newCore(dir);
    await other.run('vault.unlock', { path: file, passphrase: PASS });
    expect(await other.run('vault.owner', {})).toEqual({ name: 'Rowan Pike' });
    await other.run('garment.typeCreate', { name: 'Gentle tape', kind: 'modesty-tape' });
    expect(
      (await other.run('audit.list', { entity: 'garment_type' })).find(
        (e) => e.action === 'create' && (e.newValue as { name: string }).name === 'Gentle tape',
      )?.actor,
    ).toBe('Rowan Pike');
  });

  it('takes the name asked for when the vault is created as the author of its first entries', async () => {
    const dir = tempDir();
    const core = newCore(dir);
    await core.run('vault.create', {
      path: path.join(dir, 'named.closedset'),
      passphrase: PASS,
      yourName: ' Sam Reyes ',
    });
    expect(await core.run('vault.owner', {})).toEqual({ name: 'Sam Reyes' });
    const p = await core.run('production.create', productionInput());
    expect((await core.run('audit.list', { productionId: p.id })).map((e) => e.actor)).toEqual(['Sam Reyes']);
    const long = await newCore(tempDir()).handle('vault.create', {
      path: path.join(tempDir(), 'x.closedset'),
      passphrase: PASS,
      yourName: 'x'.repeat(121),
    });
    expect(long).toMatchObject({ ok: false, error: { issues: [{ path: 'yourName' }] } });
  });

  it('refuses a name over 120 characters, naming the field', async () => {
    const { core } = await unlockedCore();
    const result = await core.handle('vault.setOwner', { name: 'x'.repeat(121) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('name');
    expect(await core.run('vault.owner', {})).toEqual({ name: '' });
  });
});

describe('deletes of records with history are on the record', () => {
  it('a scene, a person and a cast place: delete and restore are audited once each, and the chains verify', async () => {
    const { core } = await unlockedCore();
    const production = await core.run('production.create', productionInput());
    const person = await core.run('person.create', { name: 'Ana Ortiz' });
    const member = await core.run('member.add', {
      productionId: production.id,
      personId: person.id,
      role: 'performer',
    });
    const scene = await core.run('scene.create', { productionId: production.id, number: '12A' });
    await core.run('scene.delete', { id: scene.id, deleted: true });
    await core.run('scene.delete', { id: scene.id, deleted: true });
    await core.run('scene.delete', { id: scene.id, deleted: false });
    await core.run('member.remove', { id: member.id, removed: true });
    await core.run('person.delete', { id: person.id, deleted: true });
    await core.run('person.delete', { id: person.id, deleted: false });

    const actions = async (entity: string, entityId: string) =>
      (await core.run('audit.list', { entity, entityId })).map((e) => e.action).sort();
    expect(await actions('scene', scene.id)).toEqual(['create', 'delete', 'restore']);
    expect(await actions('member', member.id)).toEqual(['add', 'remove']);
    expect(await actions('person', person.id)).toEqual(['create', 'delete', 'restore']);
    const verdict = await core.run('audit.verify', { productionId: production.id });
    expect(verdict.ok).toBe(true);
  });
});
