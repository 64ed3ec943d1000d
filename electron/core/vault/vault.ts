import { chmodSync, closeSync, existsSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { monotonicFactory } from 'ulid';
import { AppError } from '../../../shared/kit/errors';
import { rateOfPassphrase } from '../../../shared/vault/passphrase';
import type { BackupInfo, VaultInfo } from '../../../shared/vault/schema';
import { DEFAULT_SETTINGS } from '../../../shared/vault/settings';
import { fsyncDir, fsyncFile, ioError, ownerOnly, realFile, removeStaleTemps, sidecars, tempPathFor } from '../kit/fs';
import {
  listBackups,
  type OldPassphraseBackups,
  rotatedBackup,
  setAsideOldPassphraseBackups,
  verifyCopy,
  writeVerifiedCopy,
} from './backup';
import {
  assertCipher,
  assertEncrypted,
  assertNoPlainHeader,
  assertVaultFileShape,
  assertVaultSchema,
  configure,
  type Db,
  KeyMaterial,
  openKeyed,
  quickCheck,
} from './connection';
import { otherPagesAuthenticate } from './keycheck';
import { loadMigrations, type Migration, migrate, pendingMigrations, schemaVersion } from './migrations';

export const newId = monotonicFactory();

/** The steps of a passphrase change, in order; the crash tests kill the process at each one. */
export const PASSPHRASE_STEPS = [
  'checkpointed',
  'copied',
  'copy-in-delete-mode',
  'rekeyed',
  'verified',
  'closed',
  'sidecars-removed',
  'renamed',
  'synced',
  'reopened',
  'backed-up',
] as const;
export type PassphraseStep = (typeof PASSPHRASE_STEPS)[number];
export const VAULT_EXTENSION = '.closedset';

let cachedMigrations: Migration[] | undefined;
function migrations(): Migration[] {
  cachedMigrations ??= loadMigrations();
  return cachedMigrations;
}

function damaged(file: string, reason: string): AppError {
  return new AppError('VAULT_DAMAGED', `The vault at ${file} is damaged (${reason}). Restore it from a backup.`, {
    detail: { backups: listBackups(file) },
  });
}

/** An unlocked vault: one encrypted SQLite connection and the key that opened it. */
export class Vault {
  readonly file: string;
  #db: Db | null;
  #key: KeyMaterial | null;

  private constructor(file: string, db: Db, key: KeyMaterial) {
    this.file = file;
    this.#db = db;
    this.#key = key;
  }

  get db(): Db {
    if (!this.#db) throw new AppError('LOCKED', 'The vault is locked.');
    return this.#db;
  }

  get isOpen(): boolean {
    return this.#db !== null;
  }

  /** Creates a new vault; refuses to overwrite anything, and leaves nothing behind on failure. */
  static create(file: string, passphrase: string): Vault {
    const strength = rateOfPassphrase(passphrase, [path.basename(file, VAULT_EXTENSION)]);
    if (!strength.acceptable) {
      throw new AppError(
        'WEAK_PASSPHRASE',
        `The passphrase is too weak (${strength.label}). ${strength.feedback.join(' ')}`.trim(),
        {
          issues: [{ path: 'passphrase', message: strength.feedback.join(' ') || 'Too weak' }],
        },
      );
    }
    if (existsSync(file)) {
      throw new AppError('VAULT_EXISTS', `A file already exists at ${file}; Closed Set never overwrites it.`, {
        issues: [{ path: 'path', message: 'A file already exists here' }],
      });
    }
    try {
      // Exclusive create: a file that appears between the check and now is still never overwritten.
      closeSync(openSync(file, 'wx', 0o600));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new AppError('VAULT_EXISTS', `A file already exists at ${file}; Closed Set never overwrites it.`);
      }
      throw ioError(err, 'create the vault', file);
    }
    const key = new KeyMaterial(passphrase);
    let db: Db | undefined;
    try {
      db = openKeyed(file, key, { mustExist: true });
      configure(db);
      migrate(db, pendingMigrations(db, migrations()));
      const now = new Date().toISOString();
      const meta = db.prepare('INSERT INTO vault_meta (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)');
      meta.run('vault_id', newId(), now, now);
      meta.run('created_at', now, now, now);
      assertEncrypted(db, file);
      chmodSync(file, 0o600);
      // The header check read the file through another descriptor, which dropped this process's
      // lock on it (POSIX): a fresh connection takes the exclusive lock again for the session.
      db.close();
      db = openKeyed(file, key, { mustExist: true });
      configure(db);
      return new Vault(file, db, key);
    } catch (err) {
      if (db?.open) db.close();
      key.wipe();
      for (const f of [file, ...sidecars(file)]) rmSync(f, { force: true });
      throw err;
    }
  }

  /**
   * Opens an existing vault: key, encryption check, quick_check, migrations (after a backup).
   * `check: false` leaves the whole-file quick_check to the caller, to run after the vault is open
   * (the core does it in steps while the session is idle: `quickCheckInSteps`).
   */
  static unlock(
    file: string,
    passphrase: string,
    known: Migration[] = migrations(),
    opts: { check: boolean } = { check: true },
  ): Vault {
    if (!existsSync(file)) {
      throw new AppError('VAULT_NOT_FOUND', `No vault at ${file}`, {
        issues: [{ path: 'path', message: 'No vault at this path' }],
      });
    }
    // Before the connection opens: once it holds the vault's lock, no other descriptor may touch it.
    assertVaultFileShape(file);
    assertNoPlainHeader(file);
    let key = new KeyMaterial(passphrase);
    let db: Db | undefined;
    try {
      try {
        try {
          db = openKeyed(file, key, { mustExist: true });
        } catch (first) {
          // A vault keyed before passphrases were normalised, with one typed in another Unicode form.
          const retry =
            first instanceof AppError &&
            first.code === 'WRONG_PASSPHRASE' &&
            passphrase !== passphrase.normalize('NFC');
          if (!retry) throw first;
          const asTyped = new KeyMaterial(passphrase, 'as-typed');
          try {
            db = openKeyed(file, asTyped, { mustExist: true });
          } catch {
            asTyped.wipe();
            throw first;
          }
          key.wipe();
          key = asTyped;
        }
      } catch (err) {
        // A damaged first page looks like a wrong key. When the vault's other pages authenticate
        // with this passphrase, the passphrase is right and the vault is what is broken. (Asking
        // a backup instead misleads after a passphrase change: old backups open with the old one.)
        if (err instanceof AppError && err.code === 'WRONG_PASSPHRASE') {
          const verdict = otherPagesAuthenticate(file, key);
          const newest = listBackups(file)[0];
          if (verdict === true || (verdict === null && newest && opensWith(newest.path, key)))
            throw damaged(file, 'its first page does not decrypt');
          throw new AppError('WRONG_PASSPHRASE', err.message, {
            issues: [{ path: 'passphrase', message: 'Wrong passphrase' }],
          });
        }
        if (err instanceof AppError && err.code === 'VAULT_DAMAGED')
          throw damaged(file, 'it is not a readable database');
        throw err;
      }
      assertCipher(db, file);
      // Before configure() writes anything (WAL mode, migrations): a database of something else
      // that happens to open with this passphrase is left exactly as it was.
      assertVaultSchema(db, file);
      const problem = opts.check ? quickCheck(db) : null;
      if (problem) throw damaged(file, problem);
      configure(db);
      removeStaleTemps(realFile(file));
      const pending = pendingMigrations(db, known);
      if (pending.length > 0 && schemaVersion(db) > 0) rotatedBackup(db, key, file, 'pre-migration');
      migrate(db, pending);
      return new Vault(file, db, key);
    } catch (err) {
      if (db?.open) db.close();
      key.wipe();
      // A vault on a read-only or full disk cannot even open in WAL mode: say so, not "internal".
      const code = (err as { code?: unknown }).code;
      if (!(err instanceof AppError) && typeof code === 'string' && /^SQLITE_(CANTOPEN|READONLY|IOERR|FULL)/.test(code))
        throw ioError(err, 'open the vault', file);
      throw err;
    }
  }

  info(): VaultInfo {
    const count = this.db.prepare('SELECT count(*) AS n FROM production WHERE archived_at IS NULL').get() as {
      n: number;
    };
    return {
      path: this.file,
      name: path.basename(this.file, VAULT_EXTENSION),
      schemaVersion: schemaVersion(this.db),
      cipher: String(this.db.pragma('cipher', { simple: true })),
      productionCount: count.n,
    };
  }

  get key(): KeyMaterial {
    if (!this.#key) throw new AppError('LOCKED', 'The vault is locked.');
    return this.#key;
  }

  /** A rotated, verified backup in the vault's backups folder. */
  backup(reason?: string): BackupInfo {
    return rotatedBackup(this.db, this.key, this.file, reason);
  }

  /** A verified encrypted copy at a path the user chose. */
  backupTo(dest: string): BackupInfo {
    return writeVerifiedCopy(this.db, this.key, path.resolve(dest));
  }

  /**
   * Re-encrypts under a new passphrase without ever leaving the vault half-rekeyed: a rekeyed,
   * verified copy is renamed over the original. A kill at any point leaves exactly one valid
   * passphrase: the old one before the rename, the new one after it.
   */
  changePassphrase(
    current: string,
    next: string,
    onStep: (step: PassphraseStep) => void = () => {},
    oldBackupDays: number = DEFAULT_SETTINGS.oldPassphraseBackupDays,
  ): OldPassphraseBackups {
    const currentKey = new KeyMaterial(current);
    if (!currentKey.bytes.equals(this.key.bytes)) {
      currentKey.wipe();
      throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is wrong.', {
        issues: [{ path: 'current', message: 'Wrong passphrase' }],
      });
    }
    currentKey.wipe();
    const strength = rateOfPassphrase(next, [path.basename(this.file, VAULT_EXTENSION)]);
    if (!strength.acceptable) {
      throw new AppError('WEAK_PASSPHRASE', `The new passphrase is too weak (${strength.label}).`, {
        issues: [{ path: 'next', message: strength.feedback.join(' ') || 'Too weak' }],
      });
    }
    const nextKey = new KeyMaterial(next);
    // Through a symlink, the real file is rekeyed in its own folder: renaming over the link would
    // replace it with a regular file and leave the real vault under the old passphrase.
    const target = realFile(this.file);
    const tmp = tempPathFor(target);
    const db = this.db;
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
      onStep('checkpointed');
      // Copied by the connection itself: copying the file through another descriptor would drop
      // this process's exclusive lock on the vault (POSIX locks die with any descriptor's close).
      db.prepare('VACUUM INTO ?').run(tmp);
      ownerOnly(tmp);
      fsyncFile(tmp);
      onStep('copied');
      // Rekey is unsafe in WAL mode in this SQLite3MC version: do it on the copy in DELETE mode.
      const copy = openKeyed(tmp, this.key, { mustExist: true });
      try {
        copy.pragma('journal_mode = DELETE');
        onStep('copy-in-delete-mode');
        copy.rekey(nextKey.bytes);
      } finally {
        copy.close();
      }
      onStep('rekeyed');
      verifyCopy(tmp, nextKey);
      for (const s of sidecars(tmp)) rmSync(s, { force: true });
      onStep('verified');
      db.close();
      this.#db = null;
      onStep('closed');
      for (const s of sidecars(target)) rmSync(s, { force: true });
      onStep('sidecars-removed');
      renameSync(tmp, target);
      onStep('renamed');
      fsyncDir(path.dirname(target));
      onStep('synced');
    } catch (err) {
      for (const f of [tmp, ...sidecars(tmp)]) rmSync(f, { force: true });
      if (!this.#db) this.reopen(this.key);
      nextKey.wipe();
      if (err instanceof AppError) throw err;
      throw ioError(err, 'change the passphrase of', target);
    }
    this.#key?.wipe();
    this.reopen(nextKey);
    onStep('reopened');
    // Backups under the old passphrase would make the old passphrase look like a damaged vault
    // (the newest backup opens with it): take one under the new passphrase, set the old ones aside
    // for as long as the user's setting keeps them.
    let fresh: BackupInfo | null = null;
    try {
      fresh = rotatedBackup(this.db, nextKey, this.file, 'passphrase-change');
      onStep('backed-up');
    } catch {
      // The change itself is done; a backup that cannot be written now is taken on the next schedule.
    }
    const freshPath = fresh?.path;
    return setAsideOldPassphraseBackups(this.file, (b) => b.path === freshPath, oldBackupDays);
  }

  private reopen(key: KeyMaterial): void {
    const db = openKeyed(this.file, key, { mustExist: true });
    configure(db);
    this.#db = db;
    this.#key = key;
  }

  /** Closes the connection and zeroes the key. Safe to call twice. */
  close(): void {
    if (this.#db?.open) {
      try {
        this.#db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A checkpoint that cannot run now (another reader) runs on the next open instead.
      }
      this.#db.close();
    }
    this.#db = null;
    this.#key?.wipe();
    this.#key = null;
  }
}

function opensWith(file: string, key: KeyMaterial): boolean {
  try {
    verifyCopy(file, key);
    return true;
  } catch {
    return false;
  }
}
