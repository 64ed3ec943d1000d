import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/core/vault/backup';
import { hasPlainHeader } from '../../../electron/core/vault/connection';
import { loadMigrations } from '../../../electron/core/vault/migrations';
import { Vault } from '../../../electron/core/vault/vault';
import { AppError } from '../../../shared/kit/errors';
import { newCore, OTHER_PASS, PASS, productionInput, tempDir, unlockedCore } from '../../helpers';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  return 'no error';
}

describe('creating a vault', () => {
  it('writes an encrypted SQLCipher 4 file with the connection settings the promises need', async () => {
    const { core, file } = await unlockedCore();
    expect(hasPlainHeader(file)).toBe(false);
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toContain('SQLite format');
    const db = core.db();
    expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    expect(Number(db.pragma('legacy', { simple: true }))).toBe(4);
    expect(Number(db.pragma('kdf_iter', { simple: true }))).toBe(256000);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('mmap_size', { simple: true })).toBe(0);
    expect(db.pragma('cache_size', { simple: true })).toBe(-65536);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('opens in a SQLCipher 4 reader with only the passphrase (no lock-in)', async () => {
    const { core, file } = await unlockedCore();
    await core.run('production.create', productionInput('Portable Records'));
    core.lock('user');
    // A fresh connection configured the way sqlcipher CLI 4.x defaults are: sqlcipher scheme, v4.
    const db = new Database(file, { fileMustExist: true, readonly: true });
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = '${PASS}'`);
    expect(db.prepare('SELECT title FROM production').get()).toEqual({ title: 'Portable Records' });
    db.close();
    // ...and the library's weaker default scheme does NOT open it.
    const other = new Database(file, { fileMustExist: true, readonly: true });
    other.pragma(`key = '${PASS}'`);
    expect(() => other.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow();
    other.close();
  });

  it('refuses to overwrite an existing file and leaves it untouched', async () => {
    const dir = tempDir();
    const core = newCore(dir);
    const file = path.join(dir, 'taken.closedset');
    writeFileSync(file, 'a spreadsheet someone saved here');
    expect(await codeOf(core.run('vault.create', { path: file, passphrase: PASS }))).toBe('VAULT_EXISTS');
    expect(readFileSync(file, 'utf8')).toBe('a spreadsheet someone saved here');
  });

  it('refuses a weak passphrase and writes nothing', async () => {
    const dir = tempDir();
    const core = newCore(dir);
    const file = path.join(dir, 'weak.closedset');
    const result = await core.handle('vault.create', { path: file, passphrase: 'password1' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('WEAK_PASSPHRASE');
      expect(result.error.issues?.[0]?.path).toBe('passphrase');
    }
    expect(existsSync(file)).toBe(false);
  });
});

describe('unlocking', () => {
  it('says the passphrase is wrong and leaves the file byte-for-byte and mtime unchanged', async () => {
    const { core, file } = await unlockedCore();
    await core.run('production.create', productionInput());
    core.lock('user');
    const past = new Date('2026-01-01T00:00:00Z');
    utimesSync(file, past, past);
    const before = readFileSync(file);
    const result = await core.handle('vault.unlock', { path: file, passphrase: OTHER_PASS });
    expect(result).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    if (!result.ok) expect(result.error.message).toMatch(/wrong passphrase/i);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(past.getTime());
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(core.isUnlocked).toBe(false);
  });

  it('opens with the right passphrase and shows what was saved', async () => {
    const { core, file } = await unlockedCore();
    await core.run('production.create', productionInput('Night Shift'));
    core.lock('user');
    const info = await core.run('vault.unlock', { path: file, passphrase: PASS });
    expect(info).toMatchObject({ name: 'show', productionCount: 1, cipher: 'sqlcipher' });
    const list = await core.run('production.list', {});
    expect(list.map((p) => p.title)).toEqual(['Night Shift']);
  });

  it('reports a missing vault by path', async () => {
    const core = newCore();
    const result = await core.handle('vault.unlock', { path: '/nowhere/at/all.closedset', passphrase: PASS });
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_NOT_FOUND' } });
  });

  it('refuses a vault written by a newer app, with its own error', async () => {
    const { core, file } = await unlockedCore();
    core.db().pragma('user_version = 999');
    core.lock('user');
    const result = await core.handle('vault.unlock', { path: file, passphrase: PASS });
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_TOO_NEW' } });
  });

  it('backs the vault up, then runs pending migrations in one go', async () => {
    const { core, file } = await unlockedCore();
    await core.run('production.create', productionInput('Before Migration'));
    core.lock('user');
    const dir = tempDir();
    for (const m of loadMigrations())
      writeFileSync(path.join(dir, `${String(m.version).padStart(4, '0')}_${m.name}.sql`), m.sql);
    const next = String((loadMigrations().at(-1)?.version ?? 0) + 1).padStart(4, '0');
    writeFileSync(path.join(dir, `${next}_added_later.sql`), 'CREATE TABLE added_later (id TEXT PRIMARY KEY) STRICT;');
    const vault = Vault.unlock(file, PASS, loadMigrations(dir));
    expect(vault.db.pragma('user_version', { simple: true })).toBe(Number(next));
    vault.close();
    const backups = listBackups(file);
    expect(backups.length).toBe(1);
    expect(backups[0]?.path).toMatch(/pre-migration\.closedset$/);
    const old = Vault.unlock(backups[0]?.path ?? '', PASS);
    expect(old.db.prepare('SELECT title FROM production').get()).toEqual({ title: 'Before Migration' });
    old.close();
  });

  it('rolls back every migration when one fails', async () => {
    const { core, file } = await unlockedCore();
    core.lock('user');
    const dir = tempDir();
    for (const m of loadMigrations())
      writeFileSync(path.join(dir, `${String(m.version).padStart(4, '0')}_${m.name}.sql`), m.sql);
    const n = loadMigrations().at(-1)?.version ?? 0;
    writeFileSync(path.join(dir, `${String(n + 1).padStart(4, '0')}_good.sql`), 'CREATE TABLE good (id TEXT) STRICT;');
    writeFileSync(path.join(dir, `${String(n + 2).padStart(4, '0')}_bad.sql`), 'CREATE TABLE broken (;');
    expect(() => Vault.unlock(file, PASS, loadMigrations(dir))).toThrow();
    const vault = Vault.unlock(file, PASS);
    expect(vault.db.pragma('user_version', { simple: true })).toBe(n);
    expect(vault.db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'good'`).get()).toEqual({ n: 0 });
    vault.close();
  });
});

