import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/kit/errors';

/** fsync a folder so a rename inside it survives power loss (a no-op where folders can't be opened). */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a directory; its rename is already durable enough through NTFS journaling.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A temp name in the same folder as `target`, so the final rename never crosses file systems. */
export function tempPathFor(target: string): string {
  const rand = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${rand}.tmp`);
}

/**
 * SQLite reports file trouble with its own codes (VACUUM INTO a read-only folder is
 * SQLITE_CANTOPEN): translate them, asking the folder itself why it cannot be written.
 */
function errnoOf(err: unknown, file: string): string | undefined {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'SQLITE_FULL') return 'ENOSPC';
  if (code?.startsWith('SQLITE_READONLY')) return 'EROFS';
  if (code === 'SQLITE_CANTOPEN' || code?.startsWith('SQLITE_IOERR')) {
    try {
      accessSync(path.dirname(file), constants.W_OK);
    } catch (probe) {
      return (probe as NodeJS.ErrnoException).code ?? code;
    }
  }
  return code;
}

/** Describes a file-system error in words a user can act on. */
export function ioError(err: unknown, what: string, file: string): AppError {
  const code = errnoOf(err, file);
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EROFS'
          ? 'the folder is read-only'
          : code === 'ENOENT'
            ? 'the folder does not exist'
            : ((err as Error)?.message ?? String(err));
  return new AppError('IO', `Could not ${what} ${file}: ${reason}`, { detail: { errno: code ?? null } });
}

/**
 * Writes a file atomically: temp file in the same folder, fsync, rename, fsync the folder.
 * Readers see the old file or the new one, never half of either. Mode 0600: only the user reads it.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const tmp = tempPathFor(target);
  try {
    writeFileSync(tmp, data, { mode: 0o600 });
    fsyncFile(tmp);
    renameSync(tmp, target);
    fsyncDir(path.dirname(target));
  } catch (err) {
    rmSync(tmp, { force: true });
    throw ioError(err, 'write', target);
  }
}

/** The three files that make one SQLite database in WAL mode. */
export function sidecars(file: string): string[] {
  return [`${file}-wal`, `${file}-shm`, `${file}-journal`];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temp files (and their sidecars) that a killed process left beside `target`: a half-made
 * copy may be encrypted under a passphrase the user never finished setting, so none may linger.
 * Files of a process that is still running are left alone.
 */
export function removeStaleTemps(target: string): string[] {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[a-z0-9]+\.tmp(?:-wal|-shm|-journal)?$/.exec(name.slice(prefix.length));
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isAlive(pid)) continue;
    rmSync(path.join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}
