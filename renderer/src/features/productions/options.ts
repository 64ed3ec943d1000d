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

function offsetOf(zone: string, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(at);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** "America/Los Angeles (GMT-8)": readable, and still found by typing any part of the IANA name. */
export function timeZoneLabel(zone: string, at = new Date()): string {
  const offset = offsetOf(zone, at);
  const name = zone.replaceAll('_', ' ');
  return offset ? `${name} (${offset})` : name;
}

let zones: Option[] | undefined;
export function timeZoneOptions(): Option[] {
  if (!zones) {
    const ids = new Set(Intl.supportedValuesOf('timeZone'));
    // Chromium lists canonical zones only; keep the browser's own and UTC choosable.
    ids.add(browserTimeZone());
    ids.add('UTC');
    const now = new Date();
    zones = [...ids].sort().map((id) => ({ id, label: timeZoneLabel(id, now) }));
  }
  return zones;
}
