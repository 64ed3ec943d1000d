import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { ExportRequest, ExportResult } from '../../../shared/handoff/commands';
import { cutSnapshot } from '../../../shared/handoff/cuts';
import type { ImportPlan, Resolution, Snapshot } from '../../../shared/handoff/schema';
import { AppError } from '../../../shared/kit/errors';
import { rateOfPassphrase } from '../../../shared/vault/passphrase';
import { chainHead } from '../audit/anchor';
import { ownerName } from '../audit/trail';
import { checkDestination, ioError, sidecars, writeFileAtomic } from '../kit/fs';
import { backupsDir } from '../vault/backup';
import type { Db } from '../vault/connection';
import { sceneBreakdownCsv } from './csv';
import { readDerived } from './derived';
import { nextRevision, readExportLog, recordExport } from './export-log';
import { productionCalendar } from './ics';
import { importSnapshot, recordBase } from './merge';
import {
  IMPORT_LIMITS,
  isPackage,
  looksLikeDamagedPackage,
  openPackage,
  parseBoundedSnapshot,
  sealPackage,
  tooLarge,
} from './package';
import { renderBinder } from './pdf/binder';
import { readSnapshot } from './snapshot';

export type ExportOptions = z.output<typeof ExportRequest>;
export type Progress = (phase: string, done: number, total: number) => void;

/** The snapshot as a JSON file: two-space indented, so a diff of two exports is readable. */
export function snapshotJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Exports one production for one recipient and writes the file atomically. The snapshot is read in
 * one transaction first; everything after works on that copy, so a lock mid-export changes nothing.
 */
export async function exportProduction(
  db: Db,
  req: ExportOptions,
  opts: { vaultPassphrase?: Buffer; onProgress?: Progress } = {},
): Promise<ExportResult> {
  const progress = opts.onProgress ?? (() => {});
  // Checked before any work: never the open vault, its sidecars or backups, a link or a device.
  checkDestination(req.path, { files: [db.name, ...sidecars(db.name)], folders: [backupsDir(db.name)] });
  progress('Reading the production', 0, 1);
  // One read transaction: the derived figures describe exactly the records in the snapshot.
  // The chain head is read in the same transaction: the one the file prints matches its records.
  const { snapshot, derived, head, log, preparedBy } = db.transaction(() => ({
    snapshot: readSnapshot(db, req.productionId),
    derived: req.format === 'package' ? {} : readDerived(db, req.productionId, req.cut),
    head: chainHead(db, req.productionId),
    log: readExportLog(db, req.productionId),
    preparedBy: ownerName(db),
  }))();
  const view = cutSnapshot(snapshot, req.cut, req.recipient, new Date(), derived);
  let data: Buffer;
  let pages: number | null = null;
  switch (req.format) {
    case 'json':
      // A full export carries the whole audit trail (its last entry is the head); a cut says the head.
      data = Buffer.from(
        snapshotJson(req.cut === 'full' ? snapshot : { ...view, chainHead: { count: head.count, hash: head.hash } }),
        'utf8',
      );
      break;
    case 'csv':
      data = Buffer.from(sceneBreakdownCsv(view), 'utf8');
      break;
    case 'ics':
      // Built from the whole production: a calendar carries scene numbers and fixed words only.
      data = Buffer.from(productionCalendar(cutSnapshot(snapshot, 'full', req.recipient, new Date())), 'utf8');
      break;
    case 'package': {
      const passphrase = req.packagePassphrase ?? '';
      assertPackagePassphrase(passphrase, snapshot, opts.vaultPassphrase);
      progress('Encrypting the package', 0, 1);
      data = await sealPackage(snapshot, passphrase);
      break;
    }
    case 'pdf': {
      if (req.pdfPassword) assertHandoffPassphrase(req.pdfPassword, 'pdfPassword', 'PDF password', snapshot);
      const { revision, supersedes } = nextRevision(log, req.cut);
      const pdf = await renderBinder(view, {
        ...(req.pdfPassword ? { password: req.pdfPassword } : {}),
        head,
        revision,
        supersedes,
        preparedBy,
        onProgress: progress,
      });
      data = pdf.bytes;
      pages = pdf.pages;
      break;
    }
  }
  progress('Writing the file', 0, 1);
  writeFileAtomic(req.path, data);
  if (req.format === 'pdf')
    recordExport(db, req.productionId, {
      revision: nextRevision(log, req.cut).revision,
      cut: req.cut,
      recipient: req.recipient,
      at: view.preparedAt,
    });
  // An importable export is a common point between this vault and the one that imports it.
  if (req.cut === 'full' && (req.format === 'package' || req.format === 'json')) recordBase(db, snapshot);
  return {
    path: req.path,
    bytes: data.length,
    format: req.format,
    cut: req.cut,
    pages,
    protected: req.format === 'package' || Boolean(req.pdfPassword),
  };
}

