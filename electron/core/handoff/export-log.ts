import type { CutName } from '../../../shared/handoff/schema';
import type { Db } from '../vault/connection';

/**
 * A small log of the PDF binders made of each production: revision, cut, recipient and when. It
 * gives each binder its revision number and says which earlier one it supersedes. Kept in the
 * vault's own key-value table, so it is encrypted with the vault and travels with no one.
 */
export interface ExportLogEntry {
  revision: number;
  cut: CutName;
  recipient: string;
  at: string;
}

/** The log keeps this many binders per production; older ones drop off. */
const KEEP = 200;

const key = (productionId: string) => `binder_exports:${productionId}`;

export function readExportLog(db: Db, productionId: string): ExportLogEntry[] {
  const row = db.prepare('SELECT value FROM vault_meta WHERE key = ?').get(key(productionId)) as
    | { value: string }
    | undefined;
  if (!row) return [];
  try {
    const parsed = JSON.parse(row.value) as unknown;
    return Array.isArray(parsed) ? (parsed as ExportLogEntry[]) : [];
  } catch {
    return [];
  }
}

/** The revision the next binder of this cut gets, and the one it supersedes, if any. */
export function nextRevision(
  log: readonly ExportLogEntry[],
  cut: CutName,
): { revision: number; supersedes: ExportLogEntry | null } {
  const earlier = log.filter((e) => e.cut === cut);
  const last = earlier.at(-1) ?? null;
  return { revision: (last?.revision ?? 0) + 1, supersedes: last };
}

export function recordExport(db: Db, productionId: string, entry: ExportLogEntry): void {
  const log = [...readExportLog(db, productionId), entry].slice(-KEEP);
  db.prepare(
    `INSERT INTO vault_meta (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key(productionId), JSON.stringify(log), entry.at, entry.at);
}
