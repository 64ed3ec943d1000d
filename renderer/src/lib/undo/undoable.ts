import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Invalidator, RefreshSet } from '../refresh';
import { refreshQueries } from '../refresh';
import { type RecordedAction, withRefresh } from './recorded';
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
  /** The domain's refresh set (from its `queries.ts`): what to refetch after it runs, is undone or redone. */
  refresh: RefreshSet;
}

/** Builds the stack entry for an action that already ran; kept pure so its wiring is tested in Node. */
export function entryFor<T>(action: UndoableAction<T>, result: T): RecordedAction {
  return {
    label: typeof action.label === 'function' ? action.label(result) : action.label,
    ...(action.scope ? { scope: typeof action.scope === 'function' ? action.scope(result) : action.scope } : {}),
    refresh: action.refresh,
    undo: async () => {
      await action.undo(result);
    },
    redo: async () => {
      await (action.redo ? action.redo(result) : action.run());
    },
  };
}

/**
 * Runs an action, records it and refetches the action's refresh set whatever happened; pure of
 * React so the undo wiring is tested in Node with a fake client.
 */
export async function performUndoable<T>(
  action: UndoableAction<T>,
  record: (entry: RecordedAction) => void,
  client: Invalidator,
): Promise<T> {
  try {
    const result = await action.run();
    record(entryFor(action, result));
    return result;
  } finally {
    await refreshQueries(client, action.refresh);
  }
}

/**
 * Runs an action through the command API, refreshes what its domain shows, and records it for
 * Ctrl+Z and the toast. Rejects with the command's error (nothing is recorded then), so forms
 * still show field errors the usual way.
 */
export function useUndoable() {
  const { record } = useUndo();
  const queryClient = useQueryClient();
  return useCallback(
    <T>(action: UndoableAction<T>): Promise<T> => performUndoable(action, record, queryClient),
    [record, queryClient],
  );
}

/** The undo scope of one rider: its draft's entries leave the stack when a version is sent. */
export const riderScope = (riderId: string): string => `rider:${riderId}`;

export { withRefresh };
