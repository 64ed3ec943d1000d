import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../../electron/core/core';
import { listBackups } from '../../../electron/core/vault/backup';
import { PASS, productionInput, tempDir } from '../../helpers';

/** A core as the desktop app makes one: automatic backups, the integrity check after unlock. */
function appCore(dir: string, home = 'home'): Core {
  return new Core({
    home: path.join(dir, home),
    door: 'test',
    autoBackup: true,
    backgroundChecks: true,
    // Long enough that nothing starts on its own during a test: `settled()` starts it.
    idleWorkMs: 60_000,
  });
}

/** A vault with some records in it, locked; returns its path. */
async function vaultWithRecords(dir: string, people = 3): Promise<string> {
  const core = new Core({ home: path.join(dir, 'maker'), door: 'test' });
  const file = path.join(dir, 'show.closedset');
  await core.run('vault.create', { path: file, passphrase: PASS });
  const production = await core.run('production.create', productionInput('Checked After Unlock'));
  // With enough rows, the file has pages an unlock never reads (people and their audit entries).
  for (let i = 0; i < people; i++) {
    const person = await core.run('person.create', {
      name: `Performer ${i}`,
      notes: 'Prefers a check-in. '.repeat(20),
    });
    await core.run('member.add', { productionId: production.id, personId: person.id, role: 'performer' });
  }
  core.lock('user');
  return file;
}

describe('the integrity check and the day’s backup after unlock', () => {
  it('opens at once, then checks the vault and takes the day’s backup when the session is idle', async () => {
    const dir = tempDir();
    const file = await vaultWithRecords(dir);
    const core = appCore(dir);
    const info = await core.run('vault.unlock', { path: file, passphrase: PASS });
    expect(info.integrity).toMatchObject({ state: 'pending', problem: null });
    // Nothing was written before unlock returned: the backup waits for the idle session.
    expect(listBackups(file)).toEqual([]);
    expect((await core.run('production.list', {})).map((p) => p.title)).toEqual(['Checked After Unlock']);

    await core.settled();
    const status = await core.run('app.status', {});
    expect(status.vault?.integrity).toMatchObject({ state: 'ok', problem: null });
    expect(status.vault?.integrity?.checkedAt).toEqual(expect.any(String));
    const backups = listBackups(file);
    expect(backups).toHaveLength(1);
    expect(backups[0]?.path).toMatch(/-auto\.closedset$/);
    core.dispose();
  });

  it('does not run for a session that locked before it was idle', async () => {
    const dir = tempDir();
    const file = await vaultWithRecords(dir);
    const core = appCore(dir);
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    core.lock('user');
    await core.settled();
    expect(listBackups(file)).toEqual([]);
  });

  it('locks a damaged vault, and unlocking it again says so and offers the backups to restore', async () => {
    const dir = tempDir();
    const file = await vaultWithRecords(dir, 120);
    const first = appCore(dir);
    await first.run('vault.unlock', { path: file, passphrase: PASS });
    await first.settled();
    const backup = listBackups(file)[0];
    expect(backup).toBeDefined();
    first.dispose();

    // Damage the last page of the file: a page of records an unlock does not read.
    const bytes = readFileSync(file);
    const page = 4096;
    const last = bytes.length - page;
    for (let i = last + 200; i < last + 300; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    writeFileSync(file, bytes);

    const core = appCore(dir, 'home2');
    let lockedEvents = 0;
    core.on('locked', () => {
      lockedEvents++;
    });
    const opened = await core.handle('vault.unlock', { path: file, passphrase: PASS });
    expect(opened.ok).toBe(true);
    await core.settled();
    expect(core.isUnlocked).toBe(false);
    expect(lockedEvents).toBe(1);
    expect(core.integrity.state).toBe('damaged');

    const again = await core.handle('vault.unlock', { path: file, passphrase: PASS });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('VAULT_DAMAGED');
    const offered = again.error.detail?.backups as { path: string }[];
    expect(offered.map((b) => b.path)).toContain(backup?.path);

    const restored = await core.run('vault.restore', { path: file, backup: backup?.path ?? '', passphrase: PASS });
    expect(restored.productionCount).toBe(1);
    expect((await core.run('production.list', {}))[0]?.title).toBe('Checked After Unlock');
    core.dispose();
  });
});
