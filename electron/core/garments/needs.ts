import type { ParsedInput } from '../../../shared/commands';
import type { Need, Variant } from '../../../shared/garments/schema';
import { AppError } from '../../../shared/kit/errors';
import { appendAudit } from '../audit/trail';
import { stmt } from '../kit/statements';
import { getPerson } from '../people/people';
import { getProduction } from '../productions/productions';
import { SCENE_REF_COLUMNS, type SceneRefRow, sceneRefFromRow } from '../scenes/rows';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import { allergyWarnings } from './catalog';
import {
  NEED_SELECT,
  type NeedRow,
  needFactsFromRow,
  type TallyRow,
  tallyFromRow,
  VARIANT_SELECT,
  type VariantRow,
  variantFromRow,
} from './rows';

export interface IssueTally {
  /** Units issued for the scene to the performer, ever. */
  issued: number;
  /** Of those, still with the performer (not returned or consumed). */
  held: number;
}

/** What was issued for one scene to one performer: the pull list's tick marks, from the ledger. */
export function issueTally(db: Db, sceneId: string, personId: string, variantId: string): IssueTally {
  const r = stmt(
    db,
    `SELECT coalesce(sum(CASE kind WHEN 'issued' THEN quantity ELSE 0 END), 0) AS issued,
         coalesce(sum(CASE kind WHEN 'issued' THEN quantity WHEN 'returned' THEN -quantity WHEN 'consumed' THEN -quantity
           ELSE 0 END), 0) AS held
       FROM garment_movement WHERE scene_id = ? AND person_id = ? AND variant_id = ?`,
  ).get(sceneId, personId, variantId) as IssueTally;
  return r;
}

/** A stored need with its variant, the ledger's tally and the wearer's allergy warnings looked up. */
export function needFromRow(db: Db, row: NeedRow): Need & { held: number } {
  const n = needFactsFromRow(row);
  const variant = variantFromRow(stmt(db, `${VARIANT_SELECT} WHERE v.id = ?`).get(n.variantId) as VariantRow);
  return needOf(n, variant, issueTally(db, n.sceneId, n.personId, n.variantId));
}

function needOf(n: ReturnType<typeof needFactsFromRow>, variant: Variant, tally: IssueTally): Need & { held: number } {
  return {
    id: n.id,
    productionId: n.productionId,
    sceneId: n.sceneId,
    sceneNumber: n.sceneNumber,
    shootDate: n.shootDate,
    personId: n.personId,
    personName: n.personName,
    variant,
    quantity: n.quantity,
    note: n.note,
    issued: tally.issued,
    held: tally.held,
    warnings: allergyWarnings(n.wearer, variant),
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
  };
}

const NO_TALLY: IssueTally = { issued: 0, held: 0 };

/**
 * Many needs at once: their variants in one query and the ledger's tallies in one grouped query
 * (not two queries per need), then the same shaping as `needFromRow`.
 */
function needsFromRows(db: Db, rows: readonly NeedRow[]): (Need & { held: number })[] {
  if (rows.length === 0) return [];
  const facts = rows.map(needFactsFromRow);
  const variantIds = JSON.stringify([...new Set(facts.map((n) => n.variantId))]);
  const variants = new Map(
    (stmt(db, `${VARIANT_SELECT} WHERE v.id IN (SELECT value FROM json_each(?))`).all(variantIds) as VariantRow[])
      .map(variantFromRow)
      .map((v) => [v.id, v]),
  );
  const sceneIds = JSON.stringify([...new Set(facts.map((n) => n.sceneId))]);
  const tallies = new Map(
    (
      stmt(
        db,
        `SELECT scene_id, person_id, variant_id,
             coalesce(sum(CASE kind WHEN 'issued' THEN quantity ELSE 0 END), 0) AS issued,
             coalesce(sum(CASE kind WHEN 'issued' THEN quantity WHEN 'returned' THEN -quantity WHEN 'consumed' THEN -quantity
               ELSE 0 END), 0) AS held
           FROM garment_movement WHERE scene_id IN (SELECT value FROM json_each(?))
           GROUP BY scene_id, person_id, variant_id`,
      ).all(sceneIds) as TallyRow[]
    )
      .map(tallyFromRow)
      .map((t) => [`${t.sceneId}|${t.personId}|${t.variantId}`, { issued: t.issued, held: t.held }]),
  );
  return facts.map((n) =>
    needOf(
      n,
      variants.get(n.variantId) as Variant,
      tallies.get(`${n.sceneId}|${n.personId}|${n.variantId}`) ?? NO_TALLY,
    ),
  );
}

