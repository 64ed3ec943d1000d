import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import { localToUtc, todayIn } from '../kit/time';
import { sceneLabel } from '../scenes/rules';
import type { Todo, TodoInput } from './schema';

const HOUR = 3_600_000;

/** `count` consecutive calendar dates from `from` (time-zone free: dates, not instants). */
export function datesFrom(from: string, count: number): string[] {
  const start = new Date(`${from}T12:00:00Z`);
  return Array.from({ length: count }, (_, i) => addDays(start, i).toISOString().slice(0, 10));
}

/** The end of a calendar day in a zone, as the instant a thing "due that day" becomes overdue. */
export function endOfDayIn(date: string, timeZone: string): string {
  const [next] = datesFrom(date, 2).slice(1);
  return localToUtc(next ?? date, '00:00', timeZone).toISOString();
}

/** The latest moment a rider can be sent and still give the notice the production requires. */
export function noticeDeadline(callAt: string, noticeHours: number): string {
  return new Date(Date.parse(callAt) - noticeHours * HOUR).toISOString();
}

/**
 * How urgent a to-do is. Its deadline is `dueAt`, or else the call it must be done before.
 * Overdue once the deadline has passed; "today" when it falls before the end of today in the
 * production's zone; "soon" within three days; otherwise "later". No deadline at all is "later".
 */
export function dueState(
  item: { dueAt: string | null; callAt: string | null },
  now: Date,
  timeZone: string,
): Todo['due'] {
  const deadline = item.dueAt ?? item.callAt;
  if (deadline === null) return 'later';
  const at = Date.parse(deadline);
  if (at <= now.getTime()) return 'overdue';
  if (at <= Date.parse(endOfDayIn(todayIn(timeZone, now), timeZone))) return 'today';
  if (at < now.getTime() + 72 * HOUR) return 'soon';
  return 'later';
}

const RANK: Record<Todo['due'], number> = { overdue: 0, today: 1, soon: 2, later: 3 };

/**
 * Orders to-dos by the call they must be done before, comparing instants (so two productions, or a
 * scene and a rider, in different zones interleave correctly). Overdue items with no call (a late
 * follow-up) come first; items with neither a call nor a deadline come last; ties by deadline, then title.
 */
export function orderTodos(items: Todo[]): Todo[] {
  const key = (t: Todo): number => {
    if (t.callAt !== null) return Date.parse(t.callAt);
    if (t.dueAt !== null) return t.due === 'overdue' ? Number.NEGATIVE_INFINITY : Date.parse(t.dueAt);
    return Number.POSITIVE_INFINITY;
  };
  return [...items].sort(
    (a, b) =>
      key(a) - key(b) ||
      RANK[a.due] - RANK[b.due] ||
      (Date.parse(a.dueAt ?? '') || 0) - (Date.parse(b.dueAt ?? '') || 0) ||
      a.title.localeCompare(b.title),
  );
}

/** When a to-do falls, in words and in the production's zone: its call, then its deadline (a day's end is that day). */
export function whenLabel(item: { callAt: string | null; dueAt: string | null }, timeZone: string): string {
  const parts: string[] = [];
  if (item.callAt) parts.push(`Call ${inZone(item.callAt, timeZone, 'EEE d MMM, HH:mm')}`);
  if (item.dueAt) {
    parts.push(
      inZone(item.dueAt, timeZone, 'HH:mm') === '00:00'
        ? `By end of ${inZone(new Date(Date.parse(item.dueAt) - 1).toISOString(), timeZone, 'EEE d MMM')}`
        : `By ${inZone(item.dueAt, timeZone, 'EEE d MMM, HH:mm')}`,
    );
  }
  return parts.join(' · ');
}

/** Gives each source's items their urgency and puts them in order: what the dashboard shows. */
export function buildTodos(items: TodoInput[], now: Date, timeZone: string): Todo[] {
  return orderTodos(
    items.map((i) => ({
      ...i,
      link: { date: null, ...i.link },
      due: dueState(i, now, timeZone),
      when: whenLabel(i, timeZone),
    })),
  );
}

/** Follow-ups due today and overdue, the two lists at the top of the dashboard. */
export function dueNow(todos: Todo[]): { overdue: Todo[]; today: Todo[] } {
  return { overdue: todos.filter((t) => t.due === 'overdue'), today: todos.filter((t) => t.due === 'today') };
}

export interface ScheduledScene {
  id: string;
  number: string;
  episode?: string;
  shootDate: string | null;
  callTime: string | null;
  callAt: string | null;
  performerCount: number;
}

/**
 * What the scene breakdown itself still lacks before a call: a scheduled scene with no call time
 * (nothing else can be timed against it) or with nobody listed in it. Past shoot days are done.
 */
export function sceneGaps(scenes: ScheduledScene[], today: string, timeZone: string): TodoInput[] {
  const out: TodoInput[] = [];
  for (const s of scenes) {
    if (s.shootDate === null || s.shootDate < today) continue;
    const callAt = s.callAt ?? localToUtc(s.shootDate, '00:00', timeZone).toISOString();
    if (s.callTime === null) {
      out.push({
        id: `scene:${s.id}:call-time`,
        source: 'scenes',
        title: `Set a call time for scene ${sceneLabel(s)}`,
        detail: `Shooting ${s.shootDate}; notice deadlines are counted from the call.`,
        callAt,
        dueAt: null,
        link: { to: 'scene', id: s.id },
      });
    }
    if (s.performerCount === 0) {
      out.push({
        id: `scene:${s.id}:performers`,
        source: 'scenes',
        title: `List the performers in scene ${sceneLabel(s)}`,
        detail: 'Riders, check-ins and garments all hang on who is in the scene.',
        callAt,
        dueAt: null,
        link: { to: 'scene', id: s.id },
      });
    }
  }
  return out;
}

/** An instant as the production's wall clock: `format` pattern from date-fns, e.g. "EEE d MMM, HH:mm". */
export function inZone(iso: string, timeZone: string, pattern = 'HH:mm'): string {
  return format(new TZDate(Date.parse(iso), timeZone), pattern);
}
