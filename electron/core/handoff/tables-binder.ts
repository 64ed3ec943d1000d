import type { Db } from '../vault/connection';
import type { TableSpec } from './table-spec';

/**
 * The binder pillars and garments in the handoff. Beat versions (with their beats) and stock
 * movements are append-only in the vault (triggers refuse updates): their specs are marked so an
 * import only appends the rows it lacks, by id, and never rewrites one.
 */

const sceneOf = (alias: string) => `JOIN scene s ON s.id = ${alias}.scene_id WHERE s.production_id = @productionId`;

/**
 * Two vaults can each save "version 3" of a scene's beats. Theirs is appended after ours, keeping
 * its id (its beats point at the id), so neither history is lost.
 */
function nextFreeVersion(db: Db, record: Record<string, unknown>): Record<string, unknown> {
  const taken = db
    .prepare('SELECT 1 FROM beat_version WHERE scene_id = ? AND version = ?')
    .get(record.sceneId, record.version);
  if (!taken) return record;
  const top = db.prepare('SELECT MAX(version) AS v FROM beat_version WHERE scene_id = ?').get(record.sceneId) as {
    v: number;
  };
  return { ...record, version: top.v + 1 };
}

export const PILLAR_TABLES: TableSpec[] = [
  {
    name: 'bodyMap',
    table: 'body_map',
    key: ['id'],
    select: 'SELECT * FROM body_map WHERE production_id = @productionId ORDER BY id',
    json: ['areas', 'notify'],
    label: (r, n) => `Body map of ${n.person(r.personId)}`,
  },
  {
    name: 'checkIn',
    table: 'check_in',
    key: ['id'],
    select: 'SELECT * FROM check_in WHERE production_id = @productionId ORDER BY id',
    label: (r, n) => `Check-in with ${n.person(r.personId)} at ${String(r.at)}`,
  },
  {
    name: 'beatVersion',
    table: 'beat_version',
    key: ['id'],
    select: `SELECT v.* FROM beat_version v ${sceneOf('v')} ORDER BY v.scene_id, v.version`,
    appendOnly: true,
    beforeInsert: nextFreeVersion,
    label: (r, n) => `Beats version ${String(r.version)} of scene ${n.scene(r.sceneId)}`,
  },
  {
    name: 'beat',
    table: 'beat',
    key: ['versionId', 'id'],
    select: `SELECT b.* FROM beat b JOIN beat_version v ON v.id = b.version_id ${sceneOf('v')}
             ORDER BY b.version_id, b.position`,
    json: ['performerIds', 'contacts'],
    appendOnly: true,
    label: (r) => `Beat "${String(r.title)}"`,
  },
  {
    name: 'closure',
    table: 'closure',
    key: ['id'],
    select: `SELECT c.* FROM closure c ${sceneOf('c')} ORDER BY c.id`,
    json: ['practices'],
    label: (r, n) => `Closure of ${n.person(r.personId)} in scene ${n.scene(r.sceneId)}`,
  },
  {
    name: 'followUp',
    table: 'follow_up',
    key: ['id'],
    select: `SELECT f.* FROM follow_up f ${sceneOf('f')} ORDER BY f.id`,
    label: (r) => `Follow-up "${String(r.description)}"`,
  },
];

/** Variants this production's needs or ledger refer to (the catalog itself is vault-wide). */
const USED_VARIANTS = `SELECT variant_id FROM garment_need WHERE production_id = @productionId
  UNION SELECT variant_id FROM garment_movement WHERE production_id = @productionId`;

export const GARMENT_TABLES: TableSpec[] = [
  {
    name: 'garmentType',
    table: 'garment_type',
    key: ['id'],
    select: `SELECT * FROM garment_type WHERE id IN (SELECT type_id FROM garment_variant WHERE id IN (${USED_VARIANTS}))
             ORDER BY id`,
    label: (r) => `Garment type "${String(r.name)}"`,
  },
  {
    name: 'garmentVariant',
    table: 'garment_variant',
    key: ['id'],
    select: `SELECT * FROM garment_variant WHERE id IN (${USED_VARIANTS}) ORDER BY id`,
    label: (r) => `Garment ${String(r.code)}`,
  },
  {
    // The local sequence number stays behind; ledger order travels as the order of the records.
    name: 'garmentMovement',
    table: 'garment_movement',
    key: ['id'],
    select: 'SELECT * FROM garment_movement WHERE production_id = @productionId ORDER BY seq',
    omit: ['seq'],
    bools: ['allergyAcknowledged'],
    appendOnly: true,
    refusal:
      'appending it would take a stock figure below zero (both vaults moved the same units); record a correcting movement in one vault and hand off again',
    label: (r) => `Stock movement "${String(r.kind)}" of ${String(r.quantity)} at ${String(r.at)}`,
  },
  {
    name: 'garmentNeed',
    table: 'garment_need',
    key: ['id'],
    select: 'SELECT * FROM garment_need WHERE production_id = @productionId ORDER BY id',
    label: (r, n) => `Garment need of ${n.person(r.personId)} in scene ${n.scene(r.sceneId)}`,
  },
  {
    name: 'garmentFitting',
    table: 'garment_fitting',
    key: ['id'],
    select: 'SELECT * FROM garment_fitting WHERE production_id = @productionId ORDER BY id',
    label: (r, n) => `Fitting of ${n.person(r.personId)} at ${String(r.startsAt)}`,
  },
];
