import { createHash } from 'node:crypto';
import type { SearchHit } from '../../../shared/search/schema';
import type { Db } from '../vault/connection';
import { SEARCH_SOURCES, type SearchSource } from './registry';
import { type HitRow, searchHitFromRow } from './rows';

const TRIGGER_PREFIX = 'search__';

function docSelect(s: SearchSource, ids: string | null): string {
  const only = ids === null ? '' : ` AND t.id IN (${ids})`;
  return `SELECT '${s.kind}', t.id, ${s.productionId}, ${s.parentId ?? 'NULL'}, ${s.title}, ${s.detail}, ${s.body}
    FROM ${s.table} t ${s.joins ?? ''} WHERE (${s.where})${only}`;
}

function refresh(s: SearchSource, ids: string): string {
  return `DELETE FROM search_doc WHERE kind = '${s.kind}' AND entity_id IN (${ids});
    INSERT INTO search_doc (kind, entity_id, production_id, parent_id, title, detail, body) ${docSelect(s, ids)};`;
}

/** The triggers that keep `search_doc` in step with one source, in the same transaction as each write. */
export function triggersFor(s: SearchSource): string[] {
  const out: string[] = [];
  const name = (table: string, event: string) =>
    `${TRIGGER_PREFIX}${s.kind.replace(/[^a-z0-9]/g, '_')}__${table}__${event}`;
  out.push(`CREATE TRIGGER ${name(s.table, 'ai')} AFTER INSERT ON ${s.table} BEGIN ${refresh(s, 'NEW.id')} END`);
  out.push(`CREATE TRIGGER ${name(s.table, 'au')} AFTER UPDATE ON ${s.table} BEGIN ${refresh(s, 'NEW.id')} END`);
  out.push(
    `CREATE TRIGGER ${name(s.table, 'ad')} AFTER DELETE ON ${s.table} BEGIN
      DELETE FROM search_doc WHERE kind = '${s.kind}' AND entity_id = OLD.id; END`,
  );
  // A dependency's new rows count too (a new rider version changes its rider's text).
  for (const dep of s.dependsOn ?? []) {
    for (const [event, when] of [
      ['ai', 'INSERT'],
      ['au', 'UPDATE'],
    ] as const) {
      out.push(
        `CREATE TRIGGER ${name(dep.table, event)} AFTER ${when} ON ${dep.table} BEGIN ${refresh(s, dep.ids('NEW'))} END`,
      );
    }
  }
  return out;
}

function signature(db: Db, sources: SearchSource[]): string {
  const version = db.pragma('user_version', { simple: true }) as number;
  return createHash('sha256')
    .update(
      JSON.stringify({
        version,
        sources: sources.map((s) => ({ ...s, dependsOn: s.dependsOn?.map((d) => [d.table, d.ids('NEW')]) })),
      }),
    )
    .digest('hex');
}

/**
 * Makes sure the installed triggers match the registry and the index holds every live record.
 * Cheap when nothing changed (one read); otherwise reinstalls the triggers and rebuilds the index
 * in one transaction, so a new app version or a migration that recreated a table is picked up.
 */
export function ensureSearchIndex(db: Db, sources: SearchSource[] = SEARCH_SOURCES): boolean {
  const sig = signature(db, sources);
  const current = db.prepare("SELECT value FROM search_meta WHERE key = 'signature'").get() as
    | { value: string }
    | undefined;
  if (current?.value === sig) return false;
  db.transaction(() => {
    const old = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_\\_%' ESCAPE '\\'")
      .all() as { name: string }[];
    for (const t of old) db.exec(`DROP TRIGGER ${t.name}`);
    for (const s of sources) for (const sql of triggersFor(s)) db.exec(sql);
    db.exec('DELETE FROM search_doc');
    for (const s of sources) {
      db.exec(
        `INSERT INTO search_doc (kind, entity_id, production_id, parent_id, title, detail, body) ${docSelect(s, null)}`,
      );
    }
    db.prepare(
      "INSERT INTO search_meta (key, value) VALUES ('signature', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ).run(sig);
  })();
  return true;
}

/**
 * Turns what the user typed into an FTS5 query: every word must match the start of a word in the
 * record (prefix search, so results come as you type). Quotes and operators are never passed through.
 */
export function toMatchQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

export function search(db: Db, q: { text: string; productionId: string | null; limit: number }): SearchHit[] {
  const match = toMatchQuery(q.text);
  if (match === null) return [];
  // Title matches rank above detail, detail above body.
  const rows = db
    .prepare(
      `SELECT d.kind, d.entity_id, d.production_id, d.parent_id, p.title AS production_title, d.title, d.detail,
         snippet(search_fts, 2, '', '', '…', 12) AS snippet
       FROM search_fts JOIN search_doc d ON d.rowid = search_fts.rowid
       LEFT JOIN production p ON p.id = d.production_id
       WHERE search_fts MATCH @match ${q.productionId === null ? '' : "AND d.production_id = @productionId AND d.kind <> 'production'"}
       ORDER BY bm25(search_fts, 10.0, 3.0, 1.0), d.title COLLATE NOCASE
       LIMIT @limit`,
    )
    .all({ match, productionId: q.productionId, limit: q.limit }) as HitRow[];
  return rows.map(searchHitFromRow);
}
