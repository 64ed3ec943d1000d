import path from 'node:path';
import type { Command } from 'commander';
import {
  type ConsentChange,
  CUTS,
  EXPORT_FORMATS,
  type ImportPlan,
  type Resolution,
} from '../../shared/handoff/schema';
import type { Core } from '../core/core';
import { isPackage } from '../core/handoff/package';
import { CliFailure, type CliIo, EXIT, passphraseFrom } from './io';
import { productionNamed } from './production';

function describePlan(plan: ImportPlan, file: string): string {
  const c = plan.counts;
  const what = plan.mode === 'new' ? 'imported as a new production' : 'merged into the existing production';
  const audit = `${plan.audit.added} audit entries appended${plan.audit.diverged ? `, ${plan.audit.diverged} kept as a separate branch (the histories had diverged)` : ''}`;
  return `"${plan.title}" ${what} from ${path.basename(file)}: ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged, ${c.keptOurs} kept as ours; ${audit}`;
}

/** One consent change on one line: its id (what --accept takes), the record, and each field old -> new. */
function describeConsentChange(c: ConsentChange): string {
  const fields = c.fields.map((f) => `${f.field}: ${f.from} -> ${f.to}`).join('; ');
  const what = c.kind === 'added' ? 'added' : c.conflict ? 'changed on both sides' : 'changed';
  return `consent change ${c.id}: ${c.label} ${what}${fields ? `: ${fields}` : ''}`;
}

/** `--accept all` or a comma-separated list of consent change ids. */
function acceptedIds(option: string | undefined, plan: ImportPlan): string[] {
  if (option === undefined) return [];
  if (option.trim() === 'all') return plan.consentChanges.map((c) => c.id);
  return option
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
}

/** Said whenever the full binder leaves as a PDF or CSV: who may have it. */
export const FULL_CUT_WARNING =
  'Full cut: contains riders and body maps: only another intimacy coordinator should get it.';

