/**
 * The costume department's rules as pure functions: care classes (who may wear a unit after whom),
 * units (what one counted unit is, and how a quantity reads), and allergens (which items a person
 * must be warned about, and which are the compatible alternative). The core enforces them inside
 * its transactions; the screens read the same words.
 */

// ---- Care classes ------------------------------------------------------------------------------

/**
 * single-use: worn once and consumed, never back to stock (the default for adhesive pieces);
 * washable: one performer's for good once worn; shared: wipe-clean (barrier pillows, wedges,
 * robes), which may pass to another performer only after a recorded "sanitised" movement.
 */
export const CARE = ['single-use', 'washable', 'shared'] as const;
export type Care = (typeof CARE)[number];
export const CARE_LABELS: Record<Care, string> = {
  'single-use': 'Single-use',
  washable: 'Washable (one performer)',
  shared: 'Shared, wipe-clean',
};

/** Kinds of item shared between performers once wiped clean. */
const SHARED_KINDS: readonly string[] = ['barrier-padding', 'robe'];

/** The care class a new variant gets when none is chosen: adhesive pieces are single-use. */
export function defaultCare(kind: string, adhesive: boolean): Care {
  if (adhesive) return 'single-use';
  if (SHARED_KINDS.includes(kind)) return 'shared';
  if (kind === 'comfort') return 'single-use';
  return 'washable';
}

/** Whether a worn unit stays in its wearer's lot (washable and shared) rather than being used up. */
export const keepsWornLot = (care: Care): boolean => care !== 'single-use';

export interface CareCheck {
  kind: string;
  care: Care;
  /** The performer issued to, returning, or whose worn lot is sanitised. */
  personId: string | null;
  /** Units asked for. */
  quantity: number;
}

/**
 * What the care class forbids, as a sentence naming the item and the performer, or null when it
 * allows the movement. `label` names the item; `who` the performer; `wornBy` the names of the
 * performers whose worn units are on hand (for a shared item: to be sanitised first).
 */
export function careRefusal(
  c: CareCheck,
  label: string,
  who: string,
  facts: { freeOnHand: number; ownOnHand: number; wornBy: readonly { name: string; quantity: number }[] },
): string | null {
  switch (c.kind) {
    case 'returned':
      if (c.care === 'single-use')
        return `${label} is single-use: what ${who} was issued cannot go back to stock. Record it as consumed.`;
      return null;
    case 'sanitised':
      if (c.care !== 'shared')
        return c.care === 'washable'
          ? `${label} is washable: it stays ${who}'s for good and is never sanitised for another performer.`
          : `${label} is single-use: it is never sanitised or worn again.`;
      if (!c.personId) return `Say whose worn ${label} was sanitised.`;
      return null;
    case 'issued': {
      if (c.care !== 'shared') return null;
      const usable = facts.freeOnHand + facts.ownOnHand;
      const waiting = facts.wornBy.filter((w) => w.quantity > 0);
      if (usable >= c.quantity || waiting.length === 0) return null;
      const names = waiting.map((w) => `${w.name} (${w.quantity})`).join(', ');
      return `${label} is shared: the units on hand were last used by ${names}. Record them as sanitised before they go to ${who}.`;
    }
    default:
      return null;
  }
}

// ---- Units -------------------------------------------------------------------------------------

export const UNITS = ['piece', 'pair', 'roll', 'box'] as const;
export type Unit = (typeof UNITS)[number];
const PLURAL: Record<Unit, string> = { piece: 'pieces', pair: 'pairs', roll: 'rolls', box: 'boxes' };
export const UNIT_LABELS: Record<Unit, string> = { piece: 'Piece', pair: 'Pair', roll: 'Roll', box: 'Box' };

/** The unit a new variant of a kind is counted in: nipple covers by the pair, tape by the roll. */
export function defaultUnit(kind: string): Unit {
  if (kind === 'nipple-cover') return 'pair';
  if (kind === 'modesty-tape') return 'roll';
  return 'piece';
}

/** "1 pair", "3 rolls", "0 boxes": the one way a quantity of stock reads. */
export function formatQuantity(n: number, unit: Unit): string {
  return `${n} ${Math.abs(n) === 1 ? unit : PLURAL[unit]}`;
}

/** Single pieces in a quantity of units: a pair is two pieces; a roll or box counts as one. */
export function piecesIn(n: number, unit: Unit): number {
  return unit === 'pair' ? n * 2 : n;
}

/**
 * Whole units needed to cover a number of single pieces (two nipple covers make one pair; three
 * make two pairs, as a pair is not split).
 */
