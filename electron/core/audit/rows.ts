import type { AuditEntry } from '../../../shared/audit/schema';
import type { AuditRecord } from '../../../shared/handoff/schema';

/** An `audit_entry` row as SQLite returns it, so every reader names the same columns. */
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

/**
 * An audit entry exactly as stored, values still canonical JSON text: the form the hash is taken
 * over, so the chain can be verified and copied without re-serialising anything.
 */
export interface StoredAudit {
  seq: number;
  id: string;
  at: string;
  productionId: string;
  entity: string;
  entityId: string;
  action: string;
  actor: string;
  oldValue: string | null;
  newValue: string | null;
  prevHash: string;
  hash: string;
}

/** The one mapping from an `audit_entry` row to its stored form (names only, no parsing). */
export function storedAuditFromRow(r: AuditRow): StoredAudit {
  return {
    seq: r.seq,
    id: r.id,
    at: r.at,
    productionId: r.production_id,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    actor: r.actor,
    oldValue: r.old_value,
    newValue: r.new_value,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** A stored entry as the app shows it, numbered in its production's chain, values parsed from their JSON. */
export function auditEntryFromStored(e: StoredAudit, number: number): AuditEntry {
  return {
    ...e,
    number,
    oldValue: e.oldValue === null ? null : (JSON.parse(e.oldValue) as unknown),
    newValue: e.newValue === null ? null : (JSON.parse(e.newValue) as unknown),
  };
}

/** An `audit_entry` row with its place in its production's chain (`ROW_NUMBER() ... AS number`). */
export type NumberedAuditRow = AuditRow & { number: number };

/** A numbered `audit_entry` row as an AuditEntry, for the audit screens. */
export function auditEntryFromRow(r: NumberedAuditRow): AuditEntry {
  return auditEntryFromStored(storedAuditFromRow(r), r.number);
}

/** An `audit_entry` row as a handoff record: verbatim, without the local sequence number. */
export function auditRecordFromRow(r: AuditRow): AuditRecord {
  const { seq: _seq, ...record } = storedAuditFromRow(r);
  return record;
}
