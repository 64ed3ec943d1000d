import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/kit/errors';
import type { BackupInfo } from '../../../shared/vault/schema';
import { fsyncDir, fsyncFile, ioError, ownerOnly, realFile, sidecars, tempPathFor } from '../kit/fs';
import { assertEncrypted, type Db, type KeyMaterial, openKeyed, quickCheck } from './connection';

/** How many automatic backups are kept per vault. */
export const BACKUPS_KEPT = 10;
const BACKUP_RE = /-(\d{8}T\d{6}\d{3}Z)(?:-([a-z-]+))?\.closedset$/;

/** The backups folder sits beside the real vault file, whatever link the vault was opened through. */
export function backupsDir(vaultFile: string): string {
  return `${realFile(vaultFile)}.backups`;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(s: string): string {
  // 20261125T074512123Z -> 2026-11-25T07:45:12.123Z
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
}

/** Opens a copy with the vault's key and checks it; throws VAULT_DAMAGED when it is not sound. */
export function verifyCopy(file: string, key: KeyMaterial): void {
  let db: Db;
  try {
    db = openKeyed(file, key, { mustExist: true });
  } catch (err) {
    if (err instanceof AppError)
      throw new AppError('VAULT_DAMAGED', `The copy at ${file} does not open: ${err.message}`);
    throw err;
  }
  try {
    assertEncrypted(db, file);
    const problem = quickCheck(db);
    if (problem) throw new AppError('VAULT_DAMAGED', `The copy at ${file} fails its check: ${problem}`);
    // An empty file opens under any passphrase as an empty database: not a copy of a vault.
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'vault_meta'").get())
      throw new AppError(
        'VAULT_DAMAGED',
        `The copy at ${file} is not a Closed Set vault (it is empty or something else).`,
      );
  } finally {
    if (db.open) db.close();
  }
}

/**
 * Says whether `key` opens a backup, in the words of the restore form: a backup opens with the
 * passphrase in use when it was made, which may not be today's.
 */
export function checkBackupKey(file: string, key: KeyMaterial): void {
  let db: Db;
  try {
    db = openKeyed(file, key, { mustExist: true, readonly: true });
  } catch (err) {
    if (err instanceof AppError && err.code === 'WRONG_PASSPHRASE') {
      throw new AppError(
        'WRONG_PASSPHRASE',
        'This backup does not open with that passphrase. Use the passphrase the vault had when the backup was made.',
        { issues: [{ path: 'passphrase', message: 'Does not open this backup' }] },
      );
    }
    throw err;
  }
  db.close();
}

/**
 * Writes an encrypted copy of the open vault to `dest`: VACUUM INTO a temp file beside it (same
 * key), verify it, then rename over `dest`. A copy that fails verification never replaces anything.
 */
export function writeVerifiedCopy(db: Db, key: KeyMaterial, dest: string): BackupInfo {
  const tmp = tempPathFor(dest);
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    ownerOnly(tmp);
    fsyncFile(tmp);
    verifyCopy(tmp, key);
    for (const s of sidecars(tmp)) rmSync(s, { force: true });
    renameSync(tmp, dest);
    fsyncDir(path.dirname(dest));
  } catch (err) {
    for (const f of [tmp, ...sidecars(tmp)]) rmSync(f, { force: true });
    if (err instanceof AppError) throw err;
    throw ioError(err, 'write the backup', dest);
  }
  return { path: dest, createdAt: new Date().toISOString(), bytes: statSync(dest).size };
}

