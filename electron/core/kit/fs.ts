import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
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

/**
 * Makes a file the app wrote readable by its owner only. SQLite creates files (VACUUM INTO, a
 * rekeyed copy) and copyFile copies with modes from the umask or the source, often 0644: every
 * vault, backup and copy goes through here before it is renamed into place.
 */
export function ownerOnly(file: string): void {
  if (process.platform !== 'win32') chmodSync(file, 0o600);
}

/**
 * The file a path finally names, symlinks followed: a vault opened through a link is rekeyed,
 * backed up and journalled beside the real file (as SQLite itself does), and the link stays a link.
 * A path that does not exist yet is returned as given.
 */
export function realFile(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
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

function lstatOrNull(file: string): Stats | null {
  try {
    return lstatSync(file);
  } catch {
    return null;
  }
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** A path with its folder's links resolved (macOS's /tmp is /private/tmp), the name kept as given. */
function realPathOf(file: string): string {
  const dir = path.dirname(path.resolve(file));
  try {
    return path.join(realpathSync(dir), path.basename(file));
  } catch {
    return path.resolve(file);
  }
}

const badDestination = (file: string, why: string) =>
  new AppError('VALIDATION', `Closed Set will not write to ${file}: ${why}. Choose another file.`, {
    issues: [{ path: 'path', message: why }],
  });

/**
 * Checks a destination the user gave for an export before anything is written: it must be an
 * ordinary file or a new name in an existing folder, never a link, a device, a folder, nor one of
 * the files in `guarded` (the open vault, its -wal/-shm, anything in its backups folder), however
 * it is reached (another spelling, a linked folder, a hard link). Returns whether it exists.
 */
export function checkDestination(target: string, guarded: { files: string[]; folders: string[] }): { exists: boolean } {
  const file = path.resolve(target);
  const dir = statOrNull(path.dirname(file));
  if (!dir?.isDirectory()) throw badDestination(file, 'its folder does not exist');
  const own = lstatOrNull(file);
  if (own?.isSymbolicLink()) throw badDestination(file, 'it is a link to another file');
  if (own && !own.isFile()) throw badDestination(file, 'it is not an ordinary file (a folder or a device)');
  const real = realPathOf(file);
  for (const g of guarded.files) {
    const other = statOrNull(g);
    const sameInode = own && other && own.ino === other.ino && own.dev === other.dev;
    if (sameInode || real === realPathOf(g)) throw badDestination(file, 'it is the open vault or one of its files');
  }
  for (const folder of guarded.folders) {
    const realFolder = realPathOf(path.join(folder, 'x'));
    if (real.startsWith(path.dirname(realFolder) + path.sep))
      throw badDestination(file, "it is in the vault's backups folder");
  }
  return { exists: own !== null };
}
