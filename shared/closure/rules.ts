export type DueState = 'done' | 'overdue' | 'today' | 'upcoming';

/** Where an open follow-up stands on a given day (both dates in the production's zone). */
export function dueState(followUp: { dueDate: string; doneAt: string | null }, today: string): DueState {
  if (followUp.doneAt) return 'done';
  if (followUp.dueDate < today) return 'overdue';
  if (followUp.dueDate === today) return 'today';
  return 'upcoming';
}
