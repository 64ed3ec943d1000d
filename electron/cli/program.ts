import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { AppError } from '../../shared/kit/errors';
import { rateOfPassphrase } from '../../shared/vault/passphrase';
import { Core, defaultHome } from '../core/core';
import { PDF_PASSPHRASE_ENV } from '../core/handoff/pdf/head';
import { registerCall } from './call';
import { registerGarmentCommands } from './garments';
import { registerHandoff } from './handoff';
import { CliFailure, type CliIo, EXIT, passphraseFrom, statusForCode, terminalSafe } from './io';

export { CliFailure, type CliIo, EXIT, passphraseFrom, statusForCode } from './io';

/** Builds the CLI. Every action opens the vault through the same core and command table as the app. */
export function buildProgram(io: CliIo): Command {
  const core = () => new Core({ home: defaultHome(), door: 'cli', rememberRecent: false });
  const program = new Command('closed-set')
    .description('Closed Set: the encrypted production binder, from the command line')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      // A usage error is one line a script can read: `closed-set: unknown option '--x'`.
      outputError: (s) => io.err(usageLine(s)),
    });

  const withPass = (cmd: Command) =>
    cmd.option('--passphrase-file <file>', 'read the passphrase from this file (first line)');

  async function unlocked(vault: string, opts: { passphraseFile?: string }): Promise<Core> {
    const c = core();
    const passphrase = await passphraseFrom(io, opts, 'CLOSED_SET_PASSPHRASE', 'Vault passphrase: ');
    await c.run('vault.unlock', { path: path.resolve(vault), passphrase });
    return c;
  }

  withPass(
    program
      .command('init')
      .argument('<vault>', 'path of the new vault file')
      .description('create a new encrypted vault'),
  ).action(async (vault: string, opts) => {
    const passphrase = await passphraseFrom(io, opts, 'CLOSED_SET_PASSPHRASE', 'New vault passphrase: ', true);
    const c = core();
    const info = await c.run('vault.create', { path: path.resolve(vault), passphrase });
    c.dispose();
    io.out(`created ${info.path} (SQLCipher 4, schema ${info.schemaVersion})`);
  });

  withPass(
    program
      .command('verify')
      .argument('<vault>')
      .description('unlock, run a full integrity check; exit 0 only if all is well')
      .option(
        '--against <anchor>',
        'also check the audit trail still holds this head: count:hash, a PDF binder, a JSON export or a package',
      ),
  ).action(async (vault: string, opts) => {
    const c = await unlocked(vault, opts);
    try {
      const integrity = await c.run('vault.verifyIntegrity', {});
      if (!integrity.ok) throw new AppError('VAULT_DAMAGED', `integrity check failed: ${integrity.problem}`);
      const audit = await c.run('audit.verify', {});
      if (!audit.ok && audit.firstBad) {
        throw new AppError(
          'VAULT_DAMAGED',
          `audit trail broken at entry ${audit.firstBad.seq} (${audit.firstBad.id}): ${audit.firstBad.reason}`,
        );
      }
      const anchored = opts.against
        ? await c.run('audit.verifyAgainst', {
            against: anchorArg(String(opts.against)),
            ...(io.env.CLOSED_SET_PACKAGE_PASSPHRASE
              ? { packagePassphrase: io.env.CLOSED_SET_PACKAGE_PASSPHRASE }
              : {}),
            ...(io.env[PDF_PASSPHRASE_ENV] ? { pdfPassword: io.env[PDF_PASSPHRASE_ENV] } : {}),
          })
        : null;
      const info = (await c.run('app.status', {})).vault;
      if (!info) throw new AppError('LOCKED', 'The vault closed during the check.');
      if (anchored) {
        const how =
          anchored.source === 'package' && !anchored.authenticated
            ? ' (read from the package header; set CLOSED_SET_PACKAGE_PASSPHRASE to authenticate it)'
            : '';
        io.out(`anchor ok: entry ${anchored.count} is ${anchored.hash.slice(0, 12)}${how}`);
      }
      io.out(
        `ok ${info.path}: encrypted (${info.cipher}), schema ${info.schemaVersion}, integrity ok, audit trail ok (${audit.entries} entries), ${info.productionCount} productions`,
      );
    } finally {
      c.dispose();
    }
  });

  withPass(program.command('list').argument('<vault>').description('list productions: id, a space, the title'))
    .option('--archived', 'include archived productions')
    .action(async (vault: string, opts) => {
      const c = await unlocked(vault, opts);
      try {
        const productions = await c.run('production.list', { includeArchived: Boolean(opts.archived) });
        for (const p of productions) io.out(`${p.id} ${p.title}`);
      } finally {
        c.dispose();
      }
    });

  withPass(program.command('passwd').argument('<vault>').description('change the vault passphrase')).action(
    async (vault: string, opts) => {
      const c = await unlocked(vault, opts);
      try {
        const current = c.vault().key.bytes.toString('utf8');
        const next = await passphraseFrom(io, {}, 'CLOSED_SET_NEW_PASSPHRASE', 'New passphrase: ', true);
        const strength = rateOfPassphrase(next);
        if (!strength.acceptable) {
          throw new CliFailure(
            `the new passphrase is too weak (${strength.label}): ${strength.feedback.join(' ')}`,
            EXIT.failure,
          );
        }
        const changed = await c.run('vault.changePassphrase', { current, next });
        io.out(`passphrase changed for ${c.vault().file}`);
        if (changed.warning) io.err(`closed-set: warning: ${changed.warning}`);
      } finally {
        c.dispose();
      }
    },
  );

  withPass(
    program
      .command('backup')
      .argument('<vault>')
      .argument('<dest>', 'file to write; replaced only once the new copy is verified')
      .description('write a verified, encrypted copy of the vault'),
  ).action(async (vault: string, dest: string, opts) => {
    const c = await unlocked(vault, opts);
    try {
      const info = await c.run('vault.backupTo', { path: path.resolve(dest) });
      io.out(`backup written to ${info.path} (${info.bytes} bytes, verified)`);
    } finally {
      c.dispose();
    }
  });

  program
    .command('backups')
    .argument('<vault>')
    .description('list the automatic backups of a vault, newest first')
    .action(async (vault: string) => {
      const list = await core().run('vault.backups', { path: path.resolve(vault) });
      for (const b of list) io.out(`${b.createdAt} ${b.bytes} ${b.path}`);
      if (list.length === 0) io.out('no backups');
    });

  withPass(
    program
      .command('restore')
      .argument('<vault>')
      .argument('<backup>')
      .description('replace a vault with a verified backup (the old file is kept beside it)'),
  ).action(async (vault: string, backup: string, opts) => {
    const c = core();
    const passphrase = await passphraseFrom(io, opts, 'CLOSED_SET_PASSPHRASE', 'Vault passphrase: ');
    const info = await c.run('vault.restore', { path: path.resolve(vault), backup: path.resolve(backup), passphrase });
    c.dispose();
    io.out(`restored ${info.path} from ${backup}`);
  });

  withPass(
    program
      .command('demo')
      .argument('<vault>', 'a vault to fill (created if it does not exist)')
      .description('fill a vault with a realistic, fictional production'),
  ).action(async (vault: string, opts) => {
    const c = core();
    const file = path.resolve(vault);
    const passphrase = await passphraseFrom(io, opts, 'CLOSED_SET_PASSPHRASE', 'Vault passphrase: ');
    const { existsSync } = await import('node:fs');
    if (existsSync(file)) await c.run('vault.unlock', { path: file, passphrase });
    else await c.run('vault.create', { path: file, passphrase });
    try {
      const demo = await c.run('production.demo', {});
      io.out(`demo production "${demo.title}" added to ${file} (id ${demo.productionId})`);
    } finally {
      c.dispose();
    }
  });

  registerGarmentCommands(program, { withPass, unlocked, out: io.out });
  registerHandoff(program, io, withPass, unlocked);
  registerCall(program, io);
  return program;
}

