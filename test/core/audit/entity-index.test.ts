import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAudit } from '../../../electron/core/audit/trail';
import { configure, KeyMaterial, openKeyed } from '../../../electron/core/vault/connection';
import { loadMigrations, migrate } from '../../../electron/core/vault/migrations';
import { newCore, PASS, tempDir } from '../../helpers';

describe('the audit index by record (migration 0017)', () => {
  it('upgrades a vault of the schema before it, keeping every entry, and finds a record’s history by the index', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.closedset');
    // The vault as the previous schema left it: no index, entries for two records.
    const key = new KeyMaterial(PASS);
    const db = openKeyed(file, key, { mustExist: false });
    configure(db);
    migrate(
      db,
      loadMigrations().filter((m) => m.version < 17),
    );
    const now = new Date().toISOString();
    db.exec(
      `INSERT INTO vault_meta VALUES ('vault_id', 'OLDVAULT', '${now}', '${now}'), ('created_at', '${now}', '${now}', '${now}')`,
    );
    for (const [entityId, action] of [
      ['RIDER0000000000000000000001', 'create'],
      ['OTHER0000000000000000000001', 'create'],
      ['RIDER0000000000000000000001', 'update'],
    ] as const)
      appendAudit(db, { productionId: 'P1', entity: 'rider', entityId, action, newValue: { title: entityId } });
    const hasIndex = () =>
      db
        .prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'audit_by_entity_id'`)
        .pluck()
        .get();
    expect(hasIndex()).toBe(0);
    db.close();
    key.wipe();

    const core = newCore(dir);
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    const v = core.db();
    expect(
      v.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'audit_by_entity_id'`).get(),
    ).toEqual({ name: 'audit_by_entity_id' });
    expect(v.prepare('SELECT count(*) FROM audit_entry').pluck().get()).toBe(3);
    expect(verifyAudit(v)).toMatchObject({ ok: true, firstBad: null });
    const plan = v
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM audit_entry WHERE entity_id = ?')
      .all('RIDER0000000000000000000001') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('audit_by_entity_id');
    expect(
      v
        .prepare('SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY seq')
        .pluck()
        .all('RIDER0000000000000000000001'),
    ).toEqual(['create', 'update']);
  });
});
