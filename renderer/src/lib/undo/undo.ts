/**
 * The renderer's undo stack. An entry pairs what was done with its inverse, both as domain
 * commands (an update's inverse is an update back to the values the screen already had; a soft
 * delete's inverse is the restore command), so undo leaves the same audit trail as any edit and
 * never rewrites rows behind the services. The stack is plain data and functions with no DOM or
 * React, so its logic is tested in Node.
 */
export interface UndoEntry {
  id: number;
  /** What the toast says: "Scene 12A deleted". */
  label: string;
  /** Runs the inverse through the command API; rejects with the command's error. */
  undo: () => Promise<void>;
  /** Runs the original action again, for redo; absent when it cannot be repeated. */
  redo?: () => Promise<void>;
  /**
   * The record the entry belongs to ("rider:01H..."), so an act that closes that record's history
   * (a rider sent for signature) can take its entries off the stack rather than leave an undo that
   * can only fail.
   */
  scope?: string;
  at: number;
}

export interface UndoState {
  past: UndoEntry[];
  future: UndoEntry[];
  /** An undo or redo in flight: a second Ctrl+Z waits rather than racing it. */
  busy: boolean;
  nextId: number;
}

export const MAX_UNDO = 50;

export const emptyUndo = (): UndoState => ({ past: [], future: [], busy: false, nextId: 1 });

/** Records an action: it becomes the one Ctrl+Z undoes, and anything redoable is forgotten. */
export function pushUndo(state: UndoState, entry: Omit<UndoEntry, 'id'>): { state: UndoState; entry: UndoEntry } {
  const full: UndoEntry = { ...entry, id: state.nextId };
  return {
    entry: full,
    state: { ...state, past: [...state.past, full].slice(-MAX_UNDO), future: [], nextId: state.nextId + 1 },
  };
}

export const canUndo = (s: UndoState): boolean => !s.busy && s.past.length > 0;
export const canRedo = (s: UndoState): boolean => !s.busy && s.future.some((e) => e.redo !== undefined);

/** Takes the newest entry off the stack, or a given one (the toast's Undo for an older action). */
export function takeUndo(s: UndoState, id?: number): { state: UndoState; entry: UndoEntry | null } {
  if (s.busy) return { state: s, entry: null };
  const entry = id === undefined ? s.past.at(-1) : s.past.find((e) => e.id === id);
  if (!entry) return { state: s, entry: null };
  return { entry, state: { ...s, busy: true, past: s.past.filter((e) => e !== entry) } };
}

/** After the inverse ran: on success it can be redone; on failure it goes back on the stack. */
export function settleUndo(s: UndoState, entry: UndoEntry, ok: boolean): UndoState {
  if (ok) return { ...s, busy: false, future: [...s.future, entry] };
  return { ...s, busy: false, past: [...s.past, entry].sort((a, b) => a.id - b.id) };
}

export function takeRedo(s: UndoState): { state: UndoState; entry: UndoEntry | null } {
  if (s.busy) return { state: s, entry: null };
  const entry = [...s.future].reverse().find((e) => e.redo !== undefined);
  if (!entry) return { state: s, entry: null };
  return { entry, state: { ...s, busy: true, future: s.future.filter((e) => e !== entry) } };
}

export function settleRedo(s: UndoState, entry: UndoEntry, ok: boolean): UndoState {
  if (ok) return { ...s, busy: false, past: [...s.past, entry] };
  return { ...s, busy: false, future: [...s.future, entry] };
}

/** Takes every entry of one record off the stack, both ways. */
export function forgetScope(s: UndoState, scope: string): UndoState {
  const keep = (e: UndoEntry) => e.scope !== scope;
  return { ...s, past: s.past.filter(keep), future: s.future.filter(keep) };
}

/** Forget everything: on lock, on switching vaults (the entries hold record ids and values). */
export const clearUndo = (s: UndoState): UndoState => ({ ...emptyUndo(), nextId: s.nextId });

/**
 * The inverse of a patch: for each field the edit changes, the value the screen showed before.
 * Fields the patch leaves alone stay out, so undo never overwrites someone else's later change to them.
 */
export function inversePatch<T extends Record<string, unknown>>(before: T, patch: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    if (patch[key] === undefined) continue;
    if (!Object.is(before[key], patch[key]) || typeof patch[key] === 'object') out[key] = before[key];
  }
  return out;
}

/**
 * A small store around the pure stack, for the app to share: run undo/redo through the given
 * callbacks and tell subscribers (the toast, the menu) when the stack changes.
 */
export class UndoStack {
  #state: UndoState = emptyUndo();
  #listeners = new Set<(s: UndoState) => void>();

  get state(): UndoState {
    return this.#state;
  }

  subscribe(fn: (s: UndoState) => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  #set(s: UndoState): void {
    this.#state = s;
    for (const fn of this.#listeners) fn(s);
  }

  push(entry: Omit<UndoEntry, 'id' | 'at'>, at = Date.now()): UndoEntry {
    const { state, entry: full } = pushUndo(this.#state, { ...entry, at });
    this.#set(state);
    return full;
  }

  /** Undoes the newest action (or the one with `id`); resolves to what was undone, or null. */
  async undo(id?: number): Promise<UndoEntry | null> {
    const { state, entry } = takeUndo(this.#state, id);
    if (!entry) return null;
    this.#set(state);
    try {
      await entry.undo();
      this.#set(settleUndo(this.#state, entry, true));
      return entry;
    } catch (err) {
      this.#set(settleUndo(this.#state, entry, false));
      throw err;
    }
  }

  async redo(): Promise<UndoEntry | null> {
    const { state, entry } = takeRedo(this.#state);
    if (!entry?.redo) return null;
    this.#set(state);
    try {
      await entry.redo();
      this.#set(settleRedo(this.#state, entry, true));
      return entry;
    } catch (err) {
      this.#set(settleRedo(this.#state, entry, false));
      throw err;
    }
  }

  clear(): void {
    this.#set(clearUndo(this.#state));
  }

  forget(scope: string): void {
    this.#set(forgetScope(this.#state, scope));
  }
}
