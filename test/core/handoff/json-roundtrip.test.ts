import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure, KeyMaterial, openKeyed } from '../../../electron/core/vault/connection';
import { loadMigrations, migrate } from '../../../electron/core/vault/migrations';
import { newCore, PASS, tempDir, unlockedCore } from '../../helpers';

/** The export's content, without the moment it was written. */
function content(file: string): unknown {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const { exportedAt: _exportedAt, ...rest } = json;
  return rest;
}

describe('JSON export, import into an empty vault, export again', () => {
  it('gives identical content, the vault-seeded garment kinds included', async () => {
    const a = await unlockedCore();
    const { productionId } = await a.core.run('production.demo', {});
    const first = path.join(tempDir(), 'first.json');
    await a.core.run('handoff.export', { productionId, format: 'json', recipient: 'Handoff', path: first });
    // A second vault made later: its seeded kinds were not made at the same moment as the first's.
    await new Promise((r) => setTimeout(r, 5));
    const b = await unlockedCore();
    await b.core.run('handoff.import', { path: first });
    const second = path.join(tempDir(), 'second.json');
    await b.core.run('handoff.export', { productionId, format: 'json', recipient: 'Handoff', path: second });
    expect(content(second)).toEqual(content(first));
  });

  it('restamps the seeded kinds of a vault made before the fix, keeping an edited kind as it was', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.closedset');
    const key = new KeyMaterial(PASS);
    const db = openKeyed(file, key, { mustExist: false });
    configure(db);
    migrate(
      db,
      loadMigrations().filter((m) => m.version < 18),
    );
    const now = new Date().toISOString();
    db.exec(`
      INSERT INTO vault_meta VALUES ('vault_id', 'OLDVAULT', '${now}', '${now}'), ('created_at', '${now}', '${now}', '${now}');
      UPDATE garment_type SET notes = 'Ours', updated_at = '2027-01-01T00:00:00.000Z' WHERE id = '0000000000GARMENTTYPE00002';
    `);
    // Kinds a later migration seeds are not this migration's to restamp.
    const ids = new Set(db.prepare('SELECT id FROM garment_type').pluck().all() as string[]);
    const before = { n: ids.size };
    db.close();
    key.wipe();
    const core = newCore(dir);
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    const rows = core
      .db()
      .prepare('SELECT id, notes, created_at AS c, updated_at AS u FROM garment_type ORDER BY id')
      .all()
      .filter((r) => ids.has((r as { id: string }).id)) as {
      id: string;
      notes: string;
      c: string;
      u: string;
    }[];
    expect(rows).toHaveLength(before.n);
    const edited = rows.find((r) => r.id === '0000000000GARMENTTYPE00002');
    expect(edited).toMatchObject({ notes: 'Ours', u: '2027-01-01T00:00:00.000Z' });
    for (const r of rows.filter((x) => x.id !== edited?.id))
      expect([r.c, r.u]).toEqual(['2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
    expect((await core.run('audit.verify', {})).ok).toBe(true);
  });
});
