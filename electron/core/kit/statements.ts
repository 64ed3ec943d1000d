import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../vault/connection';

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement, compiled once per connection. The ledger's hot paths (record a movement,
 * a pull list's per-line tallies) run the same few statements thousands of times; compiling them
 * each time cost more than running them.
 */
export function stmt(db: Db, sql: string): Database.Statement {
  let byDb = cache.get(db);
  if (!byDb) {
    byDb = new Map();
    cache.set(db, byDb);
  }
  let s = byDb.get(sql);
  if (!s) {
    s = db.prepare(sql);
    byDb.set(sql, s);
  }
  return s;
}
