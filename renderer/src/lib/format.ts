import { format, formatDistanceToNow, parseISO } from 'date-fns';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** `2025-11-25T07:40:00Z` as "25 Nov 2025, 07:40" in the user's zone. */
export function formatInstant(iso: string): string {
  return format(parseISO(iso), 'd MMM yyyy, HH:mm');
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
