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

/** The call time as an ISO UTC string, or null when the scene has no date or no time yet. */
export function callInstant(shootDate: string | null, callTime: string | null, timeZone: string): string | null {
  if (!shootDate || !callTime) return null;
  return localToUtc(shootDate, callTime, timeZone).toISOString();
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
