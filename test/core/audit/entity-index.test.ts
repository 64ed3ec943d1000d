import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/trail';
import { KeyMaterial, openKeyed } from '../../../electron/core/vault/connection';
import { loadMigrations } from '../../../electron/core/vault/migrations';
import { PASS, productionInput, unlockedCore } from '../../helpers';

describe('the audit index by record (migration 0017)', () => {
  it('upgrades a vault of the schema before it, keeping every entry, and a rider still lists its own history', async () => {
    const { core, file } = await unlockedCore();
    const production = await core.run('production.create', productionInput('Indexed History'));
    const ana = await core.run('person.create', { name: 'Ana Ortiz' });
    await core.run('member.add', { productionId: production.id, personId: ana.id, role: 'performer' });
    const rider = await core.run('rider.create', {
      productionId: production.id,
      personId: ana.id,
      title: 'Episode 1',
      sceneIds: [],
      terms: { nudity: 'none' },
    });
    await core.run('rider.update', { id: rider.rider.id, title: 'Episode 1, revised' });
    const entries = (await core.run('audit.list', { limit: 5000 })).length;
    core.lock('user');

    // The vault as the previous schema left it: no index, the previous user_version.
    const previous = loadMigrations()
      .map((m) => m.version)
      .filter((v) => v < 17)
      .at(-1);
    const key = new KeyMaterial(PASS);
    const db = openKeyed(file, key, { mustExist: true });
    db.exec('DROP INDEX audit_by_entity_id');
    db.pragma(`user_version = ${previous}`);
    db.close();
    key.wipe();

    await core.run('vault.unlock', { path: file, passphrase: PASS });
    const index = core
      .db()
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'audit_by_entity_id'`)
      .get();
    expect(index).toEqual({ name: 'audit_by_entity_id' });
    expect((await core.run('audit.list', { limit: 5000 })).length).toBe(entries);
    expect(verifyAudit(core.db())).toMatchObject({ ok: true, firstBad: null });
    const detail = await core.run('rider.get', { id: rider.rider.id });
    expect(detail.audit.length).toBeGreaterThanOrEqual(2);
    expect(detail.audit.every((e) => e.entityId === rider.rider.id)).toBe(true);
    expect(detail.rider.title).toBe('Episode 1, revised');
  });
});
