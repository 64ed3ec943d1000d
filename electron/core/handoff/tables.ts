import { sceneLabel } from '../../../shared/scenes/rules';
import type { TableSpec } from './table-spec';
import { GARMENT_TABLES, PILLAR_TABLES } from './tables-binder';

export type { NameIndex, TableSpec } from './table-spec';

/**
 * People are vault-wide; a snapshot carries those the production refers to. Domains that refer to
 * people from their own tables add a subquery here.
 */
export const PERSON_REFS = [
  'SELECT person_id FROM production_member WHERE production_id = @productionId',
  'SELECT sp.person_id FROM scene_performer sp JOIN scene s ON s.id = sp.scene_id WHERE s.production_id = @productionId',
  'SELECT person_id FROM break_log WHERE production_id = @productionId',
  'SELECT person_id FROM rider WHERE production_id = @productionId',
  'SELECT person_id FROM body_map WHERE production_id = @productionId',
  'SELECT person_id FROM check_in WHERE production_id = @productionId',
  'SELECT c.person_id FROM closure c JOIN scene s ON s.id = c.scene_id WHERE s.production_id = @productionId',
  'SELECT f.person_id FROM follow_up f JOIN scene s ON s.id = f.scene_id WHERE s.production_id = @productionId AND f.person_id IS NOT NULL',
  'SELECT person_id FROM garment_need WHERE production_id = @productionId',
  'SELECT person_id FROM garment_movement WHERE production_id = @productionId AND person_id IS NOT NULL',
  'SELECT person_id FROM garment_fitting WHERE production_id = @productionId',
  'SELECT person_id FROM performer_call WHERE production_id = @productionId',
];

export const CORE_TABLES: TableSpec[] = [
  {
    name: 'production',
    table: 'production',
    key: ['id'],
    select: 'SELECT * FROM production WHERE id = @productionId',
    label: (r) => `Production "${String(r.title)}"`,
  },
  {
    name: 'person',
    table: 'person',
    key: ['id'],
    select: `SELECT * FROM person WHERE id IN (${PERSON_REFS.join(' UNION ')}) ORDER BY id`,
    bools: ['isMinor', 'adhesiveAllergy'],
    json: ['sizes', 'allergens'],
    label: (r) => `Person ${String(r.name)}`,
  },
  {
    name: 'productionMember',
    table: 'production_member',
    key: ['id'],
    select: 'SELECT * FROM production_member WHERE production_id = @productionId ORDER BY id',
    label: (r, n) => `Cast and crew entry for ${n.person(r.personId)}`,
  },
  {
    name: 'scene',
    table: 'scene',
    key: ['id'],
    select: 'SELECT * FROM scene WHERE production_id = @productionId ORDER BY id',
    bools: ['icPresent', 'omitted'],
    json: ['intimacyTypes', 'closedSet', 'heightenedFlags'],
    label: (r) => `Scene ${sceneLabel({ episode: String(r.episode ?? ''), number: String(r.number) })}`,
  },
  {
    name: 'scenePerformer',
    table: 'scene_performer',
    key: ['sceneId', 'personId'],
    select: `SELECT sp.* FROM scene_performer sp JOIN scene s ON s.id = sp.scene_id
             WHERE s.production_id = @productionId ORDER BY sp.scene_id, sp.person_id`,
    bools: ['simulatedSex'],
    label: (r, n) => `${n.person(r.personId)} in scene ${n.scene(r.sceneId)}`,
  },
  {
    name: 'shootDay',
    table: 'shoot_day',
    key: ['productionId', 'shootDate'],
    select: 'SELECT * FROM shoot_day WHERE production_id = @productionId ORDER BY shoot_date',
    label: (r) => `Shoot day ${String(r.shootDate)}`,
  },
  {
    name: 'performerCall',
    table: 'performer_call',
    key: ['productionId', 'shootDate', 'personId'],
    select: 'SELECT * FROM performer_call WHERE production_id = @productionId ORDER BY shoot_date, person_id',
    label: (r, n) => `${n.person(r.personId)}'s call on ${String(r.shootDate)}`,
  },
];

// ---- Domain tables (binder, consent, garments) are appended here, one block each ---------------

