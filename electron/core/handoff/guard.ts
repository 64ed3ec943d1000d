import { CONTACT_MEANS_LABELS, type ContactMeans } from '../../../shared/choreography/schema';
import {
  BODY_AREA_LABELS,
  BOUNDARY_LABELS,
  type BodyArea,
  type BoundaryMark,
} from '../../../shared/communication/schema';
import {
  CONSENT_ACT_LABELS,
  type ConsentAct,
  BODY_AREA_LABELS as RIDER_AREA_LABELS,
  RIDER_STATUS_LABELS,
  type BodyArea as RiderArea,
  type RiderStatus,
} from '../../../shared/consent/schema';
import type { ConsentChange, Snapshot, TableName } from '../../../shared/handoff/schema';
import { AppError } from '../../../shared/kit/errors';
import { minorViolations } from '../../../shared/scenes/restricted';
import { sceneLabel } from '../../../shared/scenes/rules';
import { NUDITY_LABELS, type NudityLevel } from '../../../shared/scenes/schema';
import { canonicalJson } from '../audit/trail';
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
        `Scene ${scene.label} in this file: ${problems.join(' ')} Nothing was imported.`,
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

// ---- Consent review: every change a merge makes to a consent record is shown and accepted ------

/** The tables whose records are a performer's consent: a merge changes them only with acceptance. */
const CONSENT_RECORDS = new Set<string>([
  'bodyMap',
  'rider',
  'riderVersion',
  'riderVersionScene',
  'consentCheckin',
  'beatVersion',
  'beat',
]);

/** Fields that say nothing a person reviews: stamps and the record's own ids. */
const QUIET = new Set(['id', 'productionId', 'createdAt', 'updatedAt']);

const FIELD_LABELS: Record<string, string> = {
  personId: 'Performer',
  riderId: 'Rider',
  sceneId: 'Scene',
  versionId: 'Rider version',
  performerIds: 'Performers',
};

/** Names of people and scenes from the file, then from this vault (a record may point at either). */
export interface ReviewNames {
  person: (id: unknown) => string;
  scene: (id: unknown) => string;
}

export function reviewNames(db: Db, n: NameIndex): ReviewNames {
  const local = (sql: string, id: unknown) => db.prepare(sql).pluck().get(String(id)) as string | undefined;
  return {
    person: (id) => {
      const fromFile = n.person(id);
      if (fromFile !== String(id)) return fromFile;
      return local('SELECT name FROM person WHERE id = ?', id) ?? String(id);
    },
    scene: (id) => {
      const fromFile = n.scene(id);
      if (fromFile !== String(id)) return `scene ${fromFile}`;
      const row = db.prepare('SELECT episode, number FROM scene WHERE id = ?').get(String(id)) as
        | { episode: string; number: string }
        | undefined;
      return row === undefined ? String(id) : `scene ${sceneLabel(row)}`;
    },
  };
}

function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const NONE = '(none)';

/** A value as a person reads it: labels for marks, areas and statuses, names for ids, no raw JSON. */
function words(value: unknown, field: string, names: ReviewNames): string {
  if (value === null || value === undefined || value === '') return NONE;
  if (field === 'personId' || field === 'fromPersonId' || field === 'toPersonId') return names.person(value);
  if (field === 'sceneId') return names.scene(value);
  if (field === 'status') return RIDER_STATUS_LABELS[value as RiderStatus] ?? String(value);
  if (field === 'nudity') return NUDITY_LABELS[value as NudityLevel] ?? String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (value.startsWith('data:')) return 'an image';
    return value.length > 200 ? `${value.slice(0, 197)}...` : value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return NONE;
    return value.map((v) => itemWords(v, field, names)).join(', ');
  }
  return Object.entries(value as Rec)
    .map(([k, v]) => `${fieldLabel(k)}: ${words(v, k, names)}`)
    .join('; ');
}