describe('locking', () => {
  it('closes the connection, zeroes the key and refuses commands until unlocked', async () => {
    const { core } = await unlockedCore();
    const vault = core.vault();
    const keyBytes = vault.key.bytes;
    let lockedEvents = 0;
    core.on('locked', () => lockedEvents++);
    await core.run('vault.lock', {});
    expect(lockedEvents).toBe(1);
    expect(keyBytes.every((b) => b === 0)).toBe(true);
    expect(vault.isOpen).toBe(false);
    const result = await core.handle('production.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});

describe('changing the passphrase', () => {
  it('re-encrypts: the new one opens the vault with all data, the old one no longer does', async () => {
    const { core, file } = await unlockedCore();
    await core.run('production.create', productionInput('Kept Through Rekey'));
    await core.run('vault.changePassphrase', { current: PASS, next: OTHER_PASS });
    expect((await core.run('production.list', {})).map((p) => p.title)).toEqual(['Kept Through Rekey']);
    core.lock('user');
    expect(await codeOf(core.run('vault.unlock', { path: file, passphrase: PASS }))).toBe('WRONG_PASSPHRASE');
    await core.run('vault.unlock', { path: file, passphrase: OTHER_PASS });
    expect((await core.run('production.list', {})).length).toBe(1);
  });

  it('refuses a wrong current passphrase and keeps the old one valid', async () => {
    const { core, file } = await unlockedCore();
    const result = await core.handle('vault.changePassphrase', { current: OTHER_PASS, next: 'another-long-phrase-88' });
    expect(result).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE', issues: [{ path: 'current' }] } });
    core.lock('user');
    await core.run('vault.unlock', { path: file, passphrase: PASS });
  });
});

describe('backups', () => {
  it('writes verified encrypted copies that open with the vault passphrase, and rotates them', async () => {
    const { core, file } = await unlockedCore();
    await core.run('production.create', productionInput('Backed Up'));
    const first = await core.run('vault.backup', {});
    expect(hasPlainHeader(first.path)).toBe(false);
    const copy = Vault.unlock(first.path, PASS);
    expect(copy.db.prepare('SELECT title FROM production').get()).toEqual({ title: 'Backed Up' });
    copy.close();
    for (let i = 0; i < 12; i++) core.vault().backup(undefined);
    const backups = listBackups(file);
    expect(backups.length).toBe(10);
    expect((backups[0]?.createdAt ?? '') >= (backups[9]?.createdAt ?? '')).toBe(true);
  });

  it('offers the backups when the vault is damaged, and restores one', async () => {
    const { core, file } = await unlockedCore();
    await core.run('production.create', productionInput('Survives Damage'));
    const backup = await core.run('vault.backup', {});
    core.lock('user');
    // Flip bytes in the middle of the second page.
    const bytes = readFileSync(file);
    for (let i = 4096 + 1000; i < 4096 + 1100; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    writeFileSync(file, bytes);
    const result = await core.handle('vault.unlock', { path: file, passphrase: PASS });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VAULT_DAMAGED');
    expect(result.error.message).toMatch(/damaged/i);
    const offered = result.error.detail?.backups as { path: string }[];
    expect(offered.map((b) => b.path)).toContain(backup.path);
    const restored = await core.run('vault.restore', { path: file, backup: backup.path, passphrase: PASS });
    expect(restored.productionCount).toBe(1);
    expect((await core.run('production.list', {}))[0]?.title).toBe('Survives Damage');
  });

  it('tells a damaged first page from a wrong passphrase when a backup opens', async () => {
    const { core, file } = await unlockedCore();
    await core.run('vault.backup', {});
    core.lock('user');
    const bytes = readFileSync(file);
    bytes[100] = (bytes[100] ?? 0) ^ 0xff;
    writeFileSync(file, bytes);
    expect(await codeOf(core.run('vault.unlock', { path: file, passphrase: PASS }))).toBe('VAULT_DAMAGED');
    expect(await codeOf(core.run('vault.unlock', { path: file, passphrase: OTHER_PASS }))).toBe('WRONG_PASSPHRASE');
  });
});

describe('after a passphrase change', () => {
  it('calls the old passphrase wrong (not the vault damaged), so no old backup is offered over a healthy vault', async () => {
    const { core, file } = await unlockedCore();
    await core.run('production.create', productionInput('Current Work'));
    await core.run('vault.backup', {});
    await core.run('vault.changePassphrase', { current: PASS, next: OTHER_PASS });
    core.lock('user');
    const res = await core.handle('vault.unlock', { path: file, passphrase: PASS });
    expect(res).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(listBackups(file)[0]?.path).toMatch(/passphrase-change\.closedset$/);
    await core.run('vault.unlock', { path: file, passphrase: OTHER_PASS });
    expect((await core.run('production.list', {})).map((p) => p.title)).toEqual(['Current Work']);
  });
});

describe('a vault opened through a symlink', () => {
  it('rekeys the real file, keeps the link a link, and keeps backups and -wal beside the real file', async () => {
    const realDir = tempDir();
    const linkDir = tempDir();
    const core = newCore();
    const real = path.join(realDir, 'show.closedset');
    await core.run('vault.create', { path: real, passphrase: PASS });
    await core.run('production.create', productionInput('Through The Link'));
    core.lock('user');
    const link = path.join(linkDir, 'show.closedset');
    symlinkSync(real, link);

    await core.run('vault.unlock', { path: link, passphrase: PASS });
    await core.run('vault.changePassphrase', { current: PASS, next: OTHER_PASS });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(existsSync(`${real}-wal`)).toBe(true);
    expect(readdirSync(linkDir)).toEqual(['show.closedset']);
    expect(listBackups(link).length).toBeGreaterThan(0);
    for (const b of listBackups(link)) expect(path.dirname(path.dirname(b.path))).toBe(realDir);
    core.lock('user');

    const other = newCore();
    expect(await codeOf(other.run('vault.unlock', { path: real, passphrase: PASS }))).toBe('WRONG_PASSPHRASE');
    await other.run('vault.unlock', { path: real, passphrase: OTHER_PASS });
    expect((await other.run('production.list', {})).map((p) => p.title)).toEqual(['Through The Link']);
    other.lock('user');
  });
});
