import { type Invalidator, type RefreshSet, refreshQueries } from '../refresh';

/** A done action as the undo stack keeps it: its inverse, its redo, and what to refetch after either. */
export interface RecordedAction {
  label: string;
  undo: () => Promise<void>;
  redo?: () => Promise<void>;
  scope?: string;
  refresh: RefreshSet;
}

/**
 * An entry whose undo and redo refetch its own refresh set afterwards (also when they fail: an
 * inverse of several commands may have run part way), so Ctrl+Z never refreshes every query.
 */
export function withRefresh(entry: RecordedAction, client: Invalidator): RecordedAction {
  const { redo } = entry;
  const after = async (work: () => Promise<void>) => {
    try {
      await work();
    } finally {
      await refreshQueries(client, entry.refresh);
    }
  };
  return { ...entry, undo: () => after(entry.undo), ...(redo ? { redo: () => after(redo) } : {}) };
}
