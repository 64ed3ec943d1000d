import type { Snapshot, TableName } from '../../../shared/handoff/schema';
import { AppError } from '../../../shared/kit/errors';
import { minorViolations } from '../../../shared/scenes/restricted';
import { listScenes } from '../scenes/scenes';
import type { Db } from '../vault/connection';
import { keyOf, type NameIndex, snakeCase, TABLES, type TableSpec } from './tables';

/** Records shared by the whole vault (people, the garment catalog): matched by the conflict review, not by production. */
const VAULT_WIDE = new Set<string>(['person', 'garmentType', 'garmentVariant']);

type Rec = Record<string, unknown>;

const scoped = (): TableSpec[] => TABLES.filter((s) => !VAULT_WIDE.has(s.name));

function recordsOf(snap: Snapshot, spec: TableSpec): Rec[] {
  if (spec.name === 'production') return [snap.production];
  return (snap.tables[spec.name as TableName] ?? []) as Rec[];
}

/** The keys of this production's rows of one table, by the table's own select (directly or through a parent). */
function ownKeys(db: Db, spec: TableSpec, productionId: string): Set<string> {
  const rows = db.prepare(spec.select).all({ productionId }) as Rec[];
  return new Set(rows.map((row) => spec.key.map((k) => String(row[snakeCase(k)])).join('/')));
}

function foreign(spec: TableSpec, record: Rec, n: NameIndex): AppError {
  const kind = spec.table.replace(/_/g, ' ');
  return new AppError(
    'RULE_VIOLATION',
    `This file's ${kind} "${spec.label(record, n)}" belongs to another production in this vault: an import may only change its own production. Nothing was imported.`,
    { issues: [{ path: `${spec.name}:${keyOf(spec, record)}`, message: `A ${kind} of another production` }] },
  );
}

/**
 * Before anything is written: a record the vault already holds must already belong to the
 * file's production, so an import never rewrites or moves another production's records.
 */
export function assertOnlyOwnExisting(
  db: Db,
  snap: Snapshot,
  decisions: readonly { spec: TableSpec; theirs: Rec; ours: Rec | undefined }[],
  n: NameIndex,
): void {
  const own = new Map(scoped().map((s) => [s.name, ownKeys(db, s, snap.production.id)]));
  for (const d of decisions) {
    const keys = own.get(d.spec.name);
    if (keys && d.ours !== undefined && !keys.has(keyOf(d.spec, d.theirs))) throw foreign(d.spec, d.theirs, n);
  }
}

/**
 * After the writes, inside the same transaction: every record of the file is found under its own
 * production (directly or through its parent), so none was attached to another production.
 */
export function assertOnlyOwnWritten(db: Db, snap: Snapshot, n: NameIndex): void {
  for (const spec of scoped()) {
    const keys = ownKeys(db, spec, snap.production.id);
    for (const r of recordsOf(snap, spec)) if (!keys.has(keyOf(spec, r))) throw foreign(spec, r, n);
  }
}

/** Audit entries of another production would break that production's chain: refused. */
export function assertOwnAudit(snap: Snapshot): void {
  const stray = snap.tables.auditEntry.find((e) => e.productionId !== snap.production.id);
  if (stray) {
    throw new AppError(
      'RULE_VIOLATION',
      `This file's audit trail holds an entry (${stray.id}) of another production: an import may only add to its own production's trail. Nothing was imported.`,
      { issues: [{ path: `auditEntry:${stray.id}`, message: 'An audit entry of another production' }] },
    );
  }
}

/**
 * The rules a command enforces, run on the imported rows: no minor in nudity or simulated sex,
 * and a rider version is signed only after it was sent.
 */
export function assertImportRules(db: Db, snap: Snapshot): void {
  const sceneIds = new Set(snap.tables.scene.map((s) => s.id));
  for (const scene of listScenes(db, snap.production.id, true)) {
    if (!sceneIds.has(scene.id)) continue;
    const problems = minorViolations(
      scene.intimacyTypes,
      scene.performers.map((p) => ({
        name: p.name,
        isMinor: p.isMinorOnShootDate,
        nudity: p.nudity,
        simulatedSex: p.simulatedSex,
      })),
    );
    if (problems.length > 0) {
      throw new AppError(
        'RULE_VIOLATION',
        `Scene ${scene.number} in this file: ${problems.join(' ')} Nothing was imported.`,
        {
          issues: problems.map((message) => ({ path: `scene:${scene.id}`, message })),
        },
      );
    }
  }
  const unsent = db
    .prepare(
      `SELECT v.id, v.version, p.name FROM rider_version v JOIN rider r ON r.id = v.rider_id JOIN person p ON p.id = r.person_id
       WHERE r.production_id = ? AND v.signed_at IS NOT NULL AND (v.sent_at IS NULL OR v.signed_at < v.sent_at)`,
    )
    .get(snap.production.id) as { id: string; version: number; name: string } | undefined;
  if (unsent) {
    throw new AppError(
      'RULE_VIOLATION',
      `This file's rider version ${unsent.version} for ${unsent.name} is signed before it was sent: a rider is signed only after it is sent. Nothing was imported.`,
      { issues: [{ path: `riderVersion:${unsent.id}`, message: 'Signed before it was sent' }] },
    );
  }
}
