import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/kit/errors';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Migrations are numbered SQL files (`NNNN_name.sql`) in ./migrations, read at start-up. The
 * Electron bundle copies the folder beside itself, so the same relative URL works in both.
 */
export function loadMigrations(dir: string = fileURLToPath(new URL('./migrations/', import.meta.url))): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  let last = 0;
  return files.map((file) => {
    const version = Number(file.slice(0, 4));
    if (version <= last) throw new Error(`Migration ${file} repeats number ${version}`);
    last = version;
    return { version, name: file.slice(5, -4), sql: readFileSync(`${dir}/${file}`, 'utf8') };
  });
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function pendingMigrations(db: Database, migrations: Migration[]): Migration[] {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new AppError(
      'VAULT_TOO_NEW',
      `This vault was written by a newer version of Closed Set (schema ${current}; this app knows up to ${latest}). Update the app to open it.`,
      { detail: { vaultSchema: current, appSchema: latest } },
    );
  }
  return migrations.filter((m) => m.version > current);
}

/**
 * Runs every pending migration in ONE transaction: a vault is never left half-migrated. Foreign
 * keys are enforced around it rather than statement by statement (SQLite's way to rebuild a table
 * whose CHECK changes), and checked in full before the commit: a migration that leaves a dangling
 * reference is rolled back.
 */
export function migrate(db: Database, pending: Migration[]): void {
  if (pending.length === 0) return;
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
  if (enforced) db.pragma('foreign_keys = OFF');
  try {
    const run = db.transaction(() => {
      for (const m of pending) {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }
      const dangling = db.pragma('foreign_key_check') as { table: string; parent: string }[];
      if (dangling.length > 0) {
        const first = dangling[0] as { table: string; parent: string };
        throw new Error(
          `Migration left ${dangling.length} reference(s) from ${first.table} to a missing ${first.parent}; nothing was changed`,
        );
      }
    });
    run.immediate();
  } finally {
    if (enforced) db.pragma('foreign_keys = ON');
  }
}
