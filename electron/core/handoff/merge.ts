import { createHash } from 'node:crypto';
import type {
  AuditRecord,
  ConsentChange,
  ImportConflict,
  ImportPlan,
  Resolution,
  Snapshot,
  TableName,
} from '../../../shared/handoff/schema';
import { AppError } from '../../../shared/kit/errors';
import { sceneLabel } from '../../../shared/scenes/rules';
import { appendAudit, canonicalJson, entryHash, GENESIS } from '../audit/trail';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import {
  assertConsentAccepted,
  assertImportRules,
  assertOnlyOwnExisting,
  assertOnlyOwnWritten,
  assertOwnAudit,
  fieldChanges,
  isConsentRecord,
  type ReviewNames,
  reviewNames,
} from './guard';
import { readAuditChain } from './snapshot';
import { keyOf, type NameIndex, recordToRow, rowToRecord, snakeCase, TABLES, type TableSpec } from './tables';

type Rec = Record<string, unknown>;

/** The content of a record, without its timestamps: two sides agree when these hashes match. */
export function contentHash(record: Rec): string {
  const { createdAt: _c, updatedAt: _u, ...content } = record;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

function recordsOf(snap: Snapshot, spec: TableSpec): Rec[] {
  if (spec.name === 'production') return [snap.production];
  return (snap.tables[spec.name as TableName] ?? []) as Rec[];
}

function names(snap: Snapshot): NameIndex {
  const people = new Map(snap.tables.person.map((p) => [p.id, p.name]));
  const scenes = new Map(snap.tables.scene.map((s) => [s.id, sceneLabel(s)]));
  return {
    person: (id) => people.get(String(id)) ?? String(id),
    scene: (id) => scenes.get(String(id)) ?? String(id),
  };
}

function whereKey(spec: TableSpec): string {
  return spec.key.map((k) => `${snakeCase(k)} = @${snakeCase(k)}`).join(' AND ');
}

function localRecord(db: Db, spec: TableSpec, record: Rec): Rec | undefined {
  const params = Object.fromEntries(spec.key.map((k) => [snakeCase(k), record[k]]));
  const row = db.prepare(`SELECT * FROM ${spec.table} WHERE ${whereKey(spec)}`).get(params) as Rec | undefined;
  return row ? rowToRecord(spec, row) : undefined;
}

function baseHash(db: Db, productionId: string, entity: string, key: string): string | undefined {
  return db
    .prepare('SELECT content_hash FROM handoff_base WHERE production_id = ? AND entity = ? AND record_key = ?')
    .pluck()
    .get(productionId, entity, key) as string | undefined;
}

/** Remembers what was sent or received as the common version of every record of a snapshot. */
export function recordBase(db: Db, snap: Snapshot): void {
  const now = new Date().toISOString();
  const upsert = db.prepare(
    `INSERT INTO handoff_base (production_id, entity, record_key, content_hash, record_updated_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (production_id, entity, record_key) DO UPDATE SET content_hash = excluded.content_hash,
       record_updated_at = excluded.record_updated_at, updated_at = excluded.updated_at`,
  );
  db.transaction(() => {
    for (const spec of TABLES) {
      for (const r of recordsOf(snap, spec)) {
        const updatedAt = typeof r.updatedAt === 'string' ? r.updatedAt : null;
        upsert.run(snap.production.id, spec.name, keyOf(spec, r), contentHash(r), updatedAt, now, now);
      }
    }
  })();
}

type Decision = 'add' | 'take' | 'same' | 'keep' | 'conflict';

interface RecordDecision {
  spec: TableSpec;
  theirs: Rec;
  ours: Rec | undefined;
  decision: Decision;
  key: string;
}

/** Decides each record: a side that still matches the common version yields to the one that changed. */
function decide(db: Db, snap: Snapshot): RecordDecision[] {
  const out: RecordDecision[] = [];
  for (const spec of TABLES) {
    for (const theirs of recordsOf(snap, spec)) {
      const key = keyOf(spec, theirs);
      const ours = localRecord(db, spec, theirs);
      let decision: Decision;
      if (!ours) decision = 'add';
      // Append-only history: a record both sides hold is never rewritten, whatever its content.
      else if (spec.appendOnly) decision = contentHash(ours) === contentHash(theirs) ? 'same' : 'keep';
      else {
        const oursHash = contentHash(ours);
        const theirsHash = contentHash(theirs);
        const base = baseHash(db, snap.production.id, spec.name, key);
        if (oursHash === theirsHash) decision = 'same';
        else if (base !== undefined && oursHash === base) decision = 'take';
        else if (base !== undefined && theirsHash === base) decision = 'keep';
        else decision = 'conflict';
      }
      out.push({ spec, theirs, ours, decision, key });
    }
  }
  return out;
}

function conflictOf(d: RecordDecision, n: NameIndex): ImportConflict {
  const ours = d.ours ?? {};
  const fields = Object.keys({ ...ours, ...d.theirs })
    .filter((f) => f !== 'createdAt' && f !== 'updatedAt')
    .filter((f) => canonicalJson(ours[f]) !== canonicalJson(d.theirs[f]))
    .map((field) => ({ field, ours: ours[field] ?? null, theirs: d.theirs[field] ?? null }));
  return {
    key: `${d.spec.name}:${d.key}`,
    table: d.spec.name,
    label: d.spec.label(d.theirs, n),
    oursUpdatedAt: typeof ours.updatedAt === 'string' ? ours.updatedAt : null,
    theirsUpdatedAt: typeof d.theirs.updatedAt === 'string' ? d.theirs.updatedAt : null,
    fields,
  };
}

/** Checks a chain received from elsewhere: each entry hashes right and follows the one before. */
export function assertChainVerifies(entries: AuditRecord[]): void {
  let prev = GENESIS;
  entries.forEach((e, i) => {
    if (e.prevHash !== prev || entryHash(e) !== e.hash) {
      throw new AppError(
        'VALIDATION',
        `The audit trail in this file does not verify at entry ${i + 1} (${e.id}): it was edited, removed or reordered. Nothing was imported.`,
        { issues: [{ path: `tables.auditEntry.${i}`, message: 'Audit entry does not verify' }] },
      );
    }
    prev = e.hash;
  });
}

interface AuditPlan {
  append: AuditRecord[];
  branch: AuditRecord[];
}

/**
 * A received entry is the other vault's word. Whatever it says, it was written after the last entry
 * the two vaults share: one dated earlier was back-dated, and the file is refused.
 */
function assertNotBackDated(received: AuditRecord[], lastCommon: AuditRecord | undefined): void {
  if (!lastCommon) return;
  const floor = Date.parse(lastCommon.at);
  const early = received.find((e) => Date.parse(e.at) < floor);
  if (!early) return;
  throw new AppError(
    'RULE_VIOLATION',
    `This file's audit trail holds an entry (${early.action} of ${early.entity}, by ${early.actor || 'no one named'}) dated ${early.at}, before ${lastCommon.at}, the last entry both vaults share: received history is never back-dated. Nothing was imported.`,
    { issues: [{ path: `auditEntry:${early.id}`, message: 'Dated before the last entry both vaults share' }] },
  );
}

/** Their chain extends ours: append the rest verbatim. Both grew: keep theirs as a separate branch. */
function planAudit(db: Db, snap: Snapshot): AuditPlan {
  const theirs = snap.tables.auditEntry;
  assertChainVerifies(theirs);
  const ours = readAuditChain(db, snap.production.id);
  let common = 0;
  while (common < ours.length && common < theirs.length && ours[common]?.hash === theirs[common]?.hash) common++;
  const received = common === ours.length || common < theirs.length ? theirs.slice(common) : [];
  assertNotBackDated(received, common > 0 ? ours[common - 1] : undefined);
  if (common === ours.length) return { append: received, branch: [] };
  if (common === theirs.length) return { append: [], branch: [] };
  return { append: [], branch: received };
}

class DryRun extends Error {}

function writeRecord(db: Db, d: RecordDecision, n: NameIndex): void {
  const adjust = d.decision === 'add' ? d.spec.beforeInsert : undefined;
  const row = recordToRow(d.spec, adjust ? adjust(db, d.theirs) : d.theirs);
  const cols = Object.keys(row);
  try {
    if (d.decision === 'add') {
      db.prepare(
        `INSERT INTO ${d.spec.table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
      ).run(row);
    } else {
      const keyCols = new Set(d.spec.key.map(snakeCase));
      const sets = cols.filter((c) => !keyCols.has(c)).map((c) => `${c} = @${c}`);
      db.prepare(`UPDATE ${d.spec.table} SET ${sets.join(', ')} WHERE ${whereKey(d.spec)}`).run(row);
    }
  } catch (err) {
    const code = String((err as { code?: unknown }).code ?? '');
    if (!code.startsWith('SQLITE_CONSTRAINT')) throw err;
    // A trigger's own words say which rule of consent history the record breaks.
    const rule = code === 'SQLITE_CONSTRAINT_TRIGGER' ? (err as Error).message : 'it breaks a rule of this vault';
    const why = code.includes('UNIQUE')
      ? 'this vault already has a different record with the same number or name'
      : code.includes('FOREIGN')
        ? 'it refers to a record that is in neither the file nor this vault'
        : (d.spec.refusal ?? rule);
    throw new AppError('CONFLICT', `Cannot import ${d.spec.label(d.theirs, n)}: ${why}. Nothing was imported.`, {
      issues: [{ path: `${d.spec.name}:${d.key}`, message: why }],
    });
  }
}

/** Appends a received entry verbatim (its hash unchanged) and marks it as received, outside the hash. */
function insertAudit(db: Db, e: AuditRecord, receivedIn: string): void {
  db.prepare(
    `INSERT INTO audit_entry (id, at, production_id, entity, entity_id, action, actor, old_value, new_value, prev_hash, hash, received_in)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
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
    e.hash,
    receivedIn,
  );
}

/** The consent changes a merge would make: records of consent tables it adds, takes or may take in a conflict. */
function consentChangesOf(decisions: RecordDecision[], names: ReviewNames, n: NameIndex): ConsentChange[] {
  return decisions
    .filter(
      (d) => isConsentRecord(d.spec) && (d.decision === 'add' || d.decision === 'take' || d.decision === 'conflict'),
    )
    .map((d) => ({
      id: `${d.spec.name}:${d.key}`,
      table: d.spec.name,
      label: d.spec.label(d.theirs, n),
      kind: d.decision === 'add' ? ('added' as const) : ('changed' as const),
      conflict: d.decision === 'conflict',
      fields: fieldChanges(d.ours, d.theirs, names),
    }));
}

/**
 * Imports a snapshot in ONE transaction. Without `apply` it is a dry run that rolls back: it reports
 * the plan (and any record this vault cannot take) without changing anything. With `apply`, every
 * conflict must have a resolution, or nothing is written.
 */
export function importSnapshot(
  db: Db,
  snap: Snapshot,
  options: {
    apply: boolean;
    resolutions?: Record<string, Resolution>;
    prefer?: Resolution | undefined;
    accept?: readonly string[];
    source?: string;
  },
): ImportPlan {
  const n = names(snap);
  let plan: ImportPlan | undefined;
  const run = db.transaction(() => {
    const mode = db.prepare('SELECT 1 FROM production WHERE id = ?').get(snap.production.id) ? 'merge' : 'new';
    const decisions = decide(db, snap);
    // A file touches only its own production: checked before and after writing, in this transaction.
    assertOnlyOwnExisting(db, snap, decisions, n);
    assertOwnAudit(snap);
    const audit = planAudit(db, snap);
    const conflicts = decisions.filter((d) => d.decision === 'conflict').map((d) => conflictOf(d, n));
    const prefer = options.prefer;
    const resolutions: Record<string, Resolution> = {
      ...(prefer ? Object.fromEntries(conflicts.map((c) => [c.key, prefer])) : {}),
      ...(options.resolutions ?? {}),
    };
    const unresolved = conflicts.filter((c) => !resolutions[c.key]);
    if (options.apply && unresolved.length > 0) {
      throw new AppError(
        'CONFLICT',
        `${unresolved.length} record${unresolved.length === 1 ? ' was' : 's were'} changed in both vaults; decide each one before importing. Nothing was imported.`,
        { issues: unresolved.map((c) => ({ path: c.key, message: `${c.label}: changed on both sides` })) },
      );
    }
    const counts = { added: 0, updated: 0, unchanged: 0, keptOurs: 0 };
    for (const d of decisions) {
      const take = d.decision === 'conflict' ? resolutions[`${d.spec.name}:${d.key}`] === 'theirs' : false;
      if (d.decision === 'add') counts.added++;
      else if (d.decision === 'take' || take) counts.updated++;
      else if (d.decision === 'same') counts.unchanged++;
      else counts.keptOurs++;
      if (d.decision === 'add' || d.decision === 'take' || take) writeRecord(db, d, n);
    }
    assertOnlyOwnWritten(db, snap, n);
    assertImportRules(db, snap);
    // A new production arrives whole and is confirmed as a whole; a merge changes consent records
    // this vault already relies on, so each such change is shown and must be accepted.
    const consentChanges = mode === 'merge' ? consentChangesOf(decisions, reviewNames(db, n), n) : [];
    const applied = consentChanges.filter((c) => !c.conflict || resolutions[c.id] === 'theirs');
    if (options.apply) assertConsentAccepted(applied, options.accept ?? []);
    const importId = newId();
    const now = new Date().toISOString();
    const receivedIn = `handoff ${options.source ?? ''} (${snap.exportedAt}), imported ${now}`;
    for (const e of audit.append) insertAudit(db, e, receivedIn);
    audit.branch.forEach((e, i) => {
      db.prepare(
        `INSERT INTO handoff_audit_branch (import_id, position, production_id, entry_id, entry, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(importId, i, e.productionId, e.id, JSON.stringify(e), now, now);
    });
    recordBase(db, snap);
    const summary = { ...counts, conflictsResolved: conflicts.length, auditAppended: audit.append.length };
    const changed = counts.added + counts.updated + audit.branch.length > 0;
    // A new production's own chain stays exactly as received (so a re-export is identical); the
    // import itself is recorded in the vault's chain. A merge changed the production: its chain says so.
    appendAudit(db, {
      productionId: mode === 'merge' && changed ? snap.production.id : null,
      entity: 'production',
      entityId: snap.production.id,
      action: mode === 'merge' ? 'handoff.merge' : 'handoff.import',
      newValue: {
        ...summary,
        source: options.source ?? '',
        exportedAt: snap.exportedAt,
        consentAccepted: applied.map((c) => c.id),
      },
    });
    plan = {
      productionId: snap.production.id,
      title: snap.production.title,
      mode,
      exportedAt: snap.exportedAt,
      timeZone: snap.production.timeZone,
      counts,
      conflicts,
      consentChanges,
      audit: { added: audit.append.length, diverged: audit.branch.length },
    };
    if (!options.apply) throw new DryRun();
  });
  try {
    run.immediate();
  } catch (err) {
    if (!(err instanceof DryRun)) throw err;
  }
  if (!plan) throw new Error('import produced no plan');
  return plan;
}
