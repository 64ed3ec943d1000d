import type { ParsedInput } from '../../../shared/commands';
import { AppError } from '../../../shared/kit/errors';
import type { Member, Person } from '../../../shared/people/schema';
import { appendAudit } from '../audit/trail';
import { applyPatch } from '../kit/sql';
import { getProduction } from '../productions/productions';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import { MEMBER_SELECT, type MemberRow, memberFromRow, type PersonRow, personFromRow } from './rows';

export function getPerson(db: Db, id: string): Person {
  const row = db.prepare('SELECT * FROM person WHERE id = ?').get(id) as PersonRow | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', `No person with id ${id}`, { issues: [{ path: 'id', message: 'No such person' }] });
  return personFromRow(row);
}

export function listPeople(db: Db, includeDeleted: boolean): Person[] {
  const sql = includeDeleted
    ? 'SELECT * FROM person ORDER BY name COLLATE NOCASE, id'
    : 'SELECT * FROM person WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id';
  return (db.prepare(sql).all() as PersonRow[]).map(personFromRow);
}

export function createPerson(db: Db, input: ParsedInput<'person.create'>, id: string = newId()): Person {
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO person (id, name, pronouns, email, phone, representative, date_of_birth, is_minor, sizes, allergies,
       adhesive_allergy, allergens, skin_tone, fitter_preference, notes, deleted_at, created_at, updated_at)
     VALUES (@id, @name, @pronouns, @email, @phone, @representative, @dateOfBirth, @isMinor, @sizes, @allergies,
       @adhesiveAllergy, @allergens, @skinTone, @fitterPreference, @notes, NULL, @now, @now)`,
  ).run({
    ...input,
    id,
    isMinor: input.isMinor ? 1 : 0,
    adhesiveAllergy: input.adhesiveAllergy ? 1 : 0,
    sizes: JSON.stringify(input.sizes),
    allergens: JSON.stringify(input.allergens),
    now,
  });
  return getPerson(db, id);
}

const PERSON_COLUMNS: Record<string, string> = {
  name: 'name',
  pronouns: 'pronouns',
  email: 'email',
  phone: 'phone',
  representative: 'representative',
  dateOfBirth: 'date_of_birth',
  isMinor: 'is_minor',
  sizes: 'sizes',
  allergies: 'allergies',
  adhesiveAllergy: 'adhesive_allergy',
  allergens: 'allergens',
  skinTone: 'skin_tone',
  fitterPreference: 'fitter_preference',
  notes: 'notes',
};

export function updatePerson(db: Db, id: string, patch: ParsedInput<'person.update'>['patch']): Person {
  getPerson(db, id);
  applyPatch(db, 'person', PERSON_COLUMNS, id, patch);
  return getPerson(db, id);
}

/** Soft delete: a person with consent history is never really deleted. */
export function setPersonDeleted(db: Db, id: string, deleted: boolean): Person {
  return db.transaction(() => {
    const person = getPerson(db, id);
    if ((person.deletedAt !== null) === deleted) return person;
    const now = new Date().toISOString();
    db.prepare('UPDATE person SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deleted ? now : null, now, id);
    // People are vault-wide: their removal and return go on the vault's own chain.
    appendAudit(db, {
      productionId: null,
      entity: 'person',
      entityId: id,
      action: deleted ? 'delete' : 'restore',
      newValue: { name: person.name },
    });
    return getPerson(db, id);
  })();
}

export function listMembers(db: Db, productionId: string, includeRemoved = false): Member[] {
  getProduction(db, productionId);
  const where = includeRemoved ? '' : 'AND m.deleted_at IS NULL AND p.deleted_at IS NULL';
  const rows = db
    .prepare(
      `${MEMBER_SELECT} WHERE m.production_id = ? ${where}
       ORDER BY CASE m.role WHEN 'performer' THEN 0 WHEN 'background' THEN 1 ELSE 2 END, p.name COLLATE NOCASE`,
    )
    .all(productionId) as MemberRow[];
  return rows.map(memberFromRow);
}

export function getMember(db: Db, id: string): Member {
  const row = db.prepare(`${MEMBER_SELECT} WHERE m.id = ?`).get(id) as MemberRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No cast or crew entry with id ${id}`);
  return memberFromRow(row);
}

/** Refuses a cast number another live cast entry of the production already has, naming who. */
function assertCastNumberFree(db: Db, productionId: string, castNumber: string | undefined, personId: string): void {
  if (!castNumber) return;
  const clash = db
    .prepare(
      `SELECT p.name FROM production_member m JOIN person p ON p.id = m.person_id
       WHERE m.production_id = ? AND m.cast_number = ? AND m.deleted_at IS NULL AND m.person_id <> ?`,
    )
    .pluck()
    .get(productionId, castNumber, personId) as string | undefined;
  if (clash !== undefined) {
    throw new AppError('CONFLICT', `Cast number ${castNumber} is already ${clash}'s in this production`, {
      issues: [{ path: 'castNumber', message: 'This cast number is taken' }],
    });
  }
}

/** Adds a person to a production's cast or crew; adding someone removed earlier brings them back. */
export function addMember(db: Db, input: ParsedInput<'member.add'>): Member {
  getProduction(db, input.productionId);
  getPerson(db, input.personId);
  assertCastNumberFree(db, input.productionId, input.castNumber, input.personId);
  const now = new Date().toISOString();
  const existing = db
    .prepare('SELECT id FROM production_member WHERE production_id = ? AND person_id = ?')
    .get(input.productionId, input.personId) as { id: string } | undefined;
  if (existing) {
    db.prepare(
      `UPDATE production_member SET role = ?, character_name = ?, department = ?, cast_number = ?, deleted_at = NULL,
         updated_at = ? WHERE id = ?`,
    ).run(input.role, input.characterName, input.department, input.castNumber, now, existing.id);
    return getMember(db, existing.id);
  }
  const id = newId();
  db.prepare(
    `INSERT INTO production_member (id, production_id, person_id, role, character_name, department, cast_number,
       deleted_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  ).run(
    id,
    input.productionId,
    input.personId,
    input.role,
    input.characterName,
    input.department,
    input.castNumber,
    now,
    now,
  );
  return getMember(db, id);
}

export function updateMember(db: Db, id: string, patch: ParsedInput<'member.update'>['patch']): Member {
  const member = getMember(db, id);
  assertCastNumberFree(db, member.productionId, patch.castNumber, member.person.id);
  applyPatch(
    db,
    'production_member',
    { role: 'role', characterName: 'character_name', department: 'department', castNumber: 'cast_number' },
    id,
    patch,
  );
  return getMember(db, id);
}

export function setMemberRemoved(db: Db, id: string, removed: boolean): Member {
  return db.transaction(() => {
    const member = getMember(db, id);
    if ((member.deletedAt !== null) === removed) return member;
    const now = new Date().toISOString();
    db.prepare('UPDATE production_member SET deleted_at = ?, updated_at = ? WHERE id = ?').run(
      removed ? now : null,
      now,
      id,
    );
    appendAudit(db, {
      productionId: member.productionId,
      entity: 'member',
      entityId: id,
      action: removed ? 'remove' : 'restore',
      newValue: { name: member.person.name, role: member.role },
    });
    return getMember(db, id);
  })();
}
