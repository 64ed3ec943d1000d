import type { ParsedInput } from '../../../shared/commands';
import { AppError } from '../../../shared/kit/errors';
import type { Production } from '../../../shared/productions/schema';
import { applyPatch } from '../kit/sql';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import { type ProductionRow, productionFromRow } from './rows';

export function listProductions(db: Db, includeArchived: boolean): Production[] {
  const sql = includeArchived
    ? 'SELECT * FROM production ORDER BY title COLLATE NOCASE, id'
    : 'SELECT * FROM production WHERE archived_at IS NULL ORDER BY title COLLATE NOCASE, id';
  return (db.prepare(sql).all() as ProductionRow[]).map(productionFromRow);
}

export function getProduction(db: Db, id: string): Production {
  const row = db.prepare('SELECT * FROM production WHERE id = ?').get(id) as ProductionRow | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', `No production with id ${id}`, {
      issues: [{ path: 'id', message: 'No such production' }],
    });
  return productionFromRow(row);
}

/** Finds a production by id or, failing that, by exact title (case-insensitive), for the CLI. */
export function findProduction(db: Db, idOrTitle: string): Production {
  const row = (db.prepare('SELECT * FROM production WHERE id = ?').get(idOrTitle) ??
    db.prepare('SELECT * FROM production WHERE title = ? COLLATE NOCASE').get(idOrTitle)) as ProductionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No production with id or title "${idOrTitle}"`);
  return productionFromRow(row);
}

export function createProduction(db: Db, input: ParsedInput<'production.create'>, id: string = newId()): Production {
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO production (id, title, type, company, union_status, start_date, end_date, time_zone, status, notice_hours, archived_at, created_at, updated_at)
     VALUES (@id, @title, @type, @company, @unionStatus, @startDate, @endDate, @timeZone, @status, @noticeHours, NULL, @now, @now)`,
  ).run({ id, ...input, now });
  return getProduction(db, id);
}

const COLUMNS: Record<string, string> = {
  title: 'title',
  type: 'type',
  company: 'company',
  unionStatus: 'union_status',
  startDate: 'start_date',
  endDate: 'end_date',
  timeZone: 'time_zone',
  status: 'status',
  noticeHours: 'notice_hours',
};

export function updateProduction(db: Db, id: string, patch: ParsedInput<'production.update'>['patch']): Production {
  const current = getProduction(db, id);
  const merged = { ...current, ...patch };
  if (merged.startDate && merged.endDate && merged.startDate > merged.endDate) {
    throw new AppError('VALIDATION', 'End date is before the start date', {
      issues: [{ path: 'patch.endDate', message: 'End date is before the start date' }],
    });
  }
  return applyPatch(db, 'production', COLUMNS, id, patch) ? getProduction(db, id) : current;
}

export function archiveProduction(db: Db, id: string, archived: boolean): Production {
  getProduction(db, id);
  const now = new Date().toISOString();
  db.prepare('UPDATE production SET archived_at = ?, updated_at = ? WHERE id = ?').run(archived ? now : null, now, id);
  return getProduction(db, id);
}
