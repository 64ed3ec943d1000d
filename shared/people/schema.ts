import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, requiredText, text } from '../kit/fields';

export const MEMBER_ROLES = ['performer', 'background', 'crew'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  performer: 'Performer',
  background: 'Background performer',
  crew: 'Crew',
};

/** Garment sizes, by the names costume departments use; values are free text ("34B", "M", "9.5"). */
export const SIZE_KEYS = ['clothing', 'bust', 'cup', 'waist', 'hips', 'inseam', 'underwear', 'shoe'] as const;
export const Sizes = z
  .record(z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'Size names are short lowercase words'), text(40, 'Size'))
  .refine((r) => Object.keys(r).length <= 30, 'At most 30 sizes');

/**
 * Allergens: known names ('latex', 'acrylic-adhesive', 'silicone', 'zinc-oxide', 'nickel',
 * 'adhesive') or free text ("lanolin"), stored trimmed and lower case, each once.
 */
export const Allergens = z
  .array(text(60, 'Allergen'))
  .max(30, 'At most 30 allergens')
  .transform((list) => [...new Set(list.map((a) => a.trim().toLowerCase().replace(/\s+/g, ' ')).filter((a) => a))]);

const Email = text(200, 'Email').refine(
  (s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
  'Not an e-mail address',
);

const personFields = {
  name: requiredText(200, 'Name'),
  pronouns: text(60, 'Pronouns').default(''),
  email: Email.default(''),
  phone: text(60, 'Phone').default(''),
  representative: text(400, 'Agent or representative').default(''),
  dateOfBirth: IsoDate.nullable().default(null),
  isMinor: z.boolean().default(false),
  sizes: Sizes.default({}),
  allergies: text(2000, 'Allergies').default(''),
  adhesiveAllergy: z.boolean().default(false),
  allergens: Allergens.default([]),
  skinTone: text(60, 'Skin tone').default(''),
  fitterPreference: text(200, 'Fitter preference').default(''),
  notes: text(10_000, 'Notes').default(''),
};

export const PersonInput = z.strictObject(personFields);
export type PersonInput = z.input<typeof PersonInput>;

export const PersonPatch = z.strictObject({
  name: personFields.name.optional(),
  pronouns: text(60, 'Pronouns').optional(),
  email: Email.optional(),
  phone: text(60, 'Phone').optional(),
  representative: text(400, 'Agent or representative').optional(),
  dateOfBirth: IsoDate.nullable().optional(),
  isMinor: z.boolean().optional(),
  sizes: Sizes.optional(),
  allergies: text(2000, 'Allergies').optional(),
  adhesiveAllergy: z.boolean().optional(),
  allergens: Allergens.optional(),
  skinTone: text(60, 'Skin tone').optional(),
  fitterPreference: text(200, 'Fitter preference').optional(),
  notes: text(10_000, 'Notes').optional(),
});
export type PersonPatch = z.input<typeof PersonPatch>;

export const Person = z.object({
  id: Id,
  name: z.string(),
  pronouns: z.string(),
  email: z.string(),
  phone: z.string(),
  representative: z.string(),
  dateOfBirth: z.string().nullable(),
  isMinor: z.boolean(),
  sizes: z.record(z.string(), z.string()),
  allergies: z.string(),
  adhesiveAllergy: z.boolean(),
  allergens: z.array(z.string()),
  skinTone: z.string(),
  fitterPreference: z.string(),
  notes: z.string(),
  deletedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Person = z.infer<typeof Person>;

/** A schedule's cast ID: "1", "12", "1A"; '' when the performer has none. */
export const CastNumber = text(10, 'Cast number').refine(
  (s) => s === '' || /^[A-Za-z0-9]+$/.test(s),
  'Cast numbers are letters and digits, e.g. 1 or 12A',
);

export const MemberInput = z.strictObject({
  productionId: Id,
  personId: Id,
  role: z.enum(MEMBER_ROLES, { message: 'Choose performer, background performer or crew' }),
  characterName: text(200, 'Character name').default(''),
  department: text(200, 'Department').default(''),
  castNumber: CastNumber.default(''),
});
export type MemberInput = z.input<typeof MemberInput>;

export const MemberPatch = z.strictObject({
  role: z.enum(MEMBER_ROLES).optional(),
  characterName: text(200, 'Character name').optional(),
  department: text(200, 'Department').optional(),
  castNumber: CastNumber.optional(),
});

/** A person as cast or crew of one production. */
export const Member = z.object({
  id: Id,
  productionId: Id,
  role: z.enum(MEMBER_ROLES),
  characterName: z.string(),
  department: z.string(),
  /** The cast ID number schedules print for this performer ("1", "2"...), '' when none. */
  castNumber: z.string(),
  person: Person,
  deletedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Member = z.infer<typeof Member>;
