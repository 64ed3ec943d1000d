import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CSV_EXPORTS } from '../../shared/garments/schema';
import { AppError } from '../../shared/kit/errors';
import type { Core } from '../core/core';
import { writeFileAtomic } from '../core/kit/fs';
import { productionNamed } from './production';

interface CliHelpers {
  withPass: (cmd: Command) => Command;
  unlocked: (vault: string, opts: { passphraseFile?: string }) => Promise<Core>;
  out: (line: string) => void;
}

/**
 * `garments export` and `garments import`: the costume department's CSV in and out, for a truck
 * laptop's scripts. Both go through the command table, so an import is previewed and refused
 * whole exactly as in the app.
 */
export function registerGarmentCommands(program: Command, { withPass, unlocked, out }: CliHelpers): void {
  const garments = program.command('garments').description('modesty garment stock: CSV export and import');

  withPass(
    garments
      .command('export')
      .argument('<vault>')
      .argument('<production>', 'production id or exact title')
      .argument('<what>', CSV_EXPORTS.join(' | '))
      .argument('<file>', 'the CSV file to write')
      .option('--date <YYYY-MM-DD>', 'the shoot day, for a pull list')
      .description('write stock, the ledger, a pull list or the reorder list as CSV'),
  ).action(async (vault: string, production: string, what: string, file: string, opts) => {
    const c = await unlocked(vault, opts);
    try {
      if (!(CSV_EXPORTS as readonly string[]).includes(what))
        throw new AppError('VALIDATION', `Choose what to export: ${CSV_EXPORTS.join(', ')}`);
      const p = await productionNamed(c, production);
      const csv = await c.run('stock.exportCsv', {
        productionId: p.id,
        what: what as (typeof CSV_EXPORTS)[number],
        date: opts.date ?? null,
      });
      writeFileAtomic(path.resolve(file), csv.csv);
      out(`wrote ${csv.rows} rows to ${path.resolve(file)}`);
    } finally {
      c.dispose();
    }
  });

  withPass(
    garments
      .command('import')
      .argument('<vault>')
      .argument('<kind>', 'catalog | stock')
      .argument('<file>', 'the CSV file to read')
      .option('--production <id-or-title>', 'the production the stock belongs to (stock only)')
      .option('--dry-run', 'check every row and report, import nothing')
      .description('import a catalog or stock CSV: every row or none'),
  ).action(async (vault: string, kind: string, file: string, opts) => {
    const c = await unlocked(vault, opts);
    try {
      if (kind !== 'catalog' && kind !== 'stock') throw new AppError('VALIDATION', 'Choose catalog or stock');
      const productionId = opts.production ? (await productionNamed(c, opts.production)).id : null;
      const input = { kind, productionId, csv: readFileSync(path.resolve(file), 'utf8') } as const;
      const preview = await c.run('garment.importPreview', input);
      for (const e of preview.fileErrors) out(`file: ${e}`);
      for (const r of preview.rows) for (const e of r.errors) out(`row ${r.line}: ${e.column}: ${e.message}`);
      if (opts.dryRun) {
        out(`${preview.rows.length} rows checked, ${preview.errorCount} problems; nothing imported (dry run)`);
        if (preview.errorCount > 0) throw new AppError('VALIDATION', `${preview.errorCount} problems in ${file}`);
        return;
      }
      const result = await c.run('garment.import', input);
      out(`imported ${result.imported} rows from ${path.resolve(file)}`);
    } finally {
      c.dispose();
    }
  });
}
