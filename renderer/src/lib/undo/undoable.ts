import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useUndo } from './UndoProvider';

/**
 * One undoable action: what to do, and how to take it back given what it returned (a create's
 * inverse needs the new record's id). Redo re-runs `run` unless told otherwise: right for an
 * update, wrong for a create, whose redo is a restore of the same record rather than a copy.
 */
export interface UndoableAction<T> {
  /** What the toast says, possibly from the result: "Scene 12A added". */
  label: string | ((result: T) => string);
  run: () => Promise<T>;
  undo: (result: T) => Promise<unknown>;
  redo?: (result: T) => Promise<unknown>;
  /** The record it belongs to, for `forget` (see UndoEntry.scope). */
  scope?: string | ((result: T) => string);
}

/** Builds the stack entry for an action that already ran; kept pure so its wiring is tested in Node. */
export function entryFor<T>(action: UndoableAction<T>, result: T) {
  return {
    label: typeof action.label === 'function' ? action.label(result) : action.label,
    ...(action.scope ? { scope: typeof action.scope === 'function' ? action.scope(result) : action.scope } : {}),
    undo: async () => {
      await action.undo(result);
    },
    redo: async () => {
      await (action.redo ? action.redo(result) : action.run());
    },
  };
}

/**
 * Runs an action through the command API, refreshes what the screens show, and records it for
 * Ctrl+Z and the toast. Rejects with the command's error (nothing is recorded then), so forms
 * still show field errors the usual way.
 */
export function useUndoable() {
  const { record } = useUndo();
  const queryClient = useQueryClient();
  return useCallback(
    async <T>(action: UndoableAction<T>): Promise<T> => {
      try {
        const result = await action.run();
        record(entryFor(action, result));
        return result;
      } finally {
        await queryClient.invalidateQueries();
      }
    },
    [record, queryClient],
  );
}

/** The undo scope of one rider: its draft's entries leave the stack when a version is sent. */
export const riderScope = (riderId: string): string => `rider:${riderId}`;
