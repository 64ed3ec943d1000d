import type { Db } from '../vault/connection';
import { appendAudit } from './trail';

/** How one kind of record is named on the trail, and which of its fields are worth a line in words. */
export interface EditSpec<T> {
  entity: string;
  /** The record's production; null for vault-wide records (people), which go on the vault's own chain. */
  productionId: (record: T) => string | null;
  entityId: (record: T) => string;
  /** Field name to the words a reader of the trail sees, in the order they are listed. */
  fields: Record<string, string>;
  /** The record as the trail shows it; defaults to the record itself. */
  view?: (record: T) => Record<string, unknown>;
}

function words(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(words).join(', ');
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k} ${words(v)}`)
      .join(', ');
  return String(value);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** One line per changed field, "Notice window (hours): 48 → 72", so the trail reads without the app. */
export function describeChanges(
  fields: Record<string, string>,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): { changes: string[]; oldValue: Record<string, unknown>; newValue: Record<string, unknown> } {
  const changes: string[] = [];
  const oldValue: Record<string, unknown> = {};
  const newValue: Record<string, unknown> = {};
  for (const [key, label] of Object.entries(fields)) {
    const b = before?.[key];
    const a = after[key];
    if (before !== null && same(a, b)) continue;
    if (before === null && (a === undefined || a === null || a === '' || (Array.isArray(a) && a.length === 0)))
      continue;
    changes.push(before === null ? `${label}: ${words(a)}` : `${label}: ${words(b)} → ${words(a)}`);
    if (before !== null) oldValue[key] = b ?? null;
    newValue[key] = a ?? null;
  }
  return { changes, oldValue, newValue };
}

/**
 * Applies a change and appends its audit entry in the same transaction, naming each changed field
 * in words; a change that changes nothing writes no entry. `read` gives the record before the
 * change (null when it is being created).
 */
export function audited<T>(db: Db, spec: EditSpec<T>, action: string, read: () => T | null, apply: () => T): T {
  return db.transaction(() => {
    const view = spec.view ?? ((r: T) => r as Record<string, unknown>);
    const before = read();
    const beforeView = before === null ? null : view(before);
    const after = apply();
    const { changes, oldValue, newValue } = describeChanges(spec.fields, beforeView, view(after));
    if (changes.length > 0 || before === null) {
      appendAudit(db, {
        productionId: spec.productionId(after),
        entity: spec.entity,
        entityId: spec.entityId(after),
        action,
        oldValue: before === null ? undefined : oldValue,
        newValue: { ...newValue, changes },
      });
    }
    return after;
  })();
}
