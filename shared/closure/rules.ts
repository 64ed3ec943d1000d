import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** The calendar date (`YYYY-MM-DD`) it is now in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

export type DueState = 'done' | 'overdue' | 'today' | 'upcoming';

/** Where an open follow-up stands on a given day (both dates in the production's zone). */
export function dueState(followUp: { dueDate: string; doneAt: string | null }, today: string): DueState {
  if (followUp.doneAt) return 'done';
  if (followUp.dueDate < today) return 'overdue';
  if (followUp.dueDate === today) return 'today';
  return 'upcoming';
}
