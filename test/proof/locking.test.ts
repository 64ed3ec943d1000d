import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Core } from '../../electron/core/core';
import { listBackups } from '../../electron/core/vault/backup';
import { PASS, productionInput, tempDir, unlockedCore } from '../helpers';

afterEach(() => {
  vi.useRealTimers();
});

describe('device settings', () => {
  it('default to a 5-minute idle lock and persist changes in the home folder', async () => {
    const { core, dir } = await unlockedCore();
    expect(await core.run('app.settings', {})).toMatchObject({ idleLockMinutes: 5, autoBackupHours: 24 });
    expect((await core.run('app.status', {})).idleLockMinutes).toBe(5);
    await core.run('app.updateSettings', { idleLockMinutes: 15 });
    const stored = JSON.parse(readFileSync(path.join(dir, 'home', 'settings.json'), 'utf8'));
    expect(stored.idleLockMinutes).toBe(15);
    const again = new Core({ home: path.join(dir, 'home'), door: 'test' });
    expect((await again.run('app.settings', {})).idleLockMinutes).toBe(15);
    expect((await again.run('app.status', {})).idleLockMinutes).toBe(15);
  });

  it('refuses bad values by field, and refuses any change while locked', async () => {
    const { core } = await unlockedCore();
    const bad = await core.handle('app.updateSettings', { idleLockMinutes: 0, autoBackupHours: 'daily' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!bad.ok) expect(bad.error.issues?.map((i) => i.path).sort()).toEqual(['autoBackupHours', 'idleLockMinutes']);
    core.lock('user');
    // Whoever stands at the lock screen must not be able to loosen the lock.
    expect(await core.handle('app.updateSettings', { idleLockMinutes: 240 })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    expect((await core.run('app.settings', {})).idleLockMinutes).toBe(5);
  });
});

describe('auto-lock', () => {
  it('locks after the idle time the user set, and any command restarts the clock', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { core } = await unlockedCore();
    await core.run('app.updateSettings', { idleLockMinutes: 2 });
    const key = core.vault().key.bytes;
    let locked = 0;
    core.on('locked', () => locked++);
    vi.advanceTimersByTime(90_000);
    await core.run('production.list', {});
    vi.advanceTimersByTime(90_000);
    expect(core.isUnlocked).toBe(true);
    vi.advanceTimersByTime(31_000);
    expect(core.isUnlocked).toBe(false);
    expect(locked).toBe(1);
    expect(key.every((b) => b === 0)).toBe(true);
    expect(await core.handle('production.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('locks on an OS lock or suspend (the core side of powerMonitor) and tells the renderer', async () => {
    const { core, file } = await unlockedCore();
    await core.run('production.create', productionInput('Locked on Sleep'));
    const events: string[] = [];
    core.on('locked', () => events.push('locked'));
    const key = core.vault().key.bytes;
    core.lock('system');
    expect(events).toEqual(['locked']);
    expect(key.every((b) => b === 0)).toBe(true);
    expect(core.isUnlocked).toBe(false);
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    expect((await core.run('production.list', {})).map((p) => p.title)).toEqual(['Locked on Sleep']);
  });
});

describe('scheduled backups', () => {
  it('back up on unlock when the newest is too old, then on schedule, rotated and verified', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-12-01T08:00:00Z'));
    const dir = tempDir();
    const core = new Core({ home: path.join(dir, 'home'), door: 'test', autoBackup: true });
    const file = path.join(dir, 'show.closedset');
    await core.run('vault.create', { path: file, passphrase: PASS });
    await core.run('production.create', productionInput('Backed Up on Schedule'));
    core.lock('user');
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    expect(listBackups(file).map((b) => b.createdAt)).toEqual(['2026-12-01T08:00:00.000Z']);
    // A second unlock the same day does not pile up backups.
    core.lock('user');
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    expect(listBackups(file)).toHaveLength(1);
    await core.run('app.updateSettings', { autoBackupHours: 6, idleLockMinutes: 240 });
    for (let h = 0; h < 6 * 12; h++) {
      vi.advanceTimersByTime(3_600_000);
      await core.run('production.list', {});
    }
    const backups = listBackups(file);
    expect(backups).toHaveLength(10);
    expect(backups[0]?.createdAt).toBe('2026-12-04T08:00:00.000Z');
    expect(backups[0]?.path).toMatch(/-auto\.closedset$/);
    core.lock('user');
    vi.useRealTimers();
    const copy = new Core({ home: path.join(dir, 'home2'), door: 'test' });
    await copy.run('vault.unlock', { path: backups[0]?.path ?? '', passphrase: PASS });
    expect((await copy.run('production.list', {})).map((p) => p.title)).toEqual(['Backed Up on Schedule']);
    copy.lock('user');
  });

  it('are off in a core that does not ask for them (the CLI)', async () => {
    const dir = tempDir();
    const core = new Core({ home: path.join(dir, 'home'), door: 'cli' });
    const file = path.join(dir, 'show.closedset');
    await core.run('vault.create', { path: file, passphrase: PASS });
    core.lock('user');
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    expect(listBackups(file)).toEqual([]);
  });
});
