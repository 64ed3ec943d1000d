import {
  PRODUCTION_STATUS_LABELS,
  PRODUCTION_STATUSES,
  PRODUCTION_TYPE_LABELS,
  PRODUCTION_TYPES,
  UNION_STATUS_LABELS,
  UNION_STATUSES,
} from '../../../../shared/productions/schema';
import type { Option } from '../../ui/fields';

export const typeOptions: Option[] = PRODUCTION_TYPES.map((id) => ({ id, label: PRODUCTION_TYPE_LABELS[id] }));
export const unionOptions: Option[] = UNION_STATUSES.map((id) => ({ id, label: UNION_STATUS_LABELS[id] }));
export const statusOptions: Option[] = PRODUCTION_STATUSES.map((id) => ({ id, label: PRODUCTION_STATUS_LABELS[id] }));

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function abbreviationOf(zone: string, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(at);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** "New York (EST)": the zone's city and its abbreviation now, as a person reads a time zone. */
export function timeZoneLabel(zone: string, at = new Date()): string {
  const city = (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
  const abbreviation = abbreviationOf(zone, at);
  return abbreviation && abbreviation !== city ? `${city} (${abbreviation})` : city;
}

/** "Los Angeles (PST), America": the label plus its region, so cities of the same name stay apart in the list. */
export function timeZoneOptionLabel(zone: string, at = new Date()): string {
  const region = zone.includes('/') ? zone.split('/').slice(0, -1).join(', ').replaceAll('_', ' ') : '';
  return region ? `${timeZoneLabel(zone, at)}, ${region}` : timeZoneLabel(zone, at);
}

let zones: Option[] | undefined;
export function timeZoneOptions(): Option[] {
  if (!zones) {
    const ids = new Set(Intl.supportedValuesOf('timeZone'));
    // Chromium lists canonical zones only; keep the browser's own and UTC choosable.
    ids.add(browserTimeZone());
    ids.add('UTC');
    const now = new Date();
    zones = [...ids].sort().map((id) => ({ id, label: timeZoneOptionLabel(id, now) }));
  }
  return zones;
}

/** The rider-notice hint for the union the production works under, never another union's rule. */
export function noticeHint(union: string | undefined): string {
  const base = 'How long before call time a rider is due.';
  if (union === 'sag-aftra') return `${base} SAG-AFTRA's guidance: 48.`;
  if (union === 'non-union' || !union) return `${base} Agree it with the production.`;
  const label = UNION_STATUS_LABELS[union as (typeof UNION_STATUSES)[number]] ?? 'union';
  return `${base} Use the notice in the ${label} agreement.`;
}

/** A warning when a scene's shoot date falls outside the production's dates, or null when it fits. */
export function shootDateWarning(date: string, start: string | null, end: string | null): string | null {
  if (!date) return null;
  if (start && date < start) return `This is before the production starts (${start}).`;
  if (end && date > end) return `This is after the production wraps (${end}).`;
  return null;
}
