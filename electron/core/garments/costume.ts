import type { ParsedInput } from '../../../shared/commands';
import { hasAdhesiveAllergen } from '../../../shared/garments/rules';
import type { CostumePerformer, Fitting } from '../../../shared/garments/schema';
import { AppError } from '../../../shared/kit/errors';
import { audited, type EditSpec } from '../audit/edits';
import { appendAudit } from '../audit/trail';
import { applyPatch } from '../kit/sql';
import { stmt } from '../kit/statements';
import { getPerson } from '../people/people';
import { getProduction } from '../productions/productions';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import { costumePerformers } from './catalog';
import { FITTING_SELECT, type FittingRow, fittingFromRow } from './rows';

/**
 * What the costume supervisor records herself, in the costume view or the full binder: a
 * performer's sizes, skin tone, allergens and fitter preference, and fitting appointments. Every
 * change is on the trail in words; in the costume view its author reads "(costume view)".
 */

/** A performer's costume fields as the trail names them; people are vault-wide, on the vault's chain. */
const PERFORMER: EditSpec<CostumePerformer> = {
  entity: 'person',
  productionId: () => null,
  entityId: (p) => p.personId,
  fields: {
    name: 'Name',
    sizes: 'Sizes',
    skinTone: 'Skin tone',
    allergens: 'Allergens',
    adhesiveAllergy: 'Adhesive allergy',
    fitterPreference: 'Fitter preference',
  },
};

/** The performer as costume sees them, refused unless cast (performer or background) in the production. */
function castPerformer(db: Db, productionId: string, personId: string): CostumePerformer {
  const found = costumePerformers(db, productionId).find((p) => p.personId === personId);
  if (!found)
    throw new AppError('NOT_FOUND', 'That person is not a performer in this production', {
      issues: [{ path: 'personId', message: 'Not cast in this production' }],
    });
  return found;
}

export function updateCostumePerformer(db: Db, input: ParsedInput<'garment.performerUpdate'>): CostumePerformer {
  const { productionId, personId, patch } = input;
  return audited(
    db,
    PERFORMER,
    'update',
    () => castPerformer(db, productionId, personId),
    () => {
      const columns: Record<string, unknown> = { ...patch };
      // The older adhesive flag follows the list, so both read the same allergy.
      if (patch.allergens !== undefined) columns.adhesiveAllergy = hasAdhesiveAllergen(patch.allergens);
      applyPatch(
        db,
        'person',
        {
          sizes: 'sizes',
          skinTone: 'skin_tone',
          allergens: 'allergens',
          adhesiveAllergy: 'adhesive_allergy',
          fitterPreference: 'fitter_preference',
        },
        personId,
        columns,
      );
      return castPerformer(db, productionId, personId);
    },
  );
}

export function getFitting(db: Db, id: string): Fitting {
  const row = stmt(db, `${FITTING_SELECT} WHERE f.id = ?`).get(id) as FittingRow | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', 'No such fitting', { issues: [{ path: 'id', message: 'No such fitting' }] });
  return fittingFromRow(row);
}

export function listFittings(
  db: Db,
  productionId: string,
  from: string | undefined,
  includeDeleted: boolean,
): Fitting[] {
  getProduction(db, productionId);
  const where = ['f.production_id = @productionId'];
  if (from) where.push('f.starts_at >= @from');
  if (!includeDeleted) where.push('f.deleted_at IS NULL');
  return (
    stmt(db, `${FITTING_SELECT} WHERE ${where.join(' AND ')} ORDER BY f.starts_at, p.name COLLATE NOCASE`).all({
      productionId,
      from,
    }) as FittingRow[]
  ).map(fittingFromRow);
}

const FITTING_COLUMNS = { startsAt: 'starts_at', place: 'place', fitter: 'fitter', note: 'note' };

export function setFitting(db: Db, input: ParsedInput<'garment.fittingSet'>): Fitting {
  return db.transaction(() => {
    getProduction(db, input.productionId);
    castPerformer(db, input.productionId, input.personId);
    const fields = { startsAt: input.startsAt, place: input.place, fitter: input.fitter, note: input.note };
    if (input.id) {
      const old = getFitting(db, input.id);
      if (old.productionId !== input.productionId || old.personId !== input.personId)
        throw new AppError('RULE_VIOLATION', `This fitting is ${old.personName}'s: book a new one for someone else`, {
          issues: [{ path: 'personId', message: 'A fitting stays with its performer' }],
        });
      if (applyPatch(db, 'garment_fitting', FITTING_COLUMNS, input.id, fields))
        appendAudit(db, {
          productionId: input.productionId,
          entity: 'garment_fitting',
          entityId: input.id,
          action: 'update',
          oldValue: { startsAt: old.startsAt, place: old.place, fitter: old.fitter, note: old.note },
          newValue: fields,
        });
      return getFitting(db, input.id);
    }
    const id = newId();
    const now = new Date().toISOString();
    stmt(
      db,
      `INSERT INTO garment_fitting (id, production_id, person_id, starts_at, place, fitter, note, created_at, updated_at)
       VALUES (@id, @productionId, @personId, @startsAt, @place, @fitter, @note, @now, @now)`,
    ).run({ id, productionId: input.productionId, personId: input.personId, ...fields, now });
    appendAudit(db, {
      productionId: input.productionId,
      entity: 'garment_fitting',
      entityId: id,
      action: 'create',
      newValue: { personId: input.personId, personName: getPerson(db, input.personId).name, ...fields },
    });
    return getFitting(db, id);
  })();
}

export function setFittingDeleted(db: Db, id: string, deleted: boolean): Fitting {
  return db.transaction(() => {
    const f = getFitting(db, id);
    if ((f.deletedAt !== null) === deleted) return f;
    const now = new Date().toISOString();
    stmt(db, 'UPDATE garment_fitting SET deleted_at = ?, updated_at = ? WHERE id = ?').run(
      deleted ? now : null,
      now,
      id,
    );
    appendAudit(db, {
      productionId: f.productionId,
      entity: 'garment_fitting',
      entityId: id,
      action: deleted ? 'delete' : 'restore',
    });
    return getFitting(db, id);
  })();
}
