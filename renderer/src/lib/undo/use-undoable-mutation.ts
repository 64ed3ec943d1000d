import { type UseMutationOptions, useMutation } from '@tanstack/react-query';
import type { CommandError } from '../commands';
import { type UndoableAction, useUndoable } from './undoable';

/**
 * A mutation whose every run goes through `useUndoable()`: the screen keeps TanStack's pending
 * and error state (so forms show field errors as before), and each success lands on the undo
 * stack with its inverse.
 */
export function useUndoableMutation<I, T>(
  action: (input: I) => UndoableAction<T>,
  options?: Omit<UseMutationOptions<T, CommandError, I>, 'mutationFn'>,
) {
  const perform = useUndoable();
  return useMutation<T, CommandError, I>({ mutationFn: (input) => perform(action(input)), ...options });
}
