import type { Db } from '../vault/connection';

export function toColumnValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** `UPDATE table SET ...` for the fields present in a patch; returns whether anything changed. */
export function applyPatch(
  db: Db,
  table: string,
  columns: Record<string, string>,
  id: string,
  patch: Record<string, unknown>,
): boolean {
  const entries = Object.entries(patch).filter(([k, v]) => v !== undefined && k in columns);
  if (entries.length === 0) return false;
  const sets = entries.map(([k]) => `${columns[k]} = @${k}`).join(', ');
  db.prepare(`UPDATE ${table} SET ${sets}, updated_at = @now WHERE id = @id`).run({
    ...Object.fromEntries(entries.map(([k, v]) => [k, toColumnValue(v)])),
    id,
    now: new Date().toISOString(),
  });
  return true;
}
