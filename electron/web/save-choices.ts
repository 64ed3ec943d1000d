import path from 'node:path';
import { AppError, type ErrorBody } from '../../shared/kit/errors';
import { checkDestination, sidecars } from '../core/kit/fs';
import { backupsDir } from '../core/vault/backup';

/** Commands that write a file at a path from the page. */
const WRITES_FILE = new Set(['handoff.export', 'handoff.startExport']);

type Refusal = { ok: false; error: ErrorBody };

function refusal(err: unknown): Refusal {
  if (err instanceof AppError) return { ok: false, error: err.toBody() };
  return { ok: false, error: { code: 'IO', message: String((err as Error)?.message ?? err) } };
}

/**
 * The browser shell's save dialog, in place of the system's: the page names a file, the server
 * checks it (and asks before replacing one that exists), and only a file chosen this way in this
 * session can be written, once per choice. A stolen token alone then cannot aim an export at an
 * arbitrary file, and no file is ever replaced without the user saying so.
 */
export class SaveChoices {
  readonly #chosen = new Map<string, { replace: boolean }>();
  readonly #openVault: () => string | null;

  constructor(openVault: () => string | null) {
    this.#openVault = openVault;
  }

  #guarded() {
    const vault = this.#openVault();
    return vault ? { files: [vault, ...sidecars(vault)], folders: [backupsDir(vault)] } : { files: [], folders: [] };
  }

  /** `{ path, replace? }` from the page: a checked, remembered choice, or why not (CONFLICT: ask first). */
  choose(body: unknown): { ok: true; value: { path: string; exists: boolean } } | Refusal {
    const { path: given, replace } = (body ?? {}) as { path?: unknown; replace?: unknown };
    if (typeof given !== 'string' || !path.isAbsolute(given) || given.includes('\0')) {
      return refusal(
        new AppError('VALIDATION', 'Give the full path of the file to write, starting from the top folder.', {
          issues: [{ path: 'path', message: 'A full path is needed' }],
        }),
      );
    }
    const file = path.resolve(given);
    let exists: boolean;
    try {
      exists = checkDestination(file, this.#guarded()).exists;
    } catch (err) {
      return refusal(err);
    }
    if (exists && replace !== true) {
      return refusal(
        new AppError('CONFLICT', `A file already exists at ${file}. Replace it?`, {
          issues: [{ path: 'path', message: 'A file already exists here' }],
          detail: { exists: true, path: file },
        }),
      );
    }
    this.#chosen.set(file, { replace: exists });
    return { ok: true, value: { path: file, exists } };
  }

  /** Null when the command may run; otherwise the answer to send instead. Uses up the choice. */
  check(name: unknown, input: unknown): Refusal | null {
    if (typeof name !== 'string' || !WRITES_FILE.has(name)) return null;
    const given = (input as { path?: unknown } | null)?.path;
    if (typeof given !== 'string' || given === '') return null; // the command's own validation answers
    const file = path.resolve(given);
    const choice = this.#chosen.get(file);
    if (!choice) {
      return refusal(
        new AppError('VALIDATION', `Choose where to save first: this browser tab has not chosen ${file}.`, {
          issues: [{ path: 'path', message: 'Not chosen in this session' }],
        }),
      );
    }
    this.#chosen.delete(file);
    try {
      const { exists } = checkDestination(file, this.#guarded());
      if (exists && !choice.replace) {
        return refusal(
          new AppError('CONFLICT', `A file appeared at ${file} since it was chosen; choose it again to replace it.`, {
            issues: [{ path: 'path', message: 'A file already exists here' }],
          }),
        );
      }
    } catch (err) {
      return refusal(err);
    }
    return null;
  }
}
