import { format, formatDistanceToNow, parseISO } from 'date-fns';
import { formatMoment } from '../../../shared/kit/time';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** This device's time zone, for moments that belong to no production (backups, recent vaults). */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * A moment as a person reads it, always with the zone named: in the production's time zone when
 * it belongs to one (pass it), else in this device's ("Fri 4 Dec 2026, 10:07 PST").
 */
export function formatInstant(iso: string, timeZone: string = deviceTimeZone()): string {
  return formatMoment(iso, timeZone);
}

export function formatAgo(iso: string): string {
  return formatDistanceToNow(parseISO(iso), { addSuffix: true });
}

/** A calendar date (`YYYY-MM-DD`), shown without any time zone shift. */
export function formatDay(day: string | null): string {
  if (!day) return 'Not set';
  return format(parseISO(day), 'EEE d MMM yyyy');
}

/** The last segment of a path, for a short display name. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Ctrl+L" or "⌘L", as the platform writes it. */
export function shortcutLabel(key: string): string {
  return isMac ? `⌘${key}` : `Ctrl+${key}`;
}
