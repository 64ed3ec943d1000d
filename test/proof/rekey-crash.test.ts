import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityCheck } from '../../electron/core/vault/connection';
import { PASSPHRASE_STEPS, Vault } from '../../electron/core/vault/vault';
import { AppError } from '../../shared/kit/errors';
import { OTHER_PASS, PASS, productionInput, unlockedCore } from '../helpers';
import { bundleChild } from './children/bundle';

function opens(file: string, passphrase: string): Vault | null {
  try {
    return Vault.unlock(file, passphrase);
  } catch (err) {
    if (err instanceof AppError && err.code === 'WRONG_PASSPHRASE') return null;
    throw err;
  }
}

describe('a passphrase change killed at every step', () => {
  let child: { file: string; dir: string };
  beforeAll(async () => {
    child = await bundleChild('test/proof/children/rekey-killer.ts');
  });
  afterAll(() => rmSync(child.dir, { recursive: true, force: true }));

  it('calls the old passphrase wrong (not the vault damaged) after a change, though old backups exist', async () => {
    const { core, file } = await unlockedCore();
    await core.run('production.create', productionInput('Backed Up Before'));
    const old = await core.run('vault.backup', {});
    const change = await core.run('vault.changePassphrase', { current: PASS, next: OTHER_PASS });
    expect(change.oldPassphraseBackups.count).toBe(1);
    core.lock('user');
    const res = await core.handle('vault.unlock', { path: file, passphrase: PASS });
    expect(res).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    const listed = await core.run('vault.backups', { path: file });
    expect(listed.map((b) => b.path)).not.toContain(old.path);
    expect(listed[0]?.path).toMatch(/passphrase-change\.closedset$/);
    expect(opens(listed[0]?.path ?? '', OTHER_PASS)?.close()).toBeUndefined();
    // The old backup is kept, set aside in the change's folder, and still opens with the old passphrase.
    const aside = path.join(path.dirname(old.path), 'previous-passphrase');
    const [changeFolder] = readdirSync(aside);
    const kept = path.join(aside, changeFolder ?? '', path.basename(old.path));
    const oldCopy = opens(kept, PASS);
    expect(oldCopy).not.toBeNull();
    oldCopy?.close();
  });

  it('tells a damaged first page from a wrong passphrase with no backup to ask', async () => {
    const { core, file } = await unlockedCore();
    await core.run('production.create', productionInput('No Backups Yet'));
    core.lock('user');
    const bytes = readFileSync(file);
    bytes[200] = (bytes[200] ?? 0) ^ 0xff;
    writeFileSync(file, bytes);
    expect(await core.handle('vault.unlock', { path: file, passphrase: PASS })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_DAMAGED' },
    });
    expect(await core.handle('vault.unlock', { path: file, passphrase: OTHER_PASS })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
  });

  it.each(PASSPHRASE_STEPS)('leaves exactly one valid passphrase and all data when killed after "%s"', async (step) => {
    const { core, dir, file } = await unlockedCore();
    const production = await core.run('production.create', productionInput('Survives the Rekey'));
    for (let i = 0; i < 40; i++) await core.run('person.create', { name: `Performer ${i}`, notes: 'x'.repeat(500) });
    await core.vault().backup();
    core.lock('user');

    const run = spawnSync(process.execPath, [child.file, file, step], {
      env: { ...process.env, CLOSED_SET_PASSPHRASE: PASS, CLOSED_SET_NEW_PASSPHRASE: OTHER_PASS },
      encoding: 'utf8',
    });
    expect(run.signal, run.stderr).toBe('SIGKILL');

    const withOld = opens(file, PASS);
    const withNew = withOld ? null : opens(file, OTHER_PASS);
    const before = PASSPHRASE_STEPS.indexOf(step) < PASSPHRASE_STEPS.indexOf('renamed');
    expect([withOld !== null, withNew !== null]).toEqual(before ? [true, false] : [false, true]);
    const vault = (withOld ?? withNew) as Vault;
    try {
      expect(integrityCheck(vault.db)).toBeNull();
      expect(vault.db.prepare('SELECT id FROM production').all()).toEqual([{ id: production.id }]);
      expect(vault.db.prepare('SELECT count(*) AS n FROM person').get()).toEqual({ n: 41 });
      // Written by the child just before the change: it was still in the WAL when the change began.
      expect(vault.db.prepare(`SELECT name FROM person WHERE name = 'Written last'`).get()).toBeTruthy();
    } finally {
      vault.close();
    }
    // The other passphrase really does not open it, and is called wrong, not "damaged", even though
    // a backup under the old passphrase exists (from "backed-up" on it is set aside).
    const other = opens(file, withOld ? OTHER_PASS : PASS);
    expect(other).toBeNull();
    // No half-made copy under either passphrase is left beside the vault after the next unlock.
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.includes('.tmp-'))).toEqual([]);
    expect(readdirSync(path.dirname(file)).filter((n) => n.startsWith('.show.closedset.'))).toEqual([]);
  });
});
