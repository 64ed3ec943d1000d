import { BODY_AREAS, BOUNDARY_LABELS, type BoundaryMark } from '../communication/schema';

/**
 * What each kind of audited record is called on screen and in print: the one place an internal
 * table name (`body_map`, `preroll_mark`) becomes words. Every entity the core audits has a label
 * (test/shared/audit checks it against the core's sources).
 */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  beat: 'Beat',
  body_map: 'Body map',
  break: 'Break',
  check_in: 'Check-in',
  closure: 'Closure',
  consent: 'Consent check-in',
  follow_up: 'Follow-up',
  garment_fitting: 'Fitting',
  garment_movement: 'Garment movement',
  garment_need: 'Garment need',
  garment_type: 'Garment type',
  garment_variant: 'Garment variant',
  member: 'Cast and crew',
  person: 'Person',
  preroll_mark: 'Pre-roll check',
  production: 'Production',
  rider: 'Rider',
  'rider-template': 'Rider template',
  scene: 'Scene',
  'shoot-day': 'Shoot day',
  'performer-call': 'Performer call',
};

/** An audited record's kind in words; an unknown kind is made readable, never shown raw. */
export function auditEntityLabel(entity: string): string {
  const known = AUDIT_ENTITY_LABELS[entity];
  if (known) return known;
  const words = entity.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Who made an entry: the name the vault was given, or this device for a vault created without one. */
export function auditActorLabel(actor: string): string {
  return actor.trim() || 'this device';
}

const marksOf = (v: unknown): Record<string, BoundaryMark> => {
  if (!v || typeof v !== 'object') return {};
  const areas = (v as { areas?: unknown }).areas;
  return areas && typeof areas === 'object' ? (areas as Record<string, BoundaryMark>) : {};
};

const markWords = (m: BoundaryMark | undefined) => (m ? BOUNDARY_LABELS[m].toLowerCase() : 'not discussed');

/**
 * What a body-map entry changed, area by area, in words: "Left breast: ask first -> never". Only
 * the areas that changed, in the body map's own order.
 */
export function bodyMapChanges(oldValue: unknown, newValue: unknown): string[] {
  const before = marksOf(oldValue);
  const after = marksOf(newValue);
  return BODY_AREAS.filter((a) => before[a.id] !== after[a.id]).map(
    (a) => `${a.label}: ${markWords(before[a.id])} -> ${markWords(after[a.id])}`,
  );
}
