import type { Db } from '../vault/connection';
import { stmt } from './statements';

/*
 * Derived reads (a production's readiness, its consent) kept until the vault changes: the key is the
 * connection's change counter (every write through it, committed or rolled back, moves it) and
 * SQLite's data version (a write by any other connection). A read inside a transaction is never
 * kept: what it saw may yet roll back.
 */

interface Kept {
  key: string;
  value: unknown;
}
const kept = new WeakMap<Db, Map<string, Kept>>();
/** Per connection: a few productions' worth of derived reads. */
const SLOTS = 16;

function changeKey(db: Db): string {
  const changes = stmt(db, 'SELECT total_changes()').pluck().get() as number;
  return `${changes}|${String(db.pragma('data_version', { simple: true }))}`;
}

/**
 * `compute()`, or what it returned last for this `slot` when nothing was written since (and `extra`,
 * what else the value depends on, such as today's date, is the same). Callers must not mutate it.
 */
export function keptUntilChange<T>(db: Db, slot: string, extra: string, compute: () => T): T {
  if (db.inTransaction) return compute();
  const key = `${changeKey(db)}|${extra}`;
  let slots = kept.get(db);
  if (!slots) {
    slots = new Map();
    kept.set(db, slots);
  }
  const known = slots.get(slot);
  if (known?.key === key) return known.value as T;
  const value = compute();
  slots.delete(slot);
  slots.set(slot, { key, value });
  for (const oldest of slots.keys()) {
    if (slots.size <= SLOTS) break;
    slots.delete(oldest);
  }
  return value;
}
