import { TZDate } from '@date-fns/tz';
import { differenceInYears, format } from 'date-fns';

/**
 * The UTC instant of a wall-clock time on a date in a time zone: "2027-03-14 06:30 in
 * America/Los_Angeles". Daylight-saving gaps resolve forward, as clocks do.
 */
export function localToUtc(date: string, time: string, timeZone: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return new Date(new TZDate(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, 0, timeZone).getTime());
}

/**
 * Call instants already converted, by "zone date time": the same scenes' calls are converted for
 * every dashboard, scene list and readiness read, and a time-zone conversion costs far more than a
 * lookup. Pure (a zone's rules do not change while the app runs); bounded, dropped whole when full.
 */
const converted = new Map<string, string>();
const CONVERTED_MAX = 50_000;

/** The call time as an ISO UTC string, or null when the scene has no date or no time yet. */
export function callInstant(shootDate: string | null, callTime: string | null, timeZone: string): string | null {
  if (!shootDate || !callTime) return null;
  const key = `${timeZone} ${shootDate} ${callTime}`;
  const known = converted.get(key);
  if (known !== undefined) return known;
  const instant = localToUtc(shootDate, callTime, timeZone).toISOString();
  if (converted.size >= CONVERTED_MAX) converted.clear();
  converted.set(key, instant);
  return instant;
}

/** Age in whole years on a calendar date (both `YYYY-MM-DD`). */
export function ageOn(dateOfBirth: string, date: string): number {
  return differenceInYears(new Date(`${date}T12:00:00Z`), new Date(`${dateOfBirth}T12:00:00Z`));
}

/**
 * Whether a person counts as a minor on a date: under 18 by date of birth, or flagged as a minor
 * when no date of birth is known (the flag is the safe default for an unknown age).
 */
export function isMinorOn(person: { dateOfBirth: string | null; isMinor: boolean }, date: string | null): boolean {
  if (person.dateOfBirth && date) return ageOn(person.dateOfBirth, date) < 18;
  if (person.dateOfBirth) return ageOn(person.dateOfBirth, new Date().toISOString().slice(0, 10)) < 18;
  return person.isMinor;
}

/** The calendar date (`YYYY-MM-DD`) it is now in a time zone: "today" as the production sees it. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}
