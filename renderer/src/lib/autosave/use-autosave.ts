import { useEffect, useRef, useState } from 'react';
import { type Autosaver, type AutosaveState, createAutosaver, trackAutosaver } from './autosave';

/**
 * A text field's autosave: `change` on every keystroke, `flush` on blur. Unmounting saves what is
 * waiting; `flushAllAutosaves` (run before lock) reaches it too; hiding the window flushes.
 */
export function useAutosave<T>(
  save: (value: T) => Promise<void>,
  delay = 600,
): Autosaver<T> & { state: AutosaveState } {
  const saveRef = useRef(save);
  saveRef.current = save;
  const [state, setState] = useState<AutosaveState>({ status: 'saved' });
  const [saver] = useState(() => createAutosaver<T>({ save: (v) => saveRef.current(v), delay, onState: setState }));
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    document.addEventListener('visibilitychange', onHide);
    const untrack = trackAutosaver(saver as Autosaver<unknown>);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      untrack();
      void saver.flush();
    };
  }, [saver]);
  return {
    change: (v: T) => saver.change(v),
    flush: () => saver.flush(),
    get dirty() {
      return saver.dirty;
    },
    state,
  };
}

export function autosaveLabel(state: AutosaveState): string {
  switch (state.status) {
    case 'saved':
      return 'Saved';
    case 'pending':
      return 'Typing…';
    case 'saving':
      return 'Saving…';
    case 'error':
      return `Not saved yet: ${state.message} Your text is kept; it will be saved again on the next change or when you leave the field.`;
  }
}
