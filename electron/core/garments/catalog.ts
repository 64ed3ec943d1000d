import type { ParsedInput } from '../../../shared/commands';
import { allergenMatches, allergenVerdict, defaultCare, defaultUnit } from '../../../shared/garments/rules';
import type { CostumePerformer, CostumeScene, GarmentType, Variant } from '../../../shared/garments/schema';
import { AppError } from '../../../shared/kit/errors';
import { appendAudit } from '../audit/trail';
import { applyPatch, toColumnValue } from '../kit/sql';
import { stmt } from '../kit/statements';
import { getPerson } from '../people/people';
import { MEMBER_SELECT, type MemberRow, memberFromRow } from '../people/rows';
import { getProduction } from '../productions/productions';
import {
  type CostumeCastRow,
  costumeCastFromRow,
  SCHEDULE_COLUMNS,
  type ScheduleRow,
  scheduleFromRow,
} from '../scenes/rows';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import {
  isAdhesive,
  TYPE_SELECT,
  type TypeRow,
  typeFromRow,
  VARIANT_SELECT,
  type VariantRow,
  variantFromRow,
  type Wearer,
} from './rows';

/** Catalog changes are vault-wide, so their audit entries live in the vault's own chain (''). */
const CATALOG_CHAIN = null;

export function getType(db: Db, id: string): GarmentType {
  const row = stmt(db, `${TYPE_SELECT} WHERE t.id = ?`).get(id) as TypeRow | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', `No item type with id ${id}`, {
      issues: [{ path: 'typeId', message: 'No such item type' }],
    });
  return typeFromRow(row);
}

export function listTypes(db: Db, includeDeleted: boolean): GarmentType[] {
  const where = includeDeleted ? '' : 'WHERE t.deleted_at IS NULL';
  return (stmt(db, `${TYPE_SELECT} ${where} ORDER BY t.name COLLATE NOCASE`).all() as TypeRow[]).map(typeFromRow);
}

function assertTypeNameFree(db: Db, name: string, exceptId: string | null): void {
  const clash = stmt(
    db,
    'SELECT id FROM garment_type WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL AND id IS NOT ?',
  ).get(name, exceptId);
  if (clash)
    throw new AppError('CONFLICT', `An item type named "${name}" already exists`, {
      issues: [{ path: 'name', message: 'This name is taken' }],
    });
}

