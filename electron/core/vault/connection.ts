import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/kit/errors';

export type Db = Database.Database;

/**
 * Key material held only while a vault is unlocked; `wipe()` zeroes it on lock. Passphrases are
 * normalised to NFC, so "café" typed with a combining accent is the same passphrase as with one
 * character; `as-typed` exists only to open a vault keyed before that rule.
 */
export class KeyMaterial {
  #bytes: Buffer | null;
  constructor(passphrase: string, form: 'nfc' | 'as-typed' = 'nfc') {
    this.#bytes = Buffer.from(form === 'nfc' ? passphrase.normalize('NFC') : passphrase, 'utf8');
  }
  get bytes(): Buffer {
    if (!this.#bytes) throw new AppError('LOCKED', 'The vault is locked.');
    return this.#bytes;
  }
  wipe(): void {
    this.#bytes?.fill(0);
    this.#bytes = null;
  }
}

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True when the file starts with SQLite's plaintext header, i.e. is NOT encrypted. */
export function hasPlainHeader(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    return n === 16 && head.equals(PLAIN_HEADER);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A page cache big enough to hold a whole production's working set (64 MiB). */
export const CACHE_KIB = 65536;

function sqliteCode(err: unknown): string | undefined {
  return (err as { code?: string })?.code;
}

/** The vault is held by another connection (another window, the browser shell, the CLI). */
export function openElsewhere(file: string): AppError {
  return new AppError(
    'CONFLICT',
    `The vault at ${file} is open in another Closed Set window or process (the desktop app, the browser shell or the command line). Lock or close it there, then open it here.`,
    { detail: { reason: 'open-elsewhere' } },
  );
}

export interface OpenOptions {
  /** Fail when the file does not exist (unlock) rather than create it (create). */
  mustExist: boolean;
  readonly?: boolean;
}

/**
 * Opens a SQLCipher 4 database (AES-256, HMAC-SHA512, PBKDF2-HMAC-SHA512 256,000 iterations) and
 * proves the key works by reading sqlite_master. SQLite3MultipleCiphers' default cipher (sqleet)
 * is weaker and unreadable by SQLCipher tools, so the scheme is selected explicitly.
 * Throws WRONG_PASSPHRASE (or VAULT_DAMAGED for a file that is not a database at all).
 */
export function openKeyed(file: string, key: KeyMaterial, opts: OpenOptions): Db {
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: opts.mustExist, readonly: opts.readonly ?? false });
  } catch (err) {
    if (sqliteCode(err) === 'SQLITE_CANTOPEN') {
      throw new AppError('VAULT_NOT_FOUND', `No vault at ${file}`);
    }
    throw err;
  }
  try {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.key(key.bytes);
    // One vault, one writer: a writable connection takes the file's exclusive lock now and keeps it
    // until it closes, so a second window, process or door cannot open (let alone rekey) the vault
    // under an open session. Set before the first read, WAL then keeps its index in this process's
    // memory, not in a shared -shm file.
    if (!opts.readonly) db.pragma('locking_mode = EXCLUSIVE');
    // PRAGMA key always "succeeds"; only a read tells whether the key is right.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!opts.readonly) db.exec('BEGIN EXCLUSIVE; COMMIT');
    return db;
  } catch (err) {
    db.close();
    if (sqliteCode(err) === 'SQLITE_BUSY') throw openElsewhere(file);
    if (sqliteCode(err) === 'SQLITE_NOTADB') {
      throw new AppError('WRONG_PASSPHRASE', 'Wrong passphrase: this vault did not open with it.');
    }
    if (sqliteCode(err) === 'SQLITE_CORRUPT') {
      throw new AppError('VAULT_DAMAGED', `The vault at ${file} is damaged.`);
    }
    throw err;
  }
}

/** The settings every connection gets (see the design notes in the README). */
export function configure(db: Db): void {
  db.pragma('foreign_keys = ON');
  // Temp files are NOT encrypted by SQLite3MC: keep temporary tables and indexes in memory.
  db.pragma('temp_store = MEMORY');
  // mmap with an encrypting VFS has corrupted databases: never on.
  db.pragma('mmap_size = 0');
  db.pragma(`cache_size = -${CACHE_KIB}`);
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') throw new Error(`Could not switch the vault to WAL mode (got ${String(mode)})`);
  // SQLite3MC's WAL default is NORMAL; consent records must survive power loss.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
}

