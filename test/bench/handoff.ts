// The handoff figures of the benchmark: a full PDF binder, a handoff package out, and the same
// package into an empty vault. They are async (PDF rendering, scrypt) and write real files.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { exportProduction, importFile } from '../../electron/core/handoff/handoff';
import type { Db } from '../../electron/core/vault/connection';
import type { Measure, MeasureContext } from './measures';

const PACKAGE_PASSPHRASE = 'lantern-quay-marigold-orchard-58';
const notes = new Map<string, string>();
const stalls = new Map<string, number>();

/** The longest event-loop stall seen during a PDF export, per kind of database (ms). */
export function exportStalls(): Record<string, number> {
  return Object.fromEntries(stalls);
}

/** Lines for under the table (page counts, sizes): what the figures were measured on. */
export function handoffNotes(): string[] {
  return [...notes.values()];
}

const packageFiles = new Map<string, string>();
async function packageFor(ctx: MeasureContext): Promise<string> {
  const existing = packageFiles.get(ctx.kind);
  if (existing) return existing;
  const file = path.join(ctx.dir, `handoff-${ctx.kind}.closedset-handoff`);
  await exportProduction(ctx.db, {
    productionId: ctx.data.focusProductionId,
    format: 'package',
    cut: 'full',
    recipient: 'Incoming intimacy coordinator',
    path: file,
    packagePassphrase: PACKAGE_PASSPHRASE,
  });
  packageFiles.set(ctx.kind, file);
  return file;
}

export const handoffMeasures: Measure[] = [
  {
    name: 'handoff.export: a full PDF binder (one production)',
    interactive: false,
    run: async (ctx) => {
      const file = path.join(ctx.dir, `binder-${ctx.kind}.pdf`);
      // The longest the event loop went without answering while the export ran: what any other
      // request (a click in the browser shell) waits at worst.
      const stall = monitorEventLoopDelay({ resolution: 10 });
      stall.enable();
      const result = (await ctx.door.call('handoff.export', {
        productionId: ctx.data.focusProductionId,
        format: 'pdf',
        cut: 'full',
        recipient: 'Director and producers',
        path: file,
      })) as { pages: number; bytes: number };
      stall.disable();
      const stallMs = stall.max / 1e6;
      stalls.set(ctx.kind, Math.max(stalls.get(ctx.kind) ?? 0, stallMs));
      notes.set(
        'stall',
        `Longest event-loop stall during a PDF export: ${(stalls.get('encrypted') ?? stallMs).toFixed(0)} ms (encrypted vault).`,
      );
      notes.set(
        'pdf',
        `PDF binder: ${result.pages} pages, ${(result.bytes / 2 ** 20).toFixed(1)} MiB for ${ctx.data.rows.scene ? Math.round(ctx.data.rows.scene / ctx.data.productionIds.length) : 0} scenes.`,
      );
      rmSync(file, { force: true });
      return result;
    },
  },
  {
    name: 'handoff.export: a handoff package (one production, scrypt N=2^17)',
    interactive: false,
    run: async (ctx) => {
      const file = path.join(ctx.dir, `export-${ctx.kind}.closedset-handoff`);
      const result = (await ctx.door.call('handoff.export', {
        productionId: ctx.data.focusProductionId,
        format: 'package',
        cut: 'full',
        recipient: 'Incoming intimacy coordinator',
        path: file,
        packagePassphrase: PACKAGE_PASSPHRASE,
      })) as { bytes: number };
      notes.set('package', `Handoff package: ${(result.bytes / 2 ** 10).toFixed(0)} KiB.`);
      rmSync(file, { force: true });
      return result;
    },
  },
  {
    name: 'import a handoff package into an empty vault (the service, no door)',
    interactive: false,
    // An empty vault of the same kind for every run, made outside the timing.
    before: async (ctx) => ({ file: await packageFor(ctx), target: ctx.fresh() }),
    run: async (_ctx, prepared) => {
      const { file, target } = prepared as { file: string; target: Db };
      const plan = await importFile(target, file, PACKAGE_PASSPHRASE, {});
      if (plan.mode !== 'new') throw new Error(`expected a new production, got ${plan.mode}`);
      return plan;
    },
    after: (prepared) => (prepared as { target: Db }).target.close(),
  },
];
