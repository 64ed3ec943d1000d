import type { ParsedInput } from '../../../shared/commands';
import type { RiderTemplate } from '../../../shared/consent/schema';
import { AppError } from '../../../shared/kit/errors';
import { appendAudit } from '../audit/trail';
import { getProduction } from '../productions/productions';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import { type TemplateRow, templateFromRow, templateStateFromRow } from './rows';

/** A live template; with `productionId`, it must belong to that production. */
export function getTemplate(db: Db, id: string, productionId?: string): RiderTemplate {
  const row = db.prepare('SELECT * FROM rider_template WHERE id = ? AND deleted_at IS NULL').get(id) as
    | TemplateRow
    | undefined;
  const template = row ? templateFromRow(row) : undefined;
  if (!template || (productionId !== undefined && template.productionId !== productionId)) {
    throw new AppError('NOT_FOUND', 'No such rider template in this production', {
      issues: [{ path: 'templateId', message: 'No such template' }],
    });
  }
  return template;
}

export function listTemplates(db: Db, productionId: string): RiderTemplate[] {
  getProduction(db, productionId);
  return (
    db
      .prepare(
        'SELECT * FROM rider_template WHERE production_id = ? AND deleted_at IS NULL ORDER BY name COLLATE NOCASE',
      )
      .all(productionId) as TemplateRow[]
  ).map(templateFromRow);
}

function assertNameFree(db: Db, productionId: string, name: string, exceptId: string | null): void {
  const clash = db
    .prepare(
      'SELECT 1 FROM rider_template WHERE production_id = ? AND name = ? COLLATE NOCASE AND deleted_at IS NULL AND id IS NOT ?',
    )
    .get(productionId, name, exceptId);
  if (clash) {
    throw new AppError('CONFLICT', `A template named "${name}" already exists`, {
      issues: [{ path: 'name', message: 'This name is taken' }],
    });
  }
}

export function createTemplate(db: Db, input: ParsedInput<'riderTemplate.create'>): RiderTemplate {
  return db.transaction(() => {
    getProduction(db, input.productionId);
    assertNameFree(db, input.productionId, input.name, null);
    const id = newId();
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO rider_template (id, production_id, name, terms, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(id, input.productionId, input.name, JSON.stringify(input.terms), now, now);
    const t = getTemplate(db, id);
    appendAudit(db, {
      productionId: input.productionId,
      entity: 'rider-template',
      entityId: id,
      action: 'create',
      newValue: { name: t.name, terms: t.terms },
    });
    return t;
  })();
}

export function updateTemplate(db: Db, input: ParsedInput<'riderTemplate.update'>): RiderTemplate {
  return db.transaction(() => {
    const before = getTemplate(db, input.id);
    if (input.name !== undefined) assertNameFree(db, before.productionId, input.name, input.id);
    const name = input.name ?? before.name;
    const terms = input.terms ?? before.terms;
    db.prepare('UPDATE rider_template SET name = ?, terms = ?, updated_at = ? WHERE id = ?').run(
      name,
      JSON.stringify(terms),
      new Date().toISOString(),
      input.id,
    );
    const after = getTemplate(db, input.id);
    appendAudit(db, {
      productionId: before.productionId,
      entity: 'rider-template',
      entityId: input.id,
      action: 'update',
      oldValue: { name: before.name, terms: before.terms },
      newValue: { name: after.name, terms: after.terms },
    });
    return after;
  })();
}

/**
 * Soft delete (and restore, for undo and Recently deleted): riders made from a template keep their
 * own copy of its terms, so neither touches them.
 */
export function setTemplateDeleted(db: Db, id: string, deleted: boolean): { id: string } {
  return db.transaction(() => {
    const found = db.prepare('SELECT * FROM rider_template WHERE id = ?').get(id) as TemplateRow | undefined;
    if (!found) {
      throw new AppError('NOT_FOUND', 'No such rider template', {
        issues: [{ path: 'id', message: 'No such template' }],
      });
    }
    const row = templateStateFromRow(found);
    if ((row.deletedAt !== null) === deleted) return { id };
    if (!deleted) assertNameFree(db, row.productionId, row.name, id);
    const now = new Date().toISOString();
    db.prepare('UPDATE rider_template SET deleted_at = ?, updated_at = ? WHERE id = ?').run(
      deleted ? now : null,
      now,
      id,
    );
    appendAudit(db, {
      productionId: row.productionId,
      entity: 'rider-template',
      entityId: id,
      action: deleted ? 'delete' : 'restore',
      oldValue: { name: row.name, deletedAt: row.deletedAt },
      newValue: { name: row.name, deletedAt: deleted ? now : null },
    });
    return { id };
  })();
}