export function createType(db: Db, input: ParsedInput<'garment.typeCreate'>): GarmentType {
  return db.transaction(() => {
    assertTypeNameFree(db, input.name, null);
    const id = newId();
    const now = new Date().toISOString();
    stmt(
      db,
      `INSERT INTO garment_type (id, name, kind, size_key, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.name, input.kind, input.sizeKey, input.notes, now, now);
    const created = getType(db, id);
    appendAudit(db, {
      productionId: CATALOG_CHAIN,
      entity: 'garment_type',
      entityId: id,
      action: 'create',
      newValue: input,
    });
    return created;
  })();
}

export function updateType(db: Db, id: string, patch: ParsedInput<'garment.typeUpdate'>['patch']): GarmentType {
  return db.transaction(() => {
    const old = getType(db, id);
    if (patch.name !== undefined) assertTypeNameFree(db, patch.name, id);
    if (applyPatch(db, 'garment_type', { name: 'name', kind: 'kind', sizeKey: 'size_key', notes: 'notes' }, id, patch))
      appendAudit(db, {
        productionId: CATALOG_CHAIN,
        entity: 'garment_type',
        entityId: id,
        action: 'update',
        oldValue: old,
        newValue: patch,
      });
    return getType(db, id);
  })();
}

export function setTypeDeleted(db: Db, id: string, deleted: boolean): GarmentType {
  return db.transaction(() => {
    const t = getType(db, id);
    if (!deleted) assertTypeNameFree(db, t.name, id);
    const now = new Date().toISOString();
    stmt(db, 'UPDATE garment_type SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deleted ? now : null, now, id);
    appendAudit(db, {
      productionId: CATALOG_CHAIN,
      entity: 'garment_type',
      entityId: id,
      action: deleted ? 'delete' : 'restore',
    });
    return getType(db, id);
  })();
}

export function getVariant(db: Db, id: string, path = 'variantId'): Variant {
  const row = stmt(db, `${VARIANT_SELECT} WHERE v.id = ?`).get(id) as VariantRow | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', `No variant with id ${id}`, { issues: [{ path, message: 'No such variant' }] });
  return variantFromRow(row);
}

export function listVariants(db: Db, typeId: string | undefined, includeDeleted: boolean): Variant[] {
  const where: string[] = [];
  if (!includeDeleted) where.push('v.deleted_at IS NULL');
  if (typeId) where.push('v.type_id = @typeId');
  const sql = `${VARIANT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY t.name COLLATE NOCASE, v.size COLLATE NOCASE, v.skin_tone COLLATE NOCASE, v.code COLLATE NOCASE`;
  return (stmt(db, sql).all({ typeId }) as VariantRow[]).map(variantFromRow);
}

export function findVariantByCode(db: Db, code: string): Variant | null {
  const row = stmt(db, `${VARIANT_SELECT} WHERE v.code = ? COLLATE NOCASE AND v.deleted_at IS NULL`).get(code) as
    | VariantRow
    | undefined;
  return row ? variantFromRow(row) : null;
}

function assertCodeFree(db: Db, code: string, exceptId: string | null): void {
  const clash = stmt(
    db,
    'SELECT id FROM garment_variant WHERE code = ? COLLATE NOCASE AND deleted_at IS NULL AND id IS NOT ?',
  ).get(code, exceptId);
  if (clash)
    throw new AppError('CONFLICT', `The code ${code} is already in the catalog`, {
      issues: [{ path: 'code', message: 'This code is taken' }],
    });
}

const VARIANT_COLUMNS: Record<string, string> = {
  typeId: 'type_id',
  code: 'code',
  size: 'size',
  skinTone: 'skin_tone',
  material: 'material',
  adhesiveType: 'adhesive_type',
  care: 'care',
  unit: 'unit',
  supplier: 'supplier',
  unitCostMinor: 'unit_cost_minor',
  currency: 'currency',
  reorderThreshold: 'reorder_threshold',
};

/** Inserts without its own transaction, so the CSV import can add many rows all-or-nothing. */
export function insertVariant(db: Db, input: ParsedInput<'garment.variantCreate'>): Variant {
  const type = getType(db, input.typeId);
  if (type.deletedAt)
    throw new AppError('RULE_VIOLATION', `The item type ${type.name} is retired`, {
      issues: [{ path: 'typeId', message: 'Retired' }],
    });
  assertCodeFree(db, input.code, null);
  const id = newId();
  const now = new Date().toISOString();
  const full = {
    ...input,
    care: input.care ?? defaultCare(type.kind, isAdhesive(type.kind, input.adhesiveType)),
    unit: input.unit ?? defaultUnit(type.kind),
  };
  const cols = Object.keys(VARIANT_COLUMNS) as (keyof typeof full)[];
  stmt(
    db,
    `INSERT INTO garment_variant (id, ${cols.map((c) => VARIANT_COLUMNS[c]).join(', ')}, created_at, updated_at)
     VALUES (@id, ${cols.map((c) => `@${c}`).join(', ')}, @now, @now)`,
  ).run({ id, ...Object.fromEntries(cols.map((c) => [c, toColumnValue(full[c])])), now });
  appendAudit(db, {
    productionId: CATALOG_CHAIN,
    entity: 'garment_variant',
    entityId: id,
    action: 'create',
    newValue: full,
  });
  return getVariant(db, id);
}

export function createVariant(db: Db, input: ParsedInput<'garment.variantCreate'>): Variant {
  return db.transaction(() => insertVariant(db, input))();
}

export function patchVariant(db: Db, id: string, patch: ParsedInput<'garment.variantUpdate'>['patch']): Variant {
  const old = getVariant(db, id, 'id');
  if (patch.code !== undefined) assertCodeFree(db, patch.code, id);
  if (patch.typeId !== undefined) getType(db, patch.typeId);
  if (applyPatch(db, 'garment_variant', VARIANT_COLUMNS, id, patch))
    appendAudit(db, {
      productionId: CATALOG_CHAIN,
      entity: 'garment_variant',
      entityId: id,
      action: 'update',
      oldValue: old,
      newValue: patch,
    });
  return getVariant(db, id);
}

export function updateVariant(db: Db, id: string, patch: ParsedInput<'garment.variantUpdate'>['patch']): Variant {
  return db.transaction(() => patchVariant(db, id, patch))();
}

/**
 * Copies of a variant under new codes, each in its own size or tone (a thong in S, M and L at once),
 * all or none: a taken code refuses the whole batch, naming the copy.
 */
export function duplicateVariant(db: Db, input: ParsedInput<'garment.variantDuplicate'>): Variant[] {
  return db.transaction(() => {
    const from = getVariant(db, input.id, 'id');
    const seen = new Set<string>();
    return input.copies.map((c, i) => {
      const key = c.code.toLowerCase();
      if (seen.has(key))
        throw new AppError('CONFLICT', `The code ${c.code} is given twice`, {
          issues: [{ path: `copies.${i}.code`, message: 'Given twice' }],
        });
      seen.add(key);
      try {
        return insertVariant(db, {
          typeId: from.typeId,
          code: c.code,
          size: c.size ?? from.size,
          skinTone: c.skinTone ?? from.skinTone,
          material: from.material,
          adhesiveType: from.adhesiveType,
          care: from.care,
          unit: from.unit,
          supplier: from.supplier,
          unitCostMinor: from.unitCostMinor,
          currency: from.currency,
          reorderThreshold: from.reorderThreshold,
        });
      } catch (e) {
        if (e instanceof AppError && e.code === 'CONFLICT')
          throw new AppError('CONFLICT', e.message, {
            issues: [{ path: `copies.${i}.code`, message: 'This code is taken' }],
          });
        throw e;
      }
    });
  })();
}

export function setVariantDeleted(db: Db, id: string, deleted: boolean): Variant {
  return db.transaction(() => {
    const v = getVariant(db, id, 'id');
    if (!deleted) assertCodeFree(db, v.code, id);
    const now = new Date().toISOString();
    stmt(db, 'UPDATE garment_variant SET deleted_at = ?, updated_at = ? WHERE id = ?').run(
      deleted ? now : null,
      now,
      id,
    );
    appendAudit(db, {
      productionId: CATALOG_CHAIN,
      entity: 'garment_variant',
      entityId: id,
      action: deleted ? 'delete' : 'restore',
    });
    return getVariant(db, id);
  })();
}

/** The performers of a production as costume sees them: sizes and allergies, and nothing else. */
export function costumePerformers(db: Db, productionId: string): CostumePerformer[] {
  getProduction(db, productionId);
  const members = (
    stmt(
      db,
      `${MEMBER_SELECT}
       WHERE m.production_id = ? AND m.deleted_at IS NULL AND p.deleted_at IS NULL AND m.role IN ('performer', 'background')
       ORDER BY m.role DESC, p.name COLLATE NOCASE`,
    ).all(productionId) as MemberRow[]
  ).map(memberFromRow);
  return members.map((m) => ({
    personId: m.person.id,
    name: m.person.name,
    pronouns: m.person.pronouns,
    characterName: m.characterName,
    role: m.role,
    sizes: m.person.sizes,
    skinTone: m.person.skinTone,
    allergies: m.person.allergies,
    adhesiveAllergy: m.person.adhesiveAllergy,
    allergens: m.person.allergens,
    fitterPreference: m.person.fitterPreference,
  }));
}

/** Scenes for the costume department: schedule and performers only, in shooting order. */
export function costumeScenes(db: Db, productionId: string): CostumeScene[] {
  getProduction(db, productionId);
  const scenes = (
    stmt(
      db,
      `SELECT ${SCHEDULE_COLUMNS} FROM scene WHERE production_id = ? AND deleted_at IS NULL
       ORDER BY shoot_date IS NULL, shoot_date, call_time IS NULL, call_time, episode, number COLLATE NOCASE`,
    ).all(productionId) as ScheduleRow[]
  ).map(scheduleFromRow);
  const cast = stmt(
    db,
    `SELECT sp.person_id, p.name, coalesce(m.character_name, '') AS character_name FROM scene_performer sp
     JOIN person p ON p.id = sp.person_id
     LEFT JOIN production_member m ON m.person_id = sp.person_id AND m.production_id = ?
     WHERE sp.scene_id = ? ORDER BY p.name COLLATE NOCASE`,
  );
  return scenes.map((s) => ({
    ...s,
    performers: (cast.all(productionId, s.id) as CostumeCastRow[]).map(costumeCastFromRow),
  }));
}

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Warnings for giving this variant to this person: only when one of their allergens matches the
 * item's material or adhesive chemistry. An adhesive allergy not narrowed to a chemistry matches any
 * adhesive item, in the words the department has always read.
 */
export function allergyWarnings(person: Wearer, v: Variant): string[] {
  const hits = allergenMatches(person, v);
  if (hits.length === 0) return [];
  const out: string[] = [];
  if (hits.includes('adhesive')) {
    const detail = person.allergies ? ` Recorded: ${person.allergies.replace(/[.\s]+$/, '')}.` : '';
    const glue = /adhesive/i.test(v.adhesiveType) ? v.adhesiveType : `${v.adhesiveType} adhesive`;
    const what = v.adhesiveType ? `uses ${glue}` : 'is an adhesive item';
    out.push(`${person.name} has an adhesive allergy.${detail} ${v.label} ${what}.`);
  }
  const named = hits.filter((a) => a !== 'adhesive');
  if (named.length > 0) {
    const verdict = allergenVerdict({ ...person, allergens: named, adhesiveAllergy: false }, v);
    if (verdict.warning) out.push(verdict.warning);
  }
  return out;
}

/** Whether the person has allergens and this item matches none of them (a compatible alternative). */
export function isCompatible(person: Wearer, v: Variant): boolean {
  return allergenVerdict(person, v).compatible;
}

/**
 * Ranks a type's variants for a person: a size that matches their recorded size (for this type's
 * size key) first, then a matching skin tone, then one-size items; adhesive items sink when the
 * person has an adhesive allergy. This is the pre-fill of a scene's garment needs.
 */
export function suggestVariants(db: Db, personId: string, typeId: string) {
  const person = getPerson(db, personId);
  const type = getType(db, typeId);
  const wantSize = type.sizeKey ? norm(person.sizes[type.sizeKey] ?? '') : '';
  const wantTone = norm(person.skinTone || person.sizes['skin-tone'] || person.sizes.skintone || '');
  return listVariants(db, typeId, false)
    .map((variant) => {
      let score = 0;
      const reasons: string[] = [];
      const size = norm(variant.size);
      if (wantSize && size === wantSize) {
        score += 100;
        reasons.push(`Size ${variant.size} matches ${person.name}'s ${type.sizeKey} size`);
      } else if (size === '' || size === 'one size' || size === 'os') {
        score += 40;
        reasons.push('One size');
      }
      if (wantTone && norm(variant.skinTone) === wantTone) {
        score += 30;
        reasons.push(`Skin tone ${variant.skinTone} matches`);
      }
      const warnings = allergyWarnings(person, variant);
      if (warnings.length > 0) score -= 60;
      const compatible = warnings.length === 0 && isCompatible(person, variant);
      if (compatible) reasons.push(`${variant.label}: compatible with ${person.name}'s allergies`);
      return { variant, score, reasons, warnings, compatible };
    })
    .sort((a, b) => b.score - a.score || a.variant.label.localeCompare(b.variant.label));
}