/** A handoff passphrase is read by someone else: it must be strong and must not be the vault's. */
function assertPackagePassphrase(passphrase: string, snapshot: Snapshot, vaultPassphrase?: Buffer): void {
  if (vaultPassphrase && Buffer.from(passphrase, 'utf8').equals(vaultPassphrase)) {
    throw new AppError(
      'WEAK_PASSPHRASE',
      'Choose a passphrase for this handoff that is not your vault passphrase: the recipient will know it.',
      { issues: [{ path: 'packagePassphrase', message: 'Same as the vault passphrase' }] },
    );
  }
  const strength = rateOfPassphrase(passphrase, [snapshot.production.title]);
  if (!strength.acceptable) {
    throw new AppError(
      'WEAK_PASSPHRASE',
      `The package passphrase is too weak (${strength.label}): ${strength.feedback.join(' ')}`,
      { issues: [{ path: 'packagePassphrase', message: strength.feedback.join(' ') || strength.label }] },
    );
  }
}

/** A PDF password guards the same records as the vault's passphrase: the vault's strength rule, a field-named VALIDATION error. */
function assertHandoffPassphrase(passphrase: string, field: string, label: string, snapshot: Snapshot): void {
  const strength = rateOfPassphrase(passphrase, [snapshot.production.title]);
  if (!strength.acceptable) {
    const advice = strength.feedback.join(' ') || strength.label;
    throw new AppError('VALIDATION', `The ${label} is too weak (${strength.label}): ${advice}`, {
      issues: [{ path: field, message: advice }],
    });
  }
}

/** Reads a package (with its passphrase) or a JSON export into a validated snapshot. */
export async function readImportFile(file: string, passphrase?: string): Promise<Snapshot> {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // The size is asked of the open file before a byte is read: no FIFO, device or huge file is slurped.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new AppError('VALIDATION', `${path.basename(file)} is not a regular file.`);
    // A package is held to fileBytes when its header is read; a JSON export may be its text's size.
    if (stat.size > IMPORT_LIMITS.contentBytes)
      throw tooLarge(`${path.basename(file)} is ${Math.round(stat.size / 1048576)} MB`, IMPORT_LIMITS.contentBytes);
    bytes = readFileSync(fd);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw ioError(err, 'read', file);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (isPackage(bytes)) {
    if (!passphrase) {
      throw new AppError('VALIDATION', 'This handoff package needs the passphrase it was made with.', {
        issues: [{ path: 'passphrase', message: 'Package passphrase is required' }],
      });
    }
    return openPackage(bytes, passphrase);
  }
  if (looksLikeDamagedPackage(bytes)) {
    throw new AppError(
      'PACKAGE_DAMAGED',
      'The handoff package is damaged: its signature bytes are wrong. Nothing was imported; ask for the file again.',
    );
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('{')) return parseBoundedSnapshot(text, path.basename(file));
  throw new AppError('VALIDATION', `${path.basename(file)} is neither a Closed Set handoff package nor a JSON export.`);
}

export async function inspectImport(db: Db, file: string, passphrase?: string): Promise<ImportPlan> {
  const snapshot = await readImportFile(file, passphrase);
  return importSnapshot(db, snapshot, { apply: false, source: path.basename(file) });
}

export async function importFile(
  db: Db,
  file: string,
  passphrase: string | undefined,
  decisions: { resolutions?: Record<string, Resolution>; prefer?: Resolution | undefined; accept?: readonly string[] },
): Promise<ImportPlan> {
  const snapshot = await readImportFile(file, passphrase);
  return importSnapshot(db, snapshot, { apply: true, ...decisions, source: path.basename(file) });
}
