import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sidecars } from '../../electron/core/kit/fs';
import { newCore, PASS, productionInput, tempDir, unlockedCore } from '../helpers';

describe('a file that is not a vault is never taken for one, and is left untouched', () => {
  it('a zero-byte file: a clear error under any passphrase, still zero bytes, no sidecars', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'empty.closedset');
    writeFileSync(file, '');
    const core = newCore(dir);
    for (const passphrase of [PASS, 'anything at all, really']) {
      const result = await core.handle('vault.unlock', { path: file, passphrase });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', detail: { reason: 'not-a-vault' } } });
      if (!result.ok) expect(result.error.message).toMatch(/is not a Closed Set vault \(it is empty\)/);
    }
    expect(statSync(file).size).toBe(0);
    expect(sidecars(file).filter((s) => existsSync(s))).toEqual([]);
    expect(core.isUnlocked).toBe(false);
  });

  it('random bytes: refused, byte for byte unchanged', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'noise.closedset');
    const bytes = randomBytes(8192);
    writeFileSync(file, bytes);
    const result = await newCore(dir).handle('vault.unlock', { path: file, passphrase: PASS });
    expect(result.ok).toBe(false);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(sidecars(file).filter((s) => existsSync(s))).toEqual([]);
  });

  it('a zero-byte "backup" is never restored over a vault', async () => {
    const { core, dir, file } = await unlockedCore();
    await core.run('production.create', productionInput());
    const empty = path.join(dir, 'empty-backup.closedset');
    writeFileSync(empty, '');
    const result = await core.handle('vault.restore', { path: file, backup: empty, passphrase: PASS });
    expect(result).toMatchObject({ ok: false });
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    expect((await core.run('production.list', {})).map((p) => p.title)).toEqual(['Night Shift']);
    core.dispose();
  });

  it('an export never overwrites the open vault, its sidecars or backups, a link or a device', async () => {
    const { core, dir, file } = await unlockedCore();
    const production = await core.run('production.create', productionInput());
    const backup = (await core.run('vault.backup', {})).path;
    const target = path.join(dir, 'precious.txt');
    writeFileSync(target, 'keep me');
    const link = path.join(dir, 'link.csv');
    symlinkSync(target, link);
    const vaultBytes = statSync(file).size;
    for (const dest of [file, `${file}-wal`, backup, path.join(path.dirname(backup), 'new.csv'), link, '/dev/null']) {
      const result = await core.handle('handoff.export', {
        productionId: production.id,
        format: 'csv',
        cut: 'production',
        recipient: 'Line producer',
        path: dest,
      });
      expect(result, dest).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'path' }] } });
    }
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(statSync(file).size).toBe(vaultBytes);
    expect((await core.run('production.list', {})).length).toBe(1);
    core.dispose();
  });
});
