import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../../electron/cli/program';
import {
  backupsDir,
  expireOldPassphraseBackups,
  listBackups,
  OLD_PASSPHRASE_FOLDER,
} from '../../../electron/core/vault/backup';
import { OTHER_PASS, PASS, tempDir, unlockedCore } from '../../helpers';

const DAY = 86_400_000;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => d.name);
}

describe('backups under an old passphrase', () => {
  it('are kept for the days the user set, said in the change result, then deleted', async () => {
    const { core, file } = await unlockedCore();
    await core.run('vault.backup', {});
    await core.run('vault.backup', {});
    const before = Date.now();
    const res = await core.run('vault.changePassphrase', { current: PASS, next: OTHER_PASS });
    expect(res.oldPassphraseBackups.count).toBe(2);
    const expires = Date.parse(res.oldPassphraseBackups.expiresAt ?? '');
    expect(expires).toBeGreaterThanOrEqual(before + 14 * DAY);
    expect(expires).toBeLessThanOrEqual(Date.now() + 14 * DAY);
    expect(res.warning).toContain('2 backups still open with the old passphrase');
    expect(res.warning).toContain(res.oldPassphraseBackups.expiresAt);
    const old = path.join(backupsDir(file), OLD_PASSPHRASE_FOLDER);
    expect(filesUnder(old)).toHaveLength(2);
    // Only the backup under the new passphrase is offered for restore.
    expect(listBackups(file).map((b) => path.basename(b.path))).toEqual([
      expect.stringMatching(/passphrase-change\.closedset$/),
    ]);

    // A day before the limit they stay; once it passes they are gone.
    expect(expireOldPassphraseBackups(file, 14, new Date(expires - DAY)).count).toBe(2);
    expect(filesUnder(old)).toHaveLength(2);
    expect(expireOldPassphraseBackups(file, 14, new Date(expires + 1))).toEqual({ count: 0, expiresAt: null });
    expect(filesUnder(old)).toHaveLength(0);
  });

  it('are deleted at once when the setting is 0 days, with no warning', async () => {
    const { core, file } = await unlockedCore();
    await core.run('vault.backup', {});
    await core.run('app.updateSettings', { oldPassphraseBackupDays: 0 });
    const res = await core.run('vault.changePassphrase', { current: PASS, next: OTHER_PASS });
    expect(res).toEqual({ changed: true, oldPassphraseBackups: { count: 0, expiresAt: null }, warning: null });
    expect(filesUnder(path.join(backupsDir(file), OLD_PASSPHRASE_FOLDER))).toEqual([]);
  });

  it('a limit that is not a whole number of days from 0 to 365 is refused by name', async () => {
    const { core } = await unlockedCore();
    const bad = await core.handle('app.updateSettings', { oldPassphraseBackupDays: -1 });
    expect(bad).toMatchObject({ ok: false, error: { issues: [{ path: 'oldPassphraseBackupDays' }] } });
    expect((await core.run('app.settings', {})).oldPassphraseBackupDays).toBe(14);
  });

  it('the CLI passwd says how many remain under the old passphrase and when they expire', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'show.closedset');
    const env = { CLOSED_SET_HOME: path.join(dir, 'home'), CLOSED_SET_PASSPHRASE: PASS };
    const io = (out: string[], err: string[]) => ({
      env: { ...env, CLOSED_SET_NEW_PASSPHRASE: OTHER_PASS },
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
    });
    const sink: string[] = [];
    expect(await runCli(['init', file], io(sink, sink))).toBe(EXIT.ok);
    expect(await runCli(['call', file, 'vault.backup', '{}'], io(sink, sink))).toBe(EXIT.ok);
    const out: string[] = [];
    const err: string[] = [];
    expect(await runCli(['passwd', file], io(out, err))).toBe(EXIT.ok);
    expect(out[0]).toMatch(/^passphrase changed/);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      /^closed-set: warning: 1 backup still opens with the old passphrase .*deleted after \d{4}-\d\d-\d\dT[\d:.]+Z\. .*0 days deletes them at once\.$/,
    );
  });
});