/** Backups of one vault, newest first. */
export function listBackups(vaultFile: string): BackupInfo[] {
  const dir = backupsDir(vaultFile);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, m: BACKUP_RE.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null && !x.name.startsWith('.'))
    .map(({ name, m }) => {
      const file = path.join(dir, name);
      return { path: file, createdAt: parseStamp(m[1] ?? ''), bytes: statSync(file).size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** A rotated backup in the vault's backups folder; the oldest beyond BACKUPS_KEPT are removed after. */
export function rotatedBackup(
  db: Db,
  key: KeyMaterial,
  vaultFile: string,
  reason?: string,
  now = new Date(),
): BackupInfo {
  const dir = backupsDir(vaultFile);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw ioError(err, 'create the backups folder', dir);
  }
  const base = path.basename(realFile(vaultFile)).replace(/\.closedset$/, '');
  const dest = path.join(dir, `${base}-${stamp(now)}${reason ? `-${reason}` : ''}.closedset`);
  const info = writeVerifiedCopy(db, key, dest);
  for (const old of listBackups(vaultFile).slice(BACKUPS_KEPT)) rmSync(old.path, { force: true });
  return { ...info, createdAt: now.toISOString() };
}

/**
 * Replaces a vault with a verified backup. The replaced vault and its -wal/-shm are moved aside
 * (never deleted: they may still hold something), so no stale sidecar meets the restored file.
 */
export function restoreBackup(given: string, backupFile: string, key: KeyMaterial): { setAside: string | null } {
  // Through a symlink, the real file is replaced and the link kept.
  const vaultFile = realFile(given);
  if (!existsSync(backupFile)) throw new AppError('NOT_FOUND', `No backup at ${backupFile}`);
  verifyCopy(backupFile, key);
  const tmp = tempPathFor(vaultFile);
  let setAside: string | null = null;
  try {
    copyFileSync(backupFile, tmp);
    ownerOnly(tmp);
    fsyncFile(tmp);
    if (existsSync(vaultFile)) {
      setAside = `${vaultFile}.replaced-${stamp(new Date())}`;
      renameSync(vaultFile, setAside);
    }
    for (const s of sidecars(vaultFile)) {
      if (existsSync(s)) renameSync(s, `${setAside ?? vaultFile}${s.slice(vaultFile.length)}`);
    }
    renameSync(tmp, vaultFile);
    fsyncDir(path.dirname(vaultFile));
  } catch (err) {
    rmSync(tmp, { force: true });
    throw ioError(err, 'restore the backup to', vaultFile);
  }
  return { setAside };
}

/** Where backups under an earlier passphrase wait until they expire, one folder per change. */
export const OLD_PASSPHRASE_FOLDER = 'previous-passphrase';
const DAY_MS = 86_400_000;
const STAMP_RE = /^\d{8}T\d{6}\d{3}Z$/;

/** Backups still kept under an earlier passphrase, and when the last of them is deleted. */
export interface OldPassphraseBackups {
  count: number;
  expiresAt: string | null;
}

/**
 * Sets the backups made before a passphrase change aside (they open with the old passphrase) in a
 * folder named after the change, then applies the retention: 0 days deletes them at once.
 */
export function setAsideOldPassphraseBackups(
  vaultFile: string,
  keep: (b: BackupInfo) => boolean,
  days: number,
  now = new Date(),
): OldPassphraseBackups {
  retireBackups(vaultFile, path.join(OLD_PASSPHRASE_FOLDER, stamp(now)), (b) => !keep(b));
  return expireOldPassphraseBackups(vaultFile, days, now);
}

/**
 * Deletes the backups under an old passphrase whose retention has passed (`days` after the change
 * that set them aside; a backup set aside by an earlier version counts from when it was made), and
 * says what remains. Run at each passphrase change and each unlock.
 */
export function expireOldPassphraseBackups(vaultFile: string, days: number, now = new Date()): OldPassphraseBackups {
  const root = path.join(backupsDir(vaultFile), OLD_PASSPHRASE_FOLDER);
  if (!existsSync(root)) return { count: 0, expiresAt: null };
  let count = 0;
  let last = 0;
  for (const name of readdirSync(root)) {
    const entry = path.join(root, name);
    const isChange = STAMP_RE.test(name) && statSync(entry).isDirectory();
    const since = isChange ? Date.parse(parseStamp(name)) : statSync(entry).mtimeMs;
    const expires = since + days * DAY_MS;
    if (expires <= now.getTime()) {
      rmSync(entry, { recursive: true, force: true });
      continue;
    }
    const files = isChange ? readdirSync(entry).filter((f) => f.endsWith('.closedset')).length : 1;
    if (files === 0) {
      rmSync(entry, { recursive: true, force: true });
      continue;
    }
    count += files;
    last = Math.max(last, expires);
  }
  return { count, expiresAt: count > 0 ? new Date(last).toISOString() : null };
}

/** Moves backups matching `which` into a subfolder of the backups folder (kept, no longer listed). */
export function retireBackups(vaultFile: string, subfolder: string, which: (b: BackupInfo) => boolean): number {
  const dest = path.join(backupsDir(vaultFile), subfolder);
  const retiring = listBackups(vaultFile).filter(which);
  if (retiring.length === 0) return 0;
  mkdirSync(dest, { recursive: true, mode: 0o700 });
  for (const b of retiring) renameSync(b.path, path.join(dest, path.basename(b.path)));
  fsyncDir(dest);
  fsyncDir(backupsDir(vaultFile));
  return retiring.length;
}
