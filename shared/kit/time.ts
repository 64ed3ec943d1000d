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

/** The zone's short name at an instant, as people read it on a call sheet: "PST", "PDT", "GMT+1". */
export function zoneAbbreviation(timeZone: string, at: Date = new Date()): string {
  const name = (locale: string) =>
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  // US English names North American zones (PST); British English names British and European ones (BST, CET).
  const us = name('en-US');
  if (!us.startsWith('GMT') || us === 'GMT') return us;
  const gb = name('en-GB');
  return gb.startsWith('GMT') && gb !== 'GMT' ? us : gb;
}

/** The place an IANA zone is named after: `America/New_York` -> "New York". */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replaceAll('_', ' ');
}

/** A time zone as a person reads it, never the raw IANA name: "Vancouver (PST)", "New York (EDT)". */
export function zoneLabel(timeZone: string, at: Date = new Date()): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  return `${zoneCity(timeZone)} (${zoneAbbreviation(timeZone, at)})`;
}

/**
 * THE formatter for a moment shown to a person: the instant on the production's wall clock with
 * the zone named, so the same tap reads the same everywhere ("Fri 4 Dec 2026, 10:07 PST").
 */
export function formatMoment(iso: string, timeZone: string): string {
  const at = new Date(Date.parse(iso));
  return `${format(new TZDate(at.getTime(), timeZone), 'EEE d MMM yyyy, HH:mm')} ${zoneAbbreviation(timeZone, at)}`;
}

/** The clock time alone, zone named, for a list within one day: "10:07 PST". */
export function formatClock(iso: string, timeZone: string): string {
  const at = new Date(Date.parse(iso));
  return `${format(new TZDate(at.getTime(), timeZone), 'HH:mm')} ${zoneAbbreviation(timeZone, at)}`;
}
