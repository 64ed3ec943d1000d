import { z } from 'zod';

// Control characters other than tab and newline never belong in a user's text; rejecting them
// keeps exports, CSV and PDF output clean and stops NUL-byte tricks at the boundary.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to match them
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A trimmed single- or multi-line text field with a length limit. */
export function text(max: number, label = 'Text') {
  return z
    .string()
    .max(max, `${label} is longer than ${max} characters`)
    .refine((s) => !CONTROL.test(s), `${label} contains control characters`)
    .transform((s) => s.trim());
}

/** A required text field: empty after trimming is an error. */
export function requiredText(max: number, label: string) {
  return text(max, label).refine((s) => s.length > 0, `${label} is required`);
}

/** ULIDs: sortable, generated offline on any machine, so handoff can merge records by id. */
export const Id = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Not a valid record id');

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date({ message: 'Use a date as YYYY-MM-DD' });

/** An instant, stored as ISO 8601 UTC. */
export const IsoDateTime = z.iso.datetime({ offset: false, message: 'Use an ISO 8601 UTC time' });

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const TimeZone = z
  .string()
  .min(1, 'Time zone is required')
  .max(64)
  .refine(isValidTimeZone, 'Unknown time zone (use an IANA name such as Europe/London)');

/** A path on the user's machine, as typed or chosen in a dialog. */
export const FilePath = z
  .string()
  .min(1, 'Path is required')
  .max(4096, 'Path is too long')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: paths with control characters are refused
  .refine((s) => !/[\u0000-\u001F]/.test(s), 'Path contains control characters');

export const Empty = z.strictObject({});