/** `export` and `import`: the handoff through the same command table as the app. */
export function registerHandoff(
  program: Command,
  io: CliIo,
  withPass: (cmd: Command) => Command,
  unlocked: (vault: string, opts: { passphraseFile?: string }) => Promise<Core>,
): void {
  withPass(
    program
      .command('export')
      .argument('<vault>')
      .description('export one production: a PDF binder, an encrypted handoff package, JSON or a CSV scene breakdown')
      .requiredOption('--production <id or title>', 'the production')
      .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
      .option(
        '--cut <cut>',
        `${CUTS.join(' | ')} (default: production for pdf and csv; a package or JSON always carries the full production)`,
      )
      .option('--recipient <name>', 'who the binder is prepared for (printed on every page)', 'Coordinator handoff')
      .requiredOption('--out <file>', 'file to write (atomically)')
      .option('--protect', 'password-protect the PDF (AES-256) with CLOSED_SET_PDF_PASSWORD or a prompt'),
  ).action(async (vault: string, opts) => {
    if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) {
      throw new CliFailure(`--format must be one of ${EXPORT_FORMATS.join(', ')}`, EXIT.usage);
    }
    // What leaves the coordinator's hands by default is the AD's cut; the full binder is asked for by name.
    const importable = opts.format === 'package' || opts.format === 'json' || opts.format === 'ics';
    const explicit = opts.cut !== undefined;
    if (opts.cut === undefined) opts.cut = importable ? 'full' : 'production';
    else if (!(CUTS as readonly string[]).includes(opts.cut))
      throw new CliFailure(`--cut must be one of ${CUTS.join(', ')}`, EXIT.usage);
    if (!importable && opts.cut === 'full') io.err(FULL_CUT_WARNING);
    if (!importable && !explicit)
      io.err('Production cut (the default). For the coordinator binder with riders and body maps: --cut full.');
    if (opts.protect && opts.format !== 'pdf')
      throw new CliFailure('--protect applies to --format pdf only', EXIT.usage);
    const c = await unlocked(vault, opts);
    try {
      const production = await productionNamed(c, opts.production);
      const packagePassphrase =
        opts.format === 'package'
          ? await passphraseFrom(io, {}, 'CLOSED_SET_PACKAGE_PASSPHRASE', 'Passphrase for this handoff package: ', true)
          : undefined;
      const pdfPassword = opts.protect
        ? await passphraseFrom(io, {}, 'CLOSED_SET_PDF_PASSWORD', 'Password to open the PDF: ', true)
        : undefined;
      const result = await c.run('handoff.export', {
        productionId: production.id,
        format: opts.format,
        cut: opts.cut,
        recipient: opts.recipient,
        path: path.resolve(opts.out),
        ...(packagePassphrase ? { packagePassphrase } : {}),
        ...(pdfPassword ? { pdfPassword } : {}),
      });
      const pages = result.pages === null ? '' : `, ${result.pages} pages`;
      io.out(
        `wrote ${result.path} (${result.format}, ${result.cut} cut${pages}, ${result.bytes} bytes${result.protected ? ', encrypted' : ''})`,
      );
    } finally {
      c.dispose();
    }
  });

  withPass(
    program
      .command('import')
      .argument('<vault>')
      .argument('<file>', 'a handoff package or a JSON export')
      .description('import a production: new, or merged by id; conflicts are listed, never overwritten silently')
      .option('--prefer <side>', 'settle every conflict the same way: ours | theirs')
      .option('--accept <ids>', 'accept the listed consent changes (comma-separated ids), or all of them: all'),
  ).action(async (vault: string, file: string, opts) => {
    if (opts.prefer !== undefined && opts.prefer !== 'ours' && opts.prefer !== 'theirs') {
      throw new CliFailure('--prefer must be ours or theirs', EXIT.usage);
    }
    const c = await unlocked(vault, opts);
    try {
      const abs = path.resolve(file);
      const { existsSync, readFileSync } = await import('node:fs');
      if (!existsSync(abs)) throw new CliFailure(`no such file: ${abs}`, EXIT.usage);
      const packaged = isPackage(readFileSync(abs).subarray(0, 8));
      const passphrase = packaged
        ? await passphraseFrom(io, {}, 'CLOSED_SET_PACKAGE_PASSPHRASE', 'Package passphrase: ')
        : undefined;
      const source = { path: abs, ...(passphrase ? { passphrase } : {}) };
      const plan = await c.run('handoff.inspect', source);
      if (plan.conflicts.length > 0 && !opts.prefer) {
        for (const k of plan.conflicts) {
          io.err(`conflict ${k.key}: ${k.label}; changed on both sides (${k.fields.map((f) => f.field).join(', ')})`);
        }
        throw new CliFailure(
          `${plan.conflicts.length} record(s) changed in both vaults; nothing was imported. Decide in the app, or rerun with --prefer ours|theirs`,
          EXIT.failure,
        );
      }
      const resolutions: Record<string, Resolution> = Object.fromEntries(
        plan.conflicts.map((k) => [k.key, opts.prefer as Resolution]),
      );
      // Every change to a consent record is shown, one per line, and applied only when accepted.
      const accept = acceptedIds(opts.accept, plan);
      const applied = plan.consentChanges.filter((k) => !k.conflict || opts.prefer === 'theirs');
      const waiting = applied.filter((k) => !accept.includes(k.id));
      for (const k of plan.consentChanges) (waiting.includes(k) ? io.err : io.out)(describeConsentChange(k));
      if (waiting.length > 0) {
        throw new CliFailure(
          `${waiting.length} change(s) to consent records await review; nothing was imported. Read each one above, then rerun with --accept <id,id,...> or --accept all`,
          EXIT.failure,
        );
      }
      io.out(describePlan(await c.run('handoff.import', { ...source, resolutions, accept }), abs));
    } finally {
      c.dispose();
    }
  });
}
