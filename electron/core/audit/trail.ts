import { createHash } from 'node:crypto';
import type { AuditEntry, AuditVerdict } from '../../../shared/audit/schema';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import {
  type AuditRow,
  auditEntryFromRow,
  auditEntryFromStored,
  type NumberedAuditRow,
  type StoredAudit,
  storedAuditFromRow,
} from './rows';

export const GENESIS = '0'.repeat(64);

const OWNER_KEY = 'owner_name';
const actors = new WeakMap<Db, string>();

/** The name of whoever keeps this vault (Settings), stored in the vault itself. */
export function ownerName(db: Db): string {
  const row = db.prepare('SELECT value FROM vault_meta WHERE key = ?').get(OWNER_KEY) as { value: string } | undefined;
  return row?.value ?? '';
}

export function setOwnerName(db: Db, name: string, at: string = new Date().toISOString()): void {
  db.prepare(
    `INSERT INTO vault_meta (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(OWNER_KEY, name, at, at);
}

/**
 * Who this session's changes are recorded as: set by the core on unlock, on a change of name and
 * on a change of view (a costume supervisor working in the costume view is told apart).
 */
export function setAuditActor(db: Db, actor: string): void {
  actors.set(db, actor);
}

/** JSON with object keys sorted, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(',')}}`;
}

/** The hash of an entry covers every field but its own hash and its local sequence number. */
export function entryHash(e: Omit<StoredAudit, 'seq' | 'hash'>): string {
  return createHash('sha256')
    .update(
      canonicalJson([
        e.id,
        e.at,
        e.productionId,
        e.entity,
        e.entityId,
        e.action,
        e.actor,
        e.oldValue,
        e.newValue,
        e.prevHash,
      ]),
    )
    .digest('hex');
}

export interface AuditChange {
  productionId: string | null;
  entity: string;
  entityId: string;
  action: string;
  actor?: string;
  oldValue?: unknown;
  newValue?: unknown;
}

/**
 * Appends one entry to its production's chain. Call it inside the same transaction as the change
 * it records, so a change and its audit entry are committed together or not at all.
 */
export function appendAudit(db: Db, change: AuditChange, at: string = new Date().toISOString()): AuditEntry {
  const productionId = change.productionId ?? '';
  const prev = db
    .prepare('SELECT hash FROM audit_entry WHERE production_id = ? ORDER BY seq DESC LIMIT 1')
    .get(productionId) as { hash: string } | undefined;
  const entry: Omit<StoredAudit, 'seq' | 'hash'> = {
    id: newId(),
    at,
    productionId,
    entity: change.entity,
    entityId: change.entityId,
    action: change.action,
    actor: change.actor ?? actors.get(db) ?? '',
    oldValue: change.oldValue === undefined ? null : canonicalJson(change.oldValue),
    newValue: change.newValue === undefined ? null : canonicalJson(change.newValue),
    prevHash: prev?.hash ?? GENESIS,
  };
  const hash = entryHash(entry);
  const info = db
    .prepare(
      `INSERT INTO audit_entry (id, at, production_id, entity, entity_id, action, actor, old_value, new_value, prev_hash, hash)
       VALUES (@id, @at, @productionId, @entity, @entityId, @action, @actor, @oldValue, @newValue, @prevHash, @hash)`,
    )
    .run({ ...entry, hash });
  const number = db
    .prepare('SELECT COUNT(*) FROM audit_entry WHERE production_id = ?')
    .pluck()
    .get(change.productionId);
  return auditEntryFromStored({ ...entry, hash, seq: Number(info.lastInsertRowid) }, Number(number));
}

export function listAudit(
  db: Db,
  filter: {
    productionId?: string | undefined;
    entity?: string | undefined;
    entityId?: string | undefined;
    limit: number;
  },
): AuditEntry[] {
  const where: string[] = [];
  const params: unknown[] = [];
  // Numbered per production, by place in its chain, before any other filter: no gaps, and the
  // last number is the production's count of entries.
  const inner = filter.productionId === undefined ? '' : 'WHERE production_id = ?';
  if (filter.productionId !== undefined) params.push(filter.productionId);
  if (filter.entity !== undefined) {
    where.push('entity = ?');
    params.push(filter.entity);
  }
  if (filter.entityId !== undefined) {
    where.push('entity_id = ?');
    params.push(filter.entityId);
  }
  const sql = `SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY production_id ORDER BY seq) AS number
      FROM audit_entry ${inner})
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
  return (db.prepare(sql).all(...params, filter.limit) as NumberedAuditRow[]).map(auditEntryFromRow);
}

/**
 * Walks every chain in write order: each entry must hash to its stored hash and point at the hash
 * of the entry before it in its production. Reports the first entry that fails.
 */
export function verifyAudit(db: Db, productionId?: string): AuditVerdict {
  const rows = (
    productionId === undefined
      ? db.prepare('SELECT * FROM audit_entry ORDER BY seq').iterate()
      : db.prepare('SELECT * FROM audit_entry WHERE production_id = ? ORDER BY seq').iterate(productionId)
  ) as IterableIterator<AuditRow>;
  const heads = new Map<string, string>();
  let entries = 0;
  for (const row of rows) {
    const r = storedAuditFromRow(row);
    entries++;
    const expectedPrev = heads.get(r.productionId) ?? GENESIS;
    const bad = (reason: string): AuditVerdict => ({
      ok: false,
      entries,
      chains: heads.size,
      firstBad: { seq: r.seq, id: r.id, productionId: r.productionId, reason },
    });
    if (r.prevHash !== expectedPrev) {
      return bad('it does not follow the entry before it (an entry was removed or reordered)');
    }
    if (entryHash(r) !== r.hash) return bad('its content does not match its hash (it was edited)');
    heads.set(r.productionId, r.hash);
  }
  return { ok: true, entries, chains: heads.size, firstBad: null };
}
