import type { TrashItem } from '../../../shared/trash/schema';
import { SCENE_LABEL_SQL } from '../scenes/rows';
import type { Db } from '../vault/connection';
import { type TrashRow, trashItemFromRow } from './rows';

/**
 * Soft-deleted records across the vault (or one production), newest first. One query: each kind
 * says how it is titled; restoring goes through that kind's own command, so audit stays whole.
 */
const SOURCES = [
  `SELECT 'scene' AS kind, t.id, t.production_id, 'Scene ' || ${SCENE_LABEL_SQL} AS title, t.location AS detail,
       t.deleted_at
     FROM scene t WHERE t.deleted_at IS NOT NULL`,
  `SELECT 'person', p.id, NULL, p.name, p.pronouns, p.deleted_at FROM person p WHERE p.deleted_at IS NOT NULL`,
  `SELECT 'member', m.id, m.production_id, p.name,
       CASE m.role WHEN 'crew' THEN m.department ELSE m.character_name END, m.deleted_at
     FROM production_member m JOIN person p ON p.id = m.person_id WHERE m.deleted_at IS NOT NULL`,
  `SELECT 'break', b.id, b.production_id, 'Break: ' || p.name, b.shoot_date, b.deleted_at
     FROM break_log b JOIN person p ON p.id = b.person_id WHERE b.deleted_at IS NOT NULL`,
  `SELECT 'follow-up', f.id, s.production_id, 'Follow-up: ' || f.description, 'Scene ' || s.number, f.deleted_at
     FROM follow_up f JOIN scene s ON s.id = f.scene_id WHERE f.deleted_at IS NOT NULL`,
  `SELECT 'check-in', c.id, c.production_id, upper(substr(c.kind, 1, 1)) || substr(c.kind, 2) || ' with ' || p.name,
       substr(c.at, 1, 10), c.deleted_at
     FROM check_in c JOIN person p ON p.id = c.person_id WHERE c.deleted_at IS NOT NULL`,
  `SELECT 'rider', r.id, r.production_id, 'Rider draft: ' || p.name, r.title, r.deleted_at
     FROM rider r JOIN person p ON p.id = r.person_id WHERE r.deleted_at IS NOT NULL`,
  `SELECT 'rider-template', t.id, t.production_id, 'Rider template: ' || t.name, '', t.deleted_at
     FROM rider_template t WHERE t.deleted_at IS NOT NULL`,
  // The garment catalog is vault-wide: retired items belong to no production.
  `SELECT 'garment-type', g.id, NULL, g.name, 'Item type', g.deleted_at FROM garment_type g WHERE g.deleted_at IS NOT NULL`,
  `SELECT 'garment-variant', v.id, NULL, g.name || ' ' || v.code,
       trim(v.size || ' · ' || v.skin_tone || ' · ' || v.material, ' ·'), v.deleted_at
     FROM garment_variant v JOIN garment_type g ON g.id = v.type_id WHERE v.deleted_at IS NOT NULL`,
];

export function listTrash(db: Db, productionId: string | null, limit: number): TrashItem[] {
  const rows = db
    .prepare(
      `SELECT t.*, pr.title AS production_title FROM (${SOURCES.join(' UNION ALL ')}) t
       LEFT JOIN production pr ON pr.id = t.production_id
       ${productionId === null ? '' : 'WHERE t.production_id = @productionId'}
       ORDER BY t.deleted_at DESC LIMIT @limit`,
    )
    .all({ productionId, limit }) as TrashRow[];
  return rows.map(trashItemFromRow);
}