/** On set: pre-roll marks (keyed by scene, day, item and performer) and the break log. */
export const ONSET_TABLES: TableSpec[] = [
  {
    name: 'prerollMark',
    table: 'preroll_mark',
    key: ['sceneId', 'shootDate', 'item', 'personId'],
    select: `SELECT pm.* FROM preroll_mark pm JOIN scene s ON s.id = pm.scene_id WHERE s.production_id = @productionId
             ORDER BY pm.scene_id, pm.shoot_date, pm.item, pm.person_id`,
    bools: ['done'],
    label: (r, n) => `Pre-roll "${String(r.item)}" for scene ${n.scene(r.sceneId)} on ${String(r.shootDate)}`,
  },
  {
    name: 'breakLog',
    table: 'break_log',
    key: ['id'],
    select: 'SELECT * FROM break_log WHERE production_id = @productionId ORDER BY id',
    label: (r, n) => `Break called by ${n.person(r.personId)} at ${String(r.calledAt)}`,
  },
];

/** Consent: templates, riders, their versions (terms and signatures), scenes covered, check-ins. */
export const CONSENT_TABLES: TableSpec[] = [
  {
    name: 'riderTemplate',
    table: 'rider_template',
    key: ['id'],
    select: 'SELECT * FROM rider_template WHERE production_id = @productionId ORDER BY id',
    json: ['terms'],
    label: (r) => `Rider template "${String(r.name)}"`,
  },
  {
    name: 'rider',
    table: 'rider',
    key: ['id'],
    select: 'SELECT * FROM rider WHERE production_id = @productionId ORDER BY id',
    label: (r, n) => `Rider for ${n.person(r.personId)}`,
  },
  {
    name: 'riderVersion',
    table: 'rider_version',
    key: ['id'],
    select: `SELECT v.* FROM rider_version v JOIN rider r ON r.id = v.rider_id
             WHERE r.production_id = @productionId ORDER BY v.rider_id, v.version`,
    json: ['terms'],
    label: (r) => `Rider version ${String(r.version)}`,
  },
  {
    name: 'riderVersionScene',
    table: 'rider_version_scene',
    key: ['versionId', 'sceneId'],
    select: `SELECT vs.* FROM rider_version_scene vs JOIN rider_version v ON v.id = vs.version_id
             JOIN rider r ON r.id = v.rider_id WHERE r.production_id = @productionId ORDER BY vs.version_id, vs.scene_id`,
    label: (r, n) => `Scene ${n.scene(r.sceneId)} in a rider version`,
  },
  {
    name: 'consentCheckin',
    table: 'consent_checkin',
    key: ['id'],
    select: `SELECT c.* FROM consent_checkin c JOIN rider r ON r.id = c.rider_id
             WHERE r.production_id = @productionId ORDER BY c.id`,
    refusal: 'a consent check-in is never edited, and a voided one stays voided',
    label: (r) => `Consent check-in of ${String(r.at)}`,
  },
];

/** Every merged table, in dependency order. The audit trail is not here: it is copied, never merged. */
export const TABLES: TableSpec[] = [
  ...CORE_TABLES,
  ...PILLAR_TABLES,
  ...CONSENT_TABLES,
  ...GARMENT_TABLES,
  ...ONSET_TABLES,
];

export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** A vault row as a snapshot record. */
export function rowToRecord(spec: TableSpec, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [col, value] of Object.entries(row)) {
    if (spec.omit?.includes(col)) continue;
    const field = camelCase(col);
    if (spec.bools?.includes(field)) out[field] = value === 1;
    else if (spec.json?.includes(field)) out[field] = JSON.parse(String(value));
    else out[field] = value;
  }
  return out;
}

/** A snapshot record as column values for the vault. */
export function recordToRow(spec: TableSpec, record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    const col = snakeCase(field);
    if (spec.bools?.includes(field)) out[col] = value ? 1 : 0;
    else if (spec.json?.includes(field)) out[col] = JSON.stringify(value);
    else out[col] = value;
  }
  return out;
}

export function keyOf(spec: TableSpec, record: Record<string, unknown>): string {
  return spec.key.map((k) => String(record[k])).join('/');
}
