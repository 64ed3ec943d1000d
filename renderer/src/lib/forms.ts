import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { CommandError } from './commands';

/**
 * Puts a command's field issues under the matching fields. `prefix` strips the part of the path
 * that belongs to the command rather than the form (`patch.` in `production.update`). Returns the
 * issues no field could take, for a message above the buttons.
 */
export function applyServerIssues<T extends FieldValues>(
  error: CommandError,
  setError: UseFormSetError<T>,
  fields: readonly FieldPath<T>[],
  prefix = '',
): string[] {
  const unplaced: string[] = [];
  for (const issue of error.issues) {
    const path = prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    const field = fields.find((f) => f === path);
    if (field) setError(field, { type: 'server', message: issue.message }, { shouldFocus: true });
    else unplaced.push(issue.message);
  }
  if (error.issues.length === 0) unplaced.push(error.message);
  return unplaced;
}
