import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { FilePath, Id, IsoDate, requiredText } from '../kit/fields';
import { Passphrase } from '../vault/schema';
import { CUTS, EXPORT_FORMATS, ImportPlan, RESOLUTIONS } from './schema';

export const ExportRequest = z
  .strictObject({
    productionId: Id,
    format: z.enum(EXPORT_FORMATS, { message: 'Choose PDF, package, JSON, CSV or calendar (ics)' }),
    cut: z.enum(CUTS, { message: 'Choose the full, costume, production or producer cut' }).default('full'),
    recipient: requiredText(200, 'Recipient'),
    path: FilePath,
    /** Opens the PDF (AES-256); only for PDF. */
    pdfPassword: Passphrase.optional(),
    /** The handoff package's own passphrase, never the vault's; only for packages. */
    packagePassphrase: Passphrase.optional(),
  })
  .refine((r) => r.format !== 'package' || r.packagePassphrase !== undefined, {
    message: 'A handoff package needs its own passphrase',
    path: ['packagePassphrase'],
  })
  .refine((r) => r.format !== 'package' || r.cut === 'full', {
    message: 'A handoff package always carries the whole production (the full cut)',
    path: ['cut'],
  })
  .refine((r) => r.pdfPassword === undefined || r.format === 'pdf', {
    message: 'A password applies to PDF binders only',
    path: ['pdfPassword'],
  });

export const ExportResult = z.object({
  path: z.string(),
  bytes: z.number().int(),
  format: z.enum(EXPORT_FORMATS),
  cut: z.enum(CUTS),
  /** Pages of a PDF binder; null for other formats. */
  pages: z.number().int().nullable(),
  protected: z.boolean(),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const ExportJob = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  phase: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  result: ExportResult.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type ExportJob = z.infer<typeof ExportJob>;

const ImportSource = {
  path: FilePath,
  /** Needed for a handoff package; a JSON export has none. */
  passphrase: Passphrase.optional(),
};

export const handoffCommands = {
  'handoff.export': command({
    views: ['full'],
    input: ExportRequest,
    output: ExportResult,
    summary: 'Write a binder, package, JSON or CSV for one recipient; returns when the file is written',
  }),
  'handoff.startExport': command({
    views: ['full'],
    input: ExportRequest,
    output: z.object({ jobId: z.string() }),
    summary: 'Start an export in the background; follow it with handoff.exportStatus',
  }),
  'handoff.exportStatus': command({
    views: ['full'],
    input: z.strictObject({ jobId: z.string().min(1).max(40) }),
    output: ExportJob,
    summary: "An export's progress and, once finished, where the file went",
  }),
  'handoff.callSheetBlock': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id, date: IsoDate }),
    output: z.object({ text: z.string(), scenes: z.number().int() }),
    summary: "The text for the day's call sheet: closed set, IC on set, robes, no stills; scene numbers only",
  }),
  'handoff.inspect': command({
    views: ['full'],
    input: z.strictObject(ImportSource),
    output: ImportPlan,
    summary: 'Read a package or JSON export and show what importing it would do, conflicts included; changes nothing',
  }),
  'handoff.import': command({
    views: ['full'],
    input: z.strictObject({
      ...ImportSource,
      /** One decision per conflict, by its key: keep ours or take theirs. */
      resolutions: z.record(z.string().max(200), z.enum(RESOLUTIONS)).default({}),
      /** Settles every conflict without its own resolution the same way. */
      prefer: z.enum(RESOLUTIONS, { message: 'Prefer ours or theirs' }).optional(),
      /** The ids of the consent changes the user reviewed and accepted; a merge applies no other. */
      accept: z.array(z.string().max(200)).max(100_000).default([]),
    }),
    output: ImportPlan,
    summary: 'Import a package or JSON export as a new production or merged by id',
  }),
} as const satisfies Record<string, CommandSpec>;