function itemWords(item: unknown, field: string, names: ReviewNames): string {
  if (field === 'performerIds') return names.person(item);
  if (field === 'contactAreas' || field === 'offLimitsAreas')
    return RIDER_AREA_LABELS[item as RiderArea] ?? String(item);
  if (typeof item !== 'object' || item === null) return words(item, field, names);
  const r = item as Rec;
  if (field === 'acts')
    return `${CONSENT_ACT_LABELS[r.act as ConsentAct] ?? String(r.act)}${r.detail ? ` (${r.detail})` : ''}`;
  if (field === 'exposure') {
    const area = RIDER_AREA_LABELS[r.area as RiderArea] ?? String(r.area);
    return `${area} ${r.shown ? 'shown' : 'not shown'}${r.angle ? ` (${r.angle})` : ''}`;
  }
  if (field === 'contacts') {
    const area = BODY_AREA_LABELS[r.area as BodyArea] ?? String(r.area);
    const means = CONTACT_MEANS_LABELS[r.means as ContactMeans] ?? String(r.means);
    return `${names.person(r.fromPersonId)} touches ${names.person(r.toPersonId)}: ${area} by ${means}${r.confirmed ? ' (confirmed)' : ''}`;
  }
  return words(item, field, names);
}

type FieldChange = { field: string; from: string; to: string };

/** A JSON object field (body map areas, rider terms) compared key by key. */
function nestedChanges(field: string, ours: Rec, theirs: Rec, names: ReviewNames): FieldChange[] {
  const out: FieldChange[] = [];
  for (const k of [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort()) {
    if (canonicalJson(ours[k]) === canonicalJson(theirs[k])) continue;
    if (field === 'areas') {
      const mark = (v: unknown) =>
        v === undefined ? 'Not discussed' : (BOUNDARY_LABELS[v as BoundaryMark] ?? String(v));
      out.push({
        field: `Body area: ${BODY_AREA_LABELS[k as BodyArea] ?? k}`,
        from: mark(ours[k]),
        to: mark(theirs[k]),
      });
    } else {
      out.push({ field: `Terms: ${fieldLabel(k)}`, from: words(ours[k], k, names), to: words(theirs[k], k, names) });
    }
  }
  return out;
}

/** What a record's change is, field by field in words; an added record is compared with nothing. */
export function fieldChanges(ours: Rec | undefined, theirs: Rec, names: ReviewNames): FieldChange[] {
  const before = ours ?? {};
  const out: FieldChange[] = [];
  for (const field of Object.keys({ ...before, ...theirs })) {
    if (QUIET.has(field) || canonicalJson(before[field]) === canonicalJson(theirs[field])) continue;
    const [a, b] = [before[field], theirs[field]];
    const isObj = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
    if ((field === 'areas' || field === 'terms') && (isObj(a) || a === undefined) && isObj(b)) {
      out.push(...nestedChanges(field, (a ?? {}) as Rec, b as Rec, names));
    } else if (ours !== undefined || words(b, field, names) !== NONE) {
      out.push({ field: fieldLabel(field), from: words(a, field, names), to: words(b, field, names) });
    }
  }
  return out;
}

/** Whether a table's records are consent records, changed by a merge only with acceptance. */
export function isConsentRecord(spec: TableSpec): boolean {
  return CONSENT_RECORDS.has(spec.name);
}

/**
 * Refuses a merge that would apply a consent change the user has not accepted: nothing is written,
 * and the message says how many changes await review.
 */
export function assertConsentAccepted(applied: readonly ConsentChange[], accept: readonly string[]): void {
  const accepted = new Set(accept);
  const waiting = applied.filter((c) => !accepted.has(c.id));
  if (waiting.length === 0) return;
  const many =
    waiting.length === 1 ? '1 change to a consent record awaits' : `${waiting.length} changes to consent records await`;
  throw new AppError(
    'CONFLICT',
    `${many} review (body maps, riders, check-ins, beats): accept each one before importing. Nothing was imported.`,
    {
      issues: waiting.map((c) => ({
        path: c.id,
        message: `${c.label}: ${c.fields.map((f) => `${f.field} ${f.from} -> ${f.to}`).join('; ') || 'added'}`,
      })),
    },
  );
}
