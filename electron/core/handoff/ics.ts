import type { CutView } from '../../../shared/handoff/cuts';
import { localToUtc } from '../../../shared/kit/time';

/**
 * An iCalendar (RFC 5545) file of a production's dates: shoot calls, rider deadlines and
 * follow-ups. Every title and description is built from the scene's number and fixed words only
 * ("Sc. 101/4 - IC on set"): no field a person typed (story, boundaries, notes, follow-up text)
 * ever reaches a calendar, which is synced to phones and shared with assistants. Each event's UID
 * comes from its record's id, so exporting again updates the events instead of duplicating them.
 * Times are in UTC.
 */

export interface CalendarEvent {
  uid: string;
  summary: string;
  description: string;
  /** An instant (UTC) with a duration, or a whole local day. */
  start: { at: Date; minutes: number } | { date: string };
}

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // The first line holds 75 octets; each continuation starts with a space, leaving 74.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const day = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function writeCalendar(name: string, events: CalendarEvent[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Closed Set//Production calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${stamp(now)}`);
    if ('date' in e.start) {
      lines.push(`DTSTART;VALUE=DATE:${day(e.start.date)}`, `DTEND;VALUE=DATE:${day(nextDay(e.start.date))}`);
    } else {
      lines.push(
        `DTSTART:${stamp(e.start.at)}`,
        `DTEND:${stamp(new Date(e.start.at.getTime() + e.start.minutes * 60_000))}`,
      );
    }
    lines.push(`SUMMARY:${escapeText(e.summary)}`, `DESCRIPTION:${escapeText(e.description)}`, 'TRANSP:OPAQUE');
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A scene as a calendar names it: its episode (when the record has one) and number, nothing else. */
function sceneLabel(scene: { number?: string; episode?: string | null }): string {
  const episode = scene.episode ? `${scene.episode}/` : '';
  return `Sc. ${episode}${scene.number ?? ''}`;
}

const ID_SAFE = /[^A-Za-z0-9-]/g;
const uid = (kind: string, id: string | undefined) => `${kind}-${(id ?? '').replace(ID_SAFE, '')}@closed-set`;

/** The calendar of one production, from a cut: scheduled scenes, rider deadlines, follow-ups. */
export function productionCalendar(view: CutView, now: Date = new Date(view.preparedAt)): string {
  const tz = view.production.timeZone ?? 'UTC';
  const scenes = (view.tables.scene ?? []).filter((s) => !s.deletedAt);
  const number = new Map(scenes.map((s) => [s.id, s]));
  const events: CalendarEvent[] = [];
  for (const s of scenes) {
    if (!s.shootDate) continue;
    const label = sceneLabel(s);
    const onSet = s.icPresent === false ? 'closed set' : 'IC on set';
    if (s.callTime) {
      const at = localToUtc(s.shootDate, s.callTime, tz);
      events.push({
        uid: uid('shoot', s.id),
        summary: `${label} - ${onSet}`,
        description: `${label}: closed set, robes ready, no stills or behind-the-scenes.`,
        start: { at, minutes: 120 },
      });
      const hours = view.production.noticeHours;
      if (hours !== undefined)
        events.push({
          uid: uid('rider-due', s.id),
          summary: `${label} - rider due`,
          description: `Signed rider due for ${label} (${hours} hours before call).`,
          start: { at: new Date(at.getTime() - hours * 3_600_000), minutes: 15 },
        });
    } else {
      events.push({
        uid: uid('shoot', s.id),
        summary: `${label} - ${onSet}`,
        description: `${label}: call time not set yet.`,
        start: { date: s.shootDate },
      });
    }
  }
  for (const f of view.tables.followUp ?? []) {
    if (f.deletedAt || f.doneAt || !f.dueDate) continue;
    const scene = number.get(f.sceneId);
    const label = scene ? sceneLabel(scene) : 'Scene';
    events.push({
      uid: uid('follow-up', f.id),
      summary: `${label} - IC follow-up`,
      description: 'A follow-up is due. The details are in Closed Set.',
      start: { date: f.dueDate },
    });
  }
  return writeCalendar(`${view.production.title ?? 'Production'} - schedule`, events, now);
}
