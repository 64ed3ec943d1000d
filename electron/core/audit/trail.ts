import { createHash } from 'node:crypto';
import type { AuditEntry, AuditVerdict } from '../../../shared/audit/schema';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';

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

/** An audit entry as stored. */
export interface AuditRow {
  seq: number;
  id: string;
  at: string;
  production_id: string;
  entity: string;
  entity_id: string;
  action: string;
  actor: string;
  old_value: string | null;
  new_value: string | null;
  prev_hash: string;
  hash: string;
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
export function entryHash(e: Omit<AuditRow, 'seq' | 'hash'>): string {
  return createHash('sha256')
    .update(
      canonicalJson([
        e.id,
        e.at,
        e.production_id,
        e.entity,
        e.entity_id,
        e.action,
        e.actor,
        e.old_value,
        e.new_value,
        e.prev_hash,
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
  const row: Omit<AuditRow, 'seq' | 'hash'> = {
    id: newId(),
    at,
    production_id: productionId,
    entity: change.entity,
    entity_id: change.entityId,
    action: change.action,
    actor: change.actor ?? actors.get(db) ?? '',
    old_value: change.oldValue === undefined ? null : canonicalJson(change.oldValue),
    new_value: change.newValue === undefined ? null : canonicalJson(change.newValue),
    prev_hash: prev?.hash ?? GENESIS,
  };
  const hash = entryHash(row);
  const info = db
    .prepare(
      `INSERT INTO audit_entry (id, at, production_id, entity, entity_id, action, actor, old_value, new_value, prev_hash, hash)
       VALUES (@id, @at, @production_id, @entity, @entity_id, @action, @actor, @old_value, @new_value, @prev_hash, @hash)`,
    )
    .run({ ...row, hash });
  return fromRow({ ...row, hash, seq: Number(info.lastInsertRowid) });
}

function fromRow(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    id: r.id,
    at: r.at,
    productionId: r.production_id,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    actor: r.actor,
    oldValue: r.old_value === null ? null : (JSON.parse(r.old_value) as unknown),
    newValue: r.new_value === null ? null : (JSON.parse(r.new_value) as unknown),
    prevHash: r.prev_hash,
    hash: r.hash,
  };
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
  if (filter.productionId !== undefined) {
    where.push('production_id = ?');
    params.push(filter.productionId);
  }
  if (filter.entity !== undefined) {
    where.push('entity = ?');
    params.push(filter.entity);
  }
  if (filter.entityId !== undefined) {
    where.push('entity_id = ?');
    params.push(filter.entityId);
  }
  const sql = `SELECT * FROM audit_entry ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
  return (db.prepare(sql).all(...params, filter.limit) as AuditRow[]).map(fromRow);
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
  for (const r of rows) {
    entries++;
    const expectedPrev = heads.get(r.production_id) ?? GENESIS;
    const bad = (reason: string): AuditVerdict => ({
      ok: false,
      entries,
      chains: heads.size,
      firstBad: { seq: r.seq, id: r.id, productionId: r.production_id, reason },
    });
    if (r.prev_hash !== expectedPrev) {
      return bad('it does not follow the entry before it (an entry was removed or reordered)');
    }
    if (entryHash(r) !== r.hash) return bad('its content does not match its hash (it was edited)');
    heads.set(r.production_id, r.hash);
  }
  return { ok: true, entries, chains: heads.size, firstBad: null };
}
