import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../electron/core/vault/vault';
import { AppError } from '../../shared/kit/errors';
import { OTHER_PASS, PASS, productionInput, unlockedCore } from '../helpers';

describe('restoring a backup from the app while the vault is open', () => {
  it('brings back the earlier state and keeps the replaced vault aside, whole', async () => {
    const { core, dir, file } = await unlockedCore();
    await core.run('production.create', productionInput('Before The Backup'));
    const backup = await core.run('vault.backup', {});
    await core.run('production.create', productionInput('After The Backup'));
    let lockedEvents = 0;
    core.on('locked', () => lockedEvents++);

    const restored = await core.run('vault.restore', { path: file, backup: backup.path, passphrase: PASS });

    expect(restored.productionCount).toBe(1);
    expect((await core.run('production.list', {})).map((p) => p.title)).toEqual(['Before The Backup']);
    // A restore is a switch, not a lock: the window goes straight to the restored vault.
    expect(lockedEvents).toBe(0);
    const aside = readdirSync(dir).filter((f) => f.startsWith('show.closedset.replaced-'));
    const main = aside.find((f) => /replaced-\d{8}T\d{9}Z$/.test(f));
    expect(main).toBeDefined();
    const old = Vault.unlock(path.join(dir, main as string), PASS);
    try {
      const titles = old.db.prepare('SELECT title FROM production ORDER BY title').pluck().all();
      expect(titles).toEqual(['After The Backup', 'Before The Backup']);
    } finally {
      old.close();
    }
  });

  it('refuses a passphrase the backup does not open with, naming the field, and leaves the open vault open', async () => {
    const { core, file } = await unlockedCore();
    await core.run('production.create', productionInput('Still Here'));
    const backup = await core.run('vault.backup', {});
    let lockedEvents = 0;
    core.on('locked', () => lockedEvents++);

    const err = await core.run('vault.restore', { path: file, backup: backup.path, passphrase: OTHER_PASS }).then(
      () => null,
      (e: unknown) => e,
    );

    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('WRONG_PASSPHRASE');
    expect((err as AppError).issues).toEqual([{ path: 'passphrase', message: 'Does not open this backup' }]);
    expect(core.isUnlocked).toBe(true);
    expect(lockedEvents).toBe(0);
    expect((await core.run('production.list', {})).map((p) => p.title)).toEqual(['Still Here']);
  });
});