export function getNeed(db: Db, id: string): Need & { held: number } {
  const row = stmt(db, `${NEED_SELECT} WHERE n.id = ?`).get(id) as NeedRow | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', `No garment need with id ${id}`, {
      issues: [{ path: 'id', message: 'No such need' }],
    });
  return needFromRow(db, row);
}

export function listNeeds(
  db: Db,
  productionId: string,
  filter: { sceneId?: string | undefined; dates?: readonly string[] } = {},
): (Need & { held: number })[] {
  getProduction(db, productionId);
  const where = ['n.production_id = @productionId', 's.deleted_at IS NULL'];
  if (filter.sceneId) where.push('n.scene_id = @sceneId');
  // Driven from the scenes of those days (an index on the production's shoot dates), not a scan of every need.
  if (filter.dates)
    where.push(
      `n.scene_id IN (SELECT id FROM scene WHERE production_id = @productionId
         AND shoot_date IN (SELECT value FROM json_each(@dates)))`,
    );
  const rows = stmt(
    db,
    `${NEED_SELECT} WHERE ${where.join(' AND ')}
       ORDER BY s.shoot_date IS NULL, s.shoot_date, s.call_time, s.number COLLATE NOCASE, p.name COLLATE NOCASE, n.created_at`,
  ).all({ productionId, sceneId: filter.sceneId, dates: JSON.stringify(filter.dates ?? []) }) as NeedRow[];
  return needsFromRows(db, rows);
}

/** Sets a performer's need for a scene: one row per (scene, performer, variant), quantity replaced. */
export function setNeed(db: Db, input: ParsedInput<'garment.needSet'>): Need {
  return db.transaction(() => {
    const row = stmt(db, `SELECT ${SCENE_REF_COLUMNS} FROM scene WHERE id = ?`).get(input.sceneId) as
      | SceneRefRow
      | undefined;
    const scene = row ? sceneRefFromRow(row) : undefined;
    if (!scene || scene.deletedAt)
      throw new AppError('NOT_FOUND', 'No such scene', { issues: [{ path: 'sceneId', message: 'No such scene' }] });
    const person = getPerson(db, input.personId);
    const inScene = stmt(db, 'SELECT 1 FROM scene_performer WHERE scene_id = ? AND person_id = ?').get(
      scene.id,
      person.id,
    );
    if (!inScene)
      throw new AppError(
        'RULE_VIOLATION',
        `${person.name} is not in scene ${scene.number}: add them to the scene first.`,
        {
          issues: [{ path: 'personId', message: 'Not in this scene' }],
        },
      );
    // undefined: no such variant; a string: retired from the catalog.
    const variantDeletedAt = db
      .prepare('SELECT deleted_at FROM garment_variant WHERE id = ?')
      .pluck()
      .get(input.variantId) as string | null | undefined;
    if (variantDeletedAt !== null)
      throw new AppError('NOT_FOUND', 'No such variant in the catalog', {
        issues: [{ path: 'variantId', message: 'No such variant' }],
      });
    const now = new Date().toISOString();
    const existing = stmt(
      db,
      'SELECT id, quantity, note FROM garment_need WHERE scene_id = ? AND person_id = ? AND variant_id = ?',
    ).get(scene.id, person.id, input.variantId) as { id: string; quantity: number; note: string } | undefined;
    const id = existing?.id ?? newId();
    if (existing) {
      stmt(db, 'UPDATE garment_need SET quantity = ?, note = ?, updated_at = ? WHERE id = ?').run(
        input.quantity,
        input.note,
        now,
        id,
      );
    } else {
      stmt(
        db,
        `INSERT INTO garment_need (id, production_id, scene_id, person_id, variant_id, quantity, note, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, scene.productionId, scene.id, person.id, input.variantId, input.quantity, input.note, now, now);
    }
    appendAudit(db, {
      productionId: scene.productionId,
      entity: 'garment_need',
      entityId: id,
      action: existing ? 'update' : 'create',
      oldValue: existing ? { quantity: existing.quantity, note: existing.note } : undefined,
      newValue: input,
    });
    return getNeed(db, id);
  })();
}

export function deleteNeed(db: Db, id: string): { id: string } {
  return db.transaction(() => {
    const need = getNeed(db, id);
    stmt(db, 'DELETE FROM garment_need WHERE id = ?').run(id);
    appendAudit(db, {
      productionId: need.productionId,
      entity: 'garment_need',
      entityId: id,
      action: 'delete',
      oldValue: { sceneId: need.sceneId, personId: need.personId, variantId: need.variant.id, quantity: need.quantity },
    });
    return { id };
  })();
}
