import {
  type AuditRecord,
  SNAPSHOT_FORMAT_VERSION,
  SNAPSHOT_KIND,
  Snapshot,
  type SnapshotTables,
} from '../../../shared/handoff/schema';
import { type AuditRow, auditRecordFromRow } from '../audit/rows';
import { getProduction } from '../productions/productions';
import type { Db } from '../vault/connection';
import { rowToRecord, TABLES } from './tables';

export const GENERATOR = 'Closed Set 0.1';

/** A production's audit chain in write order, verbatim (the local sequence numbers stay behind). */
export function readAuditChain(db: Db, productionId: string): AuditRecord[] {
  const rows = db
    .prepare('SELECT * FROM audit_entry WHERE production_id = ? ORDER BY seq')
    .all(productionId) as AuditRow[];
  return rows.map(auditRecordFromRow);
}

/**
 * Reads one whole production into a plain, versioned document, in one read transaction so every
 * table is seen at the same moment. The result is checked against its schema: an export that
 * would not import is refused here rather than discovered by the recipient.
 */
export function readSnapshot(db: Db, productionId: string, now: Date = new Date()): Snapshot {
  return db.transaction(() => {
    getProduction(db, productionId);
    const tables: Record<string, unknown[]> = {};
    let production: Record<string, unknown> | undefined;
    for (const spec of TABLES) {
      const rows = db.prepare(spec.select).all({ productionId }) as Record<string, unknown>[];
      const records = rows.map((r) => rowToRecord(spec, r));
      if (spec.name === 'production') production = records[0];
      else tables[spec.name] = records;
    }
    tables.auditEntry = readAuditChain(db, productionId);
    const doc = {
      kind: SNAPSHOT_KIND,
      formatVersion: SNAPSHOT_FORMAT_VERSION,
      exportedAt: now.toISOString(),
      generator: GENERATOR,
      production,
      tables: tables as SnapshotTables,
    };
    return Snapshot.parse(doc);
  })();
}