/** Refuses to run on a connection that is not actually encrypting (e.g. plain better-sqlite3). */
export function assertCipher(db: Db, file: string): string {
  const cipher = db.pragma('cipher', { simple: true });
  if (cipher !== 'sqlcipher') {
    db.close();
    throw new AppError(
      'NOT_ENCRYPTED',
      `Encryption is not active on ${file} (cipher: ${String(cipher)}); refusing to run.`,
    );
  }
  return cipher;
}

/** Said of a file that is not a Closed Set vault; nothing was written to it. */
export function notAVault(file: string, why: string): AppError {
  return new AppError('VALIDATION', `${file} is not a Closed Set vault (${why}). Nothing was changed.`, {
    issues: [{ path: 'path', message: 'Not a Closed Set vault' }],
    detail: { reason: 'not-a-vault' },
  });
}

/**
 * Refuses, before any connection opens it, a file that cannot be a vault: an empty file (SQLite
 * would take it for a new database under any passphrase), a folder or a device.
 */
export function assertVaultFileShape(file: string): void {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(file);
  } catch {
    return; // the open reports a missing file in its own words
  }
  if (!stat.isFile()) throw notAVault(file, 'it is not an ordinary file');
  if (stat.size === 0) throw notAVault(file, 'it is empty');
}

/** A connection that opened is a Closed Set vault only when it has the vault's own table. */
export function assertVaultSchema(db: Db, file: string): void {
  const row = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'vault_meta'").get();
  if (!row) {
    db.close();
    throw notAVault(file, 'it is a database of something else');
  }
}

/** Refuses a file that starts with SQLite's plaintext header. */
export function assertNoPlainHeader(file: string): void {
  if (hasPlainHeader(file)) {
    throw new AppError(
      'NOT_ENCRYPTED',
      `${file} is a plaintext SQLite file; Closed Set only works on encrypted vaults.`,
    );
  }
}

/**
 * Both checks, for a copy (a backup, a rekeyed temp file). Not for a vault held open: reading its
 * file through another descriptor and closing it drops every POSIX lock this process holds on it,
 * the exclusive lock included; the open vault's header is checked before its connection opens.
 */
export function assertEncrypted(db: Db, file: string): string {
  const cipher = assertCipher(db, file);
  try {
    assertNoPlainHeader(file);
  } catch (err) {
    db.close();
    throw err;
  }
  return cipher;
}

/** `PRAGMA quick_check`: null when fine, else the first problem reported. */
export function quickCheck(db: Db): string | null {
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const first = rows[0]?.quick_check;
    return first === 'ok' ? null : (first ?? 'no answer from quick_check');
  } catch (err) {
    return (err as Error).message;
  }
}

export function integrityCheck(db: Db): string | null {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const first = rows[0]?.integrity_check;
  return first === 'ok' ? null : (first ?? 'no answer from integrity_check');
}

/**
 * `quick_check`, one table (with its indexes) at a time, letting the event loop run between tables
 * so commands keep being answered while a big vault is checked. Stops early, answering null, when
 * `stop` says the session it was checking is gone. Null when fine, else the first problem found.
 */
export async function quickCheckInSteps(db: Db, stop: () => boolean): Promise<string | null> {
  const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
  await pause();
  if (stop()) return null;
  let tables: string[];
  try {
    tables = [
      'sqlite_schema',
      ...(db
        .prepare(
          `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
        )
        .pluck()
        .all() as string[]),
    ];
  } catch (err) {
    return (err as Error).message;
  }
  for (const table of tables) {
    await pause();
    if (stop()) return null;
    try {
      const rows = db.pragma(`quick_check("${table.replaceAll('"', '""')}")`) as { quick_check: string }[];
      const first = rows[0]?.quick_check;
      if (first !== 'ok') return first ?? 'no answer from quick_check';
    } catch (err) {
      return (err as Error).message;
    }
  }
  return null;
}
