import { readFileSync } from 'node:fs';
import type { ErrorCode } from '../../shared/kit/errors';
import { EndOfInput } from './prompt';

/** What the CLI reads and writes: injected, so tests run the real program without a terminal. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Asks on the terminal without echo; undefined when there is no terminal to ask on. */
  prompt?: (question: string) => Promise<string>;
  /** Reads standard input to its end, for `call ... -`; undefined where there is none. */
  readStdin?: () => Promise<string>;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters escaped
const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * A line as the terminal may print it: control characters (escape sequences, bell, C1 controls)
 * shown as `\u001b` and the like, so a record's text can never drive the terminal.
 */
export function terminalSafe(line: string): string {
  return line.replace(TERMINAL_CONTROL, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** Exit statuses scripts can branch on. */
export const EXIT = { ok: 0, failure: 1, usage: 2, wrongPassphrase: 3, damaged: 4 } as const;

/** A failure the CLI reports as one `closed-set:` line and an exit status. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The passphrase from --passphrase-file (its first line), the environment, or the terminal; always NFC. */
export async function passphraseFrom(
  io: CliIo,
  opts: { passphraseFile?: string },
  envName: string,
  question: string,
  confirm = false,
): Promise<string> {
  if (opts.passphraseFile) {
    try {
      // The first line only: a file may end with a newline, or hold notes below the passphrase.
      return (readFileSync(opts.passphraseFile, 'utf8').split(/\r?\n/)[0] ?? '').normalize('NFC');
    } catch (err) {
      throw new CliFailure(
        `cannot read the passphrase file ${opts.passphraseFile}: ${(err as Error).message}`,
        EXIT.usage,
      );
    }
  }
  const fromEnv = io.env[envName];
  if (fromEnv) return fromEnv.normalize('NFC');
  if (!io.prompt) {
    throw new CliFailure(`no passphrase: set ${envName}, use --passphrase-file, or run in a terminal`, EXIT.usage);
  }
  const ask = io.prompt;
  const answer = (q: string) =>
    ask(q).catch((err: unknown) => {
      if (err instanceof EndOfInput) throw new CliFailure('no passphrase given (end of input)', EXIT.usage);
      throw err;
    });
  const first = await answer(question);
  if (confirm) {
    const again = await answer('Type it again: ');
    if (again !== first) throw new CliFailure('the two passphrases differ; nothing was changed', EXIT.usage);
  }
  return first.normalize('NFC');
}

/** The exit status for an error code from the core, so every command and `call` agree. */
export function statusForCode(code: ErrorCode): number {
  if (code === 'WRONG_PASSPHRASE') return EXIT.wrongPassphrase;
  if (code === 'VAULT_DAMAGED' || code === 'PACKAGE_DAMAGED') return EXIT.damaged;
  return EXIT.failure;
}
