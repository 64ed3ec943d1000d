import { statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder, OTHER_PASS, PASS, productionInput, unlockedCore } from '../helpers';

let umask = 0;
beforeEach(() => {
  // The usual desktop umask, under which a file made with default modes is readable by everyone.
  umask = process.umask(0o022);
});
afterEach(() => {
  process.umask(umask);
});

function foldersUnder(dir: string): string[] {
  const files = new Set(filesUnder(dir));
  const out = new Set<string>();
  for (const f of files) for (let d = path.dirname(f); d.startsWith(dir) && d !== dir; d = path.dirname(d)) out.add(d);
  return [...out];
}

const modeOf = (p: string) => (statSync(p).mode & 0o777).toString(8);

// Runs wherever files carry POSIX permission bits; Windows has none (there the folder's ACL protects the files).
const posix = process.platform !== 'win32';

describe.runIf(posix)('every file the app writes is 0600, every folder 0700 (umask 022)', () => {
  it('vault, sidecars, backups, a passphrase change, a restore, exports and settings', async () => {
    const { core, dir, file } = await unlockedCore();
    const production = await core.run('production.create', productionInput());
    await core.run('app.updateSettings', { idleLockMinutes: 10 });
    await core.run('vault.backup', {});
    await core.run('vault.changePassphrase', { current: PASS, next: OTHER_PASS });
    await core.run('handoff.export', {
      productionId: production.id,
      format: 'csv',
      cut: 'production',
      recipient: 'Line producer',
      path: path.join(dir, 'breakdown.csv'),
    });
    await core.run('production.create', productionInput('Written after'));
    const backup = (await core.run('vault.backups', { path: file }))[0]?.path ?? '';
    await core.run('vault.restore', { path: file, backup, passphrase: OTHER_PASS });
    await core.run('production.create', productionInput('After the restore'));
    core.vault().backupTo(path.join(dir, 'copy.closedset'));

    const files = filesUnder(dir);
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true);
    expect(files.some((f) => f.includes('.replaced-'))).toBe(true);
    expect(files.some((f) => f.includes('previous-passphrase'))).toBe(true);
    const loose = files.filter((f) => modeOf(f) !== '600').map((f) => `${path.relative(dir, f)} ${modeOf(f)}`);
    expect(loose).toEqual([]);
    const open = foldersUnder(dir)
      .filter((d) => modeOf(d) !== '700')
      .map((d) => `${path.relative(dir, d)} ${modeOf(d)}`);
    expect(open).toEqual([]);
    core.dispose();
  });
});
