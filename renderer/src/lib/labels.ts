import { SIZE_KEYS } from '../../../shared/people/schema';

/** The words a person reads for each size key, so no screen shows `clothing` or `underwear` raw. */
export const SIZE_LABELS: Record<(typeof SIZE_KEYS)[number], string> = {
  clothing: 'Clothing size',
  bust: 'Bust',
  cup: 'Cup',
  waist: 'Waist',
  hips: 'Hips',
  inseam: 'Inseam',
  underwear: 'Underwear',
  shoe: 'Shoe',
};

/** A size key as a label; a key the app does not know (typed in the catalog) is shown capitalised. */
export function sizeLabel(key: string): string {
  const known = (SIZE_KEYS as readonly string[]).includes(key) ? SIZE_LABELS[key as (typeof SIZE_KEYS)[number]] : null;
  return known ?? (key ? key[0]?.toUpperCase() + key.slice(1) : key);
}
