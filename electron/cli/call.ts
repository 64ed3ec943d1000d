import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { type CommandName, commands, isCommandName } from '../../shared/commands';
import type { ErrorBody, Result } from '../../shared/kit/errors';
import { Core, defaultHome } from '../core/core';
import { CliFailure, type CliIo, EXIT, passphraseFrom, statusForCode } from './io';

interface CallOptions {
  passphraseFile?: string;
  inputFile?: string;
}

/** Reads the command's input text: an argument, `-` for stdin, `--input-file`, or nothing (`{}`). */
async function inputText(io: CliIo, json: string | undefined, opts: CallOptions): Promise<string> {
  if (opts.inputFile !== undefined && json !== undefined) {
    throw new CliFailure('give the input either as an argument or with --input-file, not both', EXIT.usage);
  }
  if (opts.inputFile !== undefined) {
    try {
      return readFileSync(path.resolve(opts.inputFile), 'utf8');
    } catch (err) {
      throw new CliFailure(`cannot read the input file ${opts.inputFile}: ${(err as Error).message}`, EXIT.usage);
    }
  }
  if (json === '-') {
    if (!io.readStdin) throw new CliFailure('no standard input to read the input from', EXIT.usage);
    return io.readStdin();
  }
  return json ?? '{}';
}

/** Parses the input as JSON, naming where it went wrong; an empty file or stdin means `{}`. */
function parseInput(text: string, from: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CliFailure(`the input ${from} is not valid JSON: ${(err as Error).message}`, EXIT.failure);
  }
}

/** The one `closed-set:` line for a refused command, naming the fields at fault when there are any. */
export function failureLine(name: CommandName, error: ErrorBody): string {
  if (error.code === 'VALIDATION' && error.issues && error.issues.length > 0) {
    const fields = error.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    return `invalid input for ${name}: ${fields}`;
  }
  return `${name}: ${error.message}`;
}

/**
 * `call`: the scripting door. Any command of the table runs through the core exactly as the app
 * calls it (same validation, same views, same envelope), so scripts need no door of their own.
 */
export function registerCall(program: Command, io: CliIo): void {
  program
    .command('commands')
    .description('list the commands `call` can run: the name, a tab, what it does')
    .action(() => {
      for (const [name, spec] of Object.entries(commands)) io.out(`${name}\t${spec.summary}`);
    });

  program
    .command('call')
    .argument('<vault>')
    .argument('<command>', 'a command of the table, e.g. production.list (see `closed-set commands`)')
    .argument('[json-input]', 'the input as JSON, or - to read it from standard input; {} when left out')
    .option('--input-file <file>', 'read the input JSON from this file')
    .option('--passphrase-file <file>', 'read the passphrase from this file (first line)')
    .description('unlock the vault, run one command through the core, print its result envelope as JSON')
    .action(async (vault: string, name: string, json: string | undefined, opts: CallOptions) => {
      if (!isCommandName(name)) {
        throw new CliFailure(`unknown command "${name}" (closed-set commands lists them)`, EXIT.failure);
      }
      const fromStdin = json === '-' && opts.inputFile === undefined;
      const from = opts.inputFile !== undefined ? `in ${opts.inputFile}` : fromStdin ? 'on standard input' : 'argument';
      const input = parseInput(await inputText(io, json, opts), from);
      // Standard input, once read to its end, cannot also answer a passphrase prompt.
      const passIo = fromStdin ? { ...io, prompt: undefined } : io;
      const passphrase = await passphraseFrom(passIo, opts, 'CLOSED_SET_PASSPHRASE', 'Vault passphrase: ');
      const core = new Core({ home: defaultHome(), door: 'cli', rememberRecent: false });
      try {
        await core.run('vault.unlock', { path: path.resolve(vault), passphrase });
        const result: Result<unknown> = await core.handle(name, input);
        io.out(JSON.stringify(result, null, 2));
        if (!result.ok) throw new CliFailure(failureLine(name, result.error), statusForCode(result.error.code));
      } finally {
        core.dispose();
      }
    });
}
