import { describe, expect, it } from 'vitest';
import {
  allergenMatches,
  allergenVerdict,
  careRefusal,
  defaultCare,
  defaultUnit,
  formatQuantity,
  itemAllergens,
  personAllergens,
  piecesIn,
  unitsFor,
} from '../../../shared/garments/rules';
import { planMovement } from '../../../shared/garments/stock';

const none = { freeOnHand: 0, ownOnHand: 0, wornBy: [] };

describe('care classes', () => {
  it('makes adhesive pieces single-use and pillows and robes shared by default', () => {
    expect(defaultCare('nipple-cover', true)).toBe('single-use');
    expect(defaultCare('barrier-padding', false)).toBe('shared');
    expect(defaultCare('robe', false)).toBe('shared');
    expect(defaultCare('strapless-thong', false)).toBe('washable');
    expect(defaultCare('comfort', false)).toBe('single-use');
  });

  it('refuses to return a single-use item to stock, naming the item and the performer', () => {
    const c = { kind: 'returned', care: 'single-use' as const, personId: 'A', quantity: 1 };
    expect(careRefusal(c, 'Tape', 'Ana', none)).toBe(
      'Tape is single-use: what Ana was issued cannot go back to stock. Record it as consumed.',
    );
    expect(careRefusal({ ...c, care: 'washable' }, 'Pouch', 'Ana', none)).toBeNull();
  });

  it('lets only a shared item be sanitised, and only with whose it was', () => {
    const c = { kind: 'sanitised', care: 'shared' as const, personId: 'A', quantity: 1 };
    expect(careRefusal(c, 'Pillow', 'Ana', none)).toBeNull();
    expect(careRefusal({ ...c, personId: null }, 'Pillow', 'Ana', none)).toBe('Say whose worn Pillow was sanitised.');
    expect(careRefusal({ ...c, care: 'washable' }, 'Pouch', 'Ana', none)).toMatch(/Pouch is washable: it stays Ana's/);
    expect(careRefusal({ ...c, care: 'single-use' }, 'Tape', 'Ana', none)).toMatch(/single-use/);
  });

  it('needs a sanitised movement between performers for a shared item', () => {
    const b = { 'store|A': 1 };
    const req = { kind: 'issued' as const, quantity: 1, care: 'shared' as const, personId: 'B' };
    const names = (id: string) => ({ A: 'Ana', B: 'Ben' })[id] ?? id;
    const refused = planMovement(b, req, 'Pillow', 'Ben', names);
    expect(refused).toMatchObject({
      ok: false,
      reason:
        'Pillow is shared: the units on hand were last used by Ana (1). Record them as sanitised before they go to Ben.',
    });
    // Ana gets hers back without one.
    expect(planMovement(b, { ...req, personId: 'A' }, 'Pillow', 'Ana', names).ok).toBe(true);
    const clean = planMovement(b, { kind: 'sanitised', quantity: 1, care: 'shared', personId: 'A' }, 'Pillow', 'Ana');
    expect(clean).toEqual({
      ok: true,
      counted: null,
      transitions: [{ quantity: 1, fromState: 'store', fromLot: 'A', toState: 'store', toLot: '' }],
    });
    expect(planMovement({ 'store|': 1 }, req, 'Pillow', 'Ben', names).ok).toBe(true);
    const tooMany = planMovement(b, { kind: 'sanitised', quantity: 2, care: 'shared', personId: 'A' }, 'Pillow', 'Ana');
    expect(tooMany).toMatchObject({
      ok: false,
      reason: 'Cannot record 2 units of Pillow as sanitised after Ana: only 1 of theirs on hand.',
    });
  });

  it('keeps a washable item with one performer for good, with no sanitising around it', () => {
    const plan = planMovement(
      { 'store|A': 1 },
      { kind: 'issued', quantity: 1, care: 'washable', personId: 'B' },
      'Pouch',
      'Ben',
    );
    expect(plan).toMatchObject({ ok: false });
    if (!plan.ok) expect(plan.reason).toMatch(/never issued to another/);
  });
});

describe('units', () => {
  it('reads nipple covers by the pair and tape by the roll', () => {
    expect(defaultUnit('nipple-cover')).toBe('pair');
    expect(defaultUnit('modesty-tape')).toBe('roll');
    expect(defaultUnit('pouch')).toBe('piece');
    expect(formatQuantity(1, 'pair')).toBe('1 pair');
    expect(formatQuantity(3, 'pair')).toBe('3 pairs');
    expect(formatQuantity(0, 'box')).toBe('0 boxes');
    expect(formatQuantity(1, 'box')).toBe('1 box');
    expect(formatQuantity(2, 'roll')).toBe('2 rolls');
    expect(formatQuantity(-1, 'piece')).toBe('-1 piece');
  });

  it('converts between pieces and units without splitting a pair', () => {
    expect(piecesIn(3, 'pair')).toBe(6);
    expect(piecesIn(3, 'roll')).toBe(3);
    expect(unitsFor(2, 'pair')).toBe(1);
    expect(unitsFor(3, 'pair')).toBe(2);
    expect(unitsFor(0, 'pair')).toBe(0);
    expect(unitsFor(5, 'box')).toBe(5);
  });
});

describe('allergen matching', () => {
  const latexItem = { material: 'Natural latex', adhesiveType: '', isAdhesive: false };
  const siliconeTape = { material: 'Silicone', adhesiveType: 'Silicone gel', isAdhesive: true };
  const zincTape = { material: 'Cotton', adhesiveType: 'Zinc oxide', isAdhesive: true };

  it('reads known allergens from the material and adhesive, and not from "latex-free"', () => {
    expect([...itemAllergens(latexItem)]).toEqual(['latex']);
    expect([...itemAllergens({ material: 'Latex-free foam', adhesiveType: '', isAdhesive: false })]).toEqual([]);
    expect([...itemAllergens(zincTape)].sort()).toEqual(['adhesive', 'zinc-oxide']);
    expect([...itemAllergens({ material: '', adhesiveType: 'Acrylic', isAdhesive: true })].sort()).toEqual([
      'acrylic-adhesive',
      'adhesive',
    ]);
  });

  it('warns only on a match and marks the compatible alternative', () => {
    const cleo = { name: 'Cleo', allergens: ['latex'], adhesiveAllergy: false };
    expect(allergenVerdict(cleo, { ...latexItem, label: 'Pouch' })).toEqual({
      warning: 'Cleo is allergic to latex: Pouch (Natural latex) matches.',
      compatible: false,
    });
    expect(allergenVerdict(cleo, { ...siliconeTape, label: 'Silicone tape' })).toEqual({
      warning: null,
      compatible: true,
    });
    // No allergens at all: neither a warning nor a "compatible" mark.
    expect(allergenVerdict({ ...cleo, allergens: [] }, { ...latexItem, label: 'Pouch' })).toEqual({
      warning: null,
      compatible: false,
    });
  });

  it('matches a named adhesive chemistry only to items that use it, an unnarrowed one to any adhesive', () => {
    const acrylic = { allergens: ['acrylic-adhesive'], adhesiveAllergy: true };
    expect(allergenMatches(acrylic, siliconeTape)).toEqual([]);
    expect(allergenMatches(acrylic, { ...siliconeTape, adhesiveType: 'Acrylic' })).toEqual(['acrylic-adhesive']);
    const flagOnly = { allergens: [], adhesiveAllergy: true };
    expect(personAllergens(flagOnly)).toEqual(['adhesive']);
    expect(allergenMatches(flagOnly, siliconeTape)).toEqual(['adhesive']);
    expect(allergenMatches(flagOnly, latexItem)).toEqual([]);
  });

  it('matches a free-text allergen against the descriptions', () => {
    const p = { allergens: [' Lanolin '], adhesiveAllergy: false };
    expect(allergenMatches(p, { material: 'Cotton with lanolin finish', adhesiveType: '', isAdhesive: false })).toEqual(
      ['lanolin'],
    );
    expect(allergenMatches(p, latexItem)).toEqual([]);
  });
});