/** A `count:hash` head as typed; anything else is a file, resolved from the working folder. */
function anchorArg(text: string): string {
  return /^\d+:[0-9a-f]{64}$/.test(text.trim()) ? text.trim() : path.resolve(text);
}

/** Commander's error text as one `closed-set:` line ("error: " dropped, a suggestion kept on the line). */
export function usageLine(message: string): string {
  const text = message
    .replace(/^error:\s*/i, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  return `closed-set: ${text}`;
}

/** Runs the CLI and returns its exit status; failures print one line. */
export async function runCli(argv: string[], raw: CliIo): Promise<number> {
  // Every line leaves through here: record text is printed, never obeyed, by the terminal.
  const io: CliIo = { ...raw, out: (l) => raw.out(terminalSafe(l)), err: (l) => raw.err(terminalSafe(l)) };
  const program = buildProgram(io);
  if (argv.length === 0) {
    io.err('closed-set: no command given (run closed-set --help for the list)');
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof CliFailure) {
      io.err(`closed-set: ${err.message}`);
      return err.status;
    }
    if (err instanceof AppError) {
      io.err(`closed-set: ${err.message}`);
      return statusForCode(err.code);
    }
    io.err(`closed-set: ${(err as Error)?.message ?? String(err)}`);
    return EXIT.failure;
  }
}
