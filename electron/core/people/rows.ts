import type { Member, Person } from '../../../shared/people/schema';

/** A `person` row as SQLite returns it, so every reader names the same columns. */
export interface PersonRow {
  id: string;
  name: string;
  pronouns: string;
  email: string;
  phone: string;
  representative: string;
  date_of_birth: string | null;
  is_minor: number;
  sizes: string;
  allergies: string;
  adhesive_allergy: number;
  allergens: string;
  skin_tone: string;
  fitter_preference: string;
  notes: string;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The one mapping from a `person` row to a Person: flags from 0/1, sizes from their JSON. */
export function personFromRow(r: PersonRow): Person {
  return {
    id: r.id,
    name: r.name,
    pronouns: r.pronouns,
    email: r.email,
    phone: r.phone,
    representative: r.representative,
    dateOfBirth: r.date_of_birth,
    isMinor: r.is_minor === 1,
    sizes: JSON.parse(r.sizes) as Record<string, string>,
    allergies: r.allergies,
    adhesiveAllergy: r.adhesive_allergy === 1,
    allergens: JSON.parse(r.allergens) as string[],
    skinTone: r.skin_tone,
    fitterPreference: r.fitter_preference,
    notes: r.notes,
    deletedAt: r.deleted_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A `production_member` row joined to its person, with the member's own columns prefixed apart. */
export type MemberRow = PersonRow & {
  m_id: string;
  production_id: string;
  role: Member['role'];
  character_name: string;
  department: string;
  cast_number: string;
  m_deleted_at: string | null;
  m_created_at: string;
  m_updated_at: string;
};

/** The SELECT that yields MemberRow: member columns aliased so the person's `p.*` does not shadow them. */
export const MEMBER_SELECT = `SELECT m.id AS m_id, m.production_id, m.role, m.character_name, m.department, m.cast_number,
  m.deleted_at AS m_deleted_at, m.created_at AS m_created_at, m.updated_at AS m_updated_at, p.*
  FROM production_member m JOIN person p ON p.id = m.person_id`;

/** The one mapping from a member row (with its person) to a Member. */
export function memberFromRow(r: MemberRow): Member {
  return {
    id: r.m_id,
    productionId: r.production_id,
    role: r.role,
    characterName: r.character_name,
    department: r.department,
    castNumber: r.cast_number,
    person: personFromRow(r),
    deletedAt: r.m_deleted_at,
    createdAt: r.m_created_at,
    updatedAt: r.m_updated_at,
  };
}
