import { execFile } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCore, OTHER_PASS, PASS, productionInput, tempDir, unlockedCore } from '../helpers';
import { bundleChild } from './children/bundle';

const run = promisify(execFile);

describe('one vault, one writer (promise 15)', () => {
  let child: { file: string; dir: string };
  beforeAll(async () => {
    child = await bundleChild('test/proof/children/second-door.ts');
  });
  afterAll(() => rmSync(child.dir, { recursive: true, force: true }));

  it('a second door in another process cannot open the vault, so cannot change its passphrase', async () => {
    const { core, file } = await unlockedCore();
    await core.run('production.create', productionInput('Before'));
    // Only stat: reading the file here would drop this process's lock on it (POSIX), not the app's doing.
    const before = statSync(file);
    const { stdout } = await run(process.execPath, [child.file, file], {
      env: { ...process.env, CLOSED_SET_PASSPHRASE: PASS, CLOSED_SET_NEW_PASSPHRASE: OTHER_PASS },
    });
    const { unlock, change } = JSON.parse(stdout);
    expect(unlock).toMatchObject({ ok: false, error: { code: 'CONFLICT', detail: { reason: 'open-elsewhere' } } });
    expect(unlock.error.message).toMatch(/open in another Closed Set window or process/);
    expect(change).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const after = statSync(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    // The open session's later writes are kept, under the passphrase it knows.
    await core.run('production.create', productionInput('After'));
    core.lock('user');
    const again = newCore(tempDir());
    await again.run('vault.unlock', { path: file, passphrase: PASS });
    expect((await again.run('production.list', {})).map((p) => p.title).sort()).toEqual(['After', 'Before']);
    again.dispose();
  });

  it('a second core in the same process is refused too, and opens once the first locks', async () => {
    const { core, file } = await unlockedCore();
    const other = newCore(tempDir());
    const mtime = statSync(file).mtimeMs;
    expect(await other.handle('vault.unlock', { path: file, passphrase: PASS })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    // Even with a wrong passphrase, nothing is tried against a vault held open.
    expect(await other.handle('vault.unlock', { path: file, passphrase: OTHER_PASS })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(statSync(file).mtimeMs).toBe(mtime);
    await core.run('production.create', productionInput('Still mine'));
    core.lock('user');
    await other.run('vault.unlock', { path: file, passphrase: PASS });
    expect((await other.run('production.list', {})).map((p) => p.title)).toEqual(['Still mine']);
    // ...and now the first is the one refused.
    expect(await core.handle('vault.unlock', { path: file, passphrase: PASS })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    other.dispose();
  });

  it('the lock survives a passphrase change and a backup in the open session', async () => {
    const { core, file } = await unlockedCore();
    await core.run('vault.changePassphrase', { current: PASS, next: OTHER_PASS });
    await core.run('vault.backup', {});
    const other = newCore(tempDir());
    expect(await other.handle('vault.unlock', { path: file, passphrase: OTHER_PASS })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    core.dispose();
    await other.run('vault.unlock', { path: file, passphrase: OTHER_PASS });
    other.dispose();
  });
});