export function unitsFor(pieces: number, unit: Unit): number {
  if (pieces <= 0) return 0;
  return unit === 'pair' ? Math.ceil(pieces / 2) : pieces;
}

// ---- Allergens ---------------------------------------------------------------------------------

export const ALLERGENS = ['latex', 'acrylic-adhesive', 'silicone', 'zinc-oxide', 'nickel', 'adhesive'] as const;
export type KnownAllergen = (typeof ALLERGENS)[number];
export const ALLERGEN_LABELS: Record<KnownAllergen, string> = {
  latex: 'Latex',
  'acrylic-adhesive': 'Acrylic adhesive',
  silicone: 'Silicone',
  'zinc-oxide': 'Zinc oxide',
  nickel: 'Nickel',
  adhesive: 'Skin adhesive (any)',
};
/** Allergens that are adhesive chemistries: an unnarrowed "adhesive" allergy matches these. */
const ADHESIVE_ALLERGENS: readonly string[] = ['acrylic-adhesive', 'zinc-oxide', 'adhesive'];

/** Whether a list of allergens names an adhesive allergy (any chemistry): the older adhesive flag. */
export const hasAdhesiveAllergen = (list: readonly string[]): boolean =>
  list.some((a) => ADHESIVE_ALLERGENS.includes(a));

/** A free-text allergen as stored: trimmed, lower case, single spaces. */
export const normaliseAllergen = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

export function allergenLabel(a: string): string {
  return (ALLERGEN_LABELS as Record<string, string>)[a] ?? a;
}

/** The words that reveal a known allergen in a material or adhesive description. */
const WORDS: Record<Exclude<KnownAllergen, 'adhesive'>, RegExp> = {
  latex: /\blatex\b(?![\s-]*free)/,
  'acrylic-adhesive': /\bacryl/,
  silicone: /\bsilicone\b(?![\s-]*free)/,
  'zinc-oxide': /\bzinc\b/,
  nickel: /\bnickel\b(?![\s-]*free)/,
};

export interface AllergenItem {
  material: string;
  adhesiveType: string;
  isAdhesive: boolean;
}

/**
 * What an item contains, read from its material and adhesive chemistry: known allergens by their
 * words ("latex-free" is not latex), 'adhesive' for any adhesive item, and the descriptions
 * themselves so a free-text allergen ("lanolin") can match them.
 */
export function itemAllergens(v: AllergenItem): Set<string> {
  const out = new Set<string>();
  const text = `${v.material} ${v.adhesiveType}`.toLowerCase();
  for (const [a, re] of Object.entries(WORDS)) if (re.test(text)) out.add(a);
  if (v.isAdhesive) out.add('adhesive');
  return out;
}

/**
 * A person's allergens for matching: the recorded list, plus an unnarrowed adhesive allergy when
 * the older adhesive flag is set and no adhesive chemistry is named.
 */
export function personAllergens(p: { allergens: readonly string[]; adhesiveAllergy: boolean }): string[] {
  const list = [...new Set(p.allergens.map(normaliseAllergen).filter((a) => a !== ''))];
  if (p.adhesiveAllergy && !list.some((a) => ADHESIVE_ALLERGENS.includes(a))) list.push('adhesive');
  return list;
}

/**
 * The allergens of a person an item matches. An unnarrowed adhesive allergy matches any adhesive
 * item; a named chemistry matches only items that name it; a free-text allergen matches an item
 * whose material or adhesive description mentions it.
 */
export function allergenMatches(
  person: { allergens: readonly string[]; adhesiveAllergy: boolean },
  v: AllergenItem,
): string[] {
  const has = itemAllergens(v);
  const text = `${v.material} ${v.adhesiveType}`.toLowerCase();
  return personAllergens(person).filter((a) => {
    if (a === 'adhesive') return v.isAdhesive;
    if (a in WORDS) return has.has(a);
    return text.includes(a);
  });
}

/** The allergy warning for an item, or null; and the note that marks a compatible alternative. */
export function allergenVerdict(
  person: { name: string; allergens: readonly string[]; adhesiveAllergy: boolean },
  v: AllergenItem & { label: string },
): { warning: string | null; compatible: boolean } {
  const mine = personAllergens(person);
  if (mine.length === 0) return { warning: null, compatible: false };
  const hits = allergenMatches(person, v);
  if (hits.length === 0) return { warning: null, compatible: true };
  const named = hits.map(allergenLabel).join(', ').toLowerCase();
  const what = [v.material, v.adhesiveType].filter((s) => s.trim() !== '').join(', ');
  return {
    warning: `${person.name} is allergic to ${named}: ${v.label}${what ? ` (${what})` : ''} matches.`,
    compatible: false,
  };
}
