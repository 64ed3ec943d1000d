/**
 * Autosave for text typed on set: every change is saved after a short pause, and at once when the
 * field loses focus, the screen goes away, the window is hidden or the vault is about to lock. A
 * failed save keeps the text and the "unsaved" state, so nothing typed is lost. No DOM or React
 * here: timers are injected, and the logic is tested in Node.
 */
export interface AutosaveOptions<T> {
  save: (value: T) => Promise<void>;
  delay?: number;
  onState?: (state: AutosaveState) => void;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

export type AutosaveState =
  | { status: 'saved' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'error'; message: string };

export interface Autosaver<T> {
  /** A new value was typed: save it after the pause. */
  change(value: T): void;
  /** Save now whatever is waiting (blur, unmount, lock); resolves when it is stored. */
  flush(): Promise<void>;
  readonly dirty: boolean;
}

const allSavers = new Set<Autosaver<unknown>>();

/** Lists a field's saver so a lock can flush it; returns the way to take it off the list. */
export function trackAutosaver(saver: Autosaver<unknown>): () => void {
  allSavers.add(saver);
  return () => allSavers.delete(saver);
}

/** Saves every field with text waiting, across the app: called before locking. */
export async function flushAllAutosaves(): Promise<void> {
  await Promise.allSettled([...allSavers].map((s) => s.flush()));
}

export function createAutosaver<T>(options: AutosaveOptions<T>): Autosaver<T> {
  const delay = options.delay ?? 600;
  const timers = options.timers ?? {
    set: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  let waiting: { value: T } | null = null;
  let handle: unknown = null;
  let inFlight: Promise<void> | null = null;
  const report = (s: AutosaveState) => options.onState?.(s);

  const run = async (): Promise<void> => {
    if (handle !== null) timers.clear(handle);
    handle = null;
    // One save at a time, in order: the last value typed is the one that ends up stored.
    while (inFlight) await inFlight;
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    report({ status: 'saving' });
    inFlight = options.save(value).then(
      () => {
        inFlight = null;
        report(waiting ? { status: 'pending' } : { status: 'saved' });
      },
      (err: unknown) => {
        inFlight = null;
        // Keep it waiting: the next change, blur or flush tries again with the newest text.
        if (!waiting) waiting = { value };
        report({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      },
    );
    await inFlight;
  };

  return {
    change(value: T) {
      waiting = { value };
      report({ status: 'pending' });
      if (handle !== null) timers.clear(handle);
      handle = timers.set(() => void run(), delay);
    },
    flush: run,
    get dirty() {
      return waiting !== null || inFlight !== null;
    },
  };
}
