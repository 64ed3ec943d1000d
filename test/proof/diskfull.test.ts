import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Core } from '../../electron/core/core';
import { PASS, productionInput, tempDir } from '../helpers';

// Real full and read-only file systems: a small tmpfs, remounted read-only where needed. Mounting
// needs root (CI and this machine run tests as root); elsewhere the suite says why it cannot run.
const mounted: string[] = [];
function tmpfs(sizeKiB: number): string {
  const dir = path.join(tempDir('closed-set-tmpfs-'), 'mnt');
  mkdirSync(dir);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k,mode=0700`, 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of mounted.splice(0)) execFileSync('umount', ['-l', dir]);
});
const canMount = (() => {
  try {
    const dir = tmpfs(64);
    execFileSync('umount', [dir]);
    mounted.pop();
    return true;
  } catch {
    return false;
  }
})();

describe.runIf(canMount)('a full disk or a read-only folder', () => {
  it('refuses a save on a full disk with a clear error and keeps everything saved before', async () => {
    const dir = tmpfs(1024);
    const core = new Core({ home: path.join(tempDir(), 'home'), door: 'test' });
    const file = path.join(dir, 'show.closedset');
    await core.run('vault.create', { path: file, passphrase: PASS });
    const production = await core.run('production.create', productionInput('Saved Before the Disk Filled'));
    const saved: string[] = [];
    let refusal: { code: string; message: string } | undefined;
    for (let i = 0; i < 400 && !refusal; i++) {
      const res = await core.handle('person.create', { name: `Performer ${i}`, notes: 'n'.repeat(9000) });
      if (res.ok) saved.push((res.value as { id: string }).id);
      else refusal = res.error;
    }
    expect(refusal).toMatchObject({ code: 'IO' });
    expect(refusal?.message).toMatch(/disk is full.*nothing was saved/i);
    // The app is still usable, and a backup onto the same full disk fails cleanly too.
    const backup = await core.handle('vault.backup', {});
    expect(backup).toMatchObject({ ok: false, error: { code: 'IO' } });
    core.lock('user');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    expect((await core.run('production.get', { id: production.id })).title).toBe('Saved Before the Disk Filled');
    const people = await core.run('person.list', {});
    expect(people.map((p) => p.id).sort()).toEqual([...saved].sort());
    expect(core.db().pragma('integrity_check', { simple: true })).toBe('ok');
    core.lock('user');
  });

  it('refuses a copy into a read-only folder, and opening from one, with clear errors; nothing is lost', async () => {
    const dir = tmpfs(4096);
    const readOnly = tmpfs(256);
    execFileSync('mount', ['-o', 'remount,ro', readOnly]);
    const core = new Core({ home: path.join(tempDir(), 'home'), door: 'test' });
    const file = path.join(dir, 'show.closedset');
    await core.run('vault.create', { path: file, passphrase: PASS });
    await core.run('production.create', productionInput('Kept'));
    let copyError: unknown;
    try {
      core.vault().backupTo(path.join(readOnly, 'copy.closedset'));
    } catch (err) {
      copyError = err;
    }
    expect(copyError).toMatchObject({ code: 'IO', message: expect.stringMatching(/read-only/) });
    core.lock('user');
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    const open = await core.handle('vault.unlock', { path: file, passphrase: PASS });
    expect(open).toMatchObject({ ok: false, error: { code: 'IO', message: expect.stringMatching(/read-only/) } });
    execFileSync('mount', ['-o', 'remount,rw', dir]);
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    expect((await core.run('production.list', {})).map((p) => p.title)).toEqual(['Kept']);
    core.lock('user');
  });
});
