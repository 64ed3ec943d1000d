import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Keyboard } from 'react-aria-components';
import { shortcutLabel } from '../format';
import { type RecordedAction, withRefresh } from './recorded';
import { type UndoEntry, UndoStack } from './undo';

/** A done action as the screens record it: its inverse, and the refresh set its domain owns. */
interface UndoApi {
  /** Records a done action with its inverse and shows the toast. */
  record: (entry: RecordedAction) => void;
  /** Drops a record's entries: its history was closed by an act that cannot be undone. */
  forget: (scope: string) => void;
  undo: () => void;
  redo: () => void;
}

const UndoContext = createContext<UndoApi | null>(null);

export type { RecordedAction };

export function useUndo(): UndoApi {
  const api = useContext(UndoContext);
  if (!api) throw new Error('useUndo is used outside UndoProvider');
  return api;
}

/** Text fields keep the browser's own Ctrl+Z for what is being typed. */
function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return el.closest('input, textarea, [contenteditable="true"]') !== null;
}

const TOAST_MS = 8000;

/**
 * The app's undo: one stack per unlocked session (the provider remounts on lock, so nothing
 * survives it), Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y), and a toast after each action.
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const [stack] = useState(() => new UndoStack());
  const queryClient = useQueryClient();
  const [toast, setToast] = useState<{ entry: UndoEntry; text: string; undone: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const hovering = useRef(false);

  const settle = useCallback(async (work: () => Promise<UndoEntry | null>, verb: 'Undone' | 'Redone') => {
    setError(null);
    try {
      const entry = await work();
      if (entry) setToast({ entry, text: `${verb}: ${entry.label}`, undone: true });
    } catch (err) {
      setError(`Could not ${verb === 'Undone' ? 'undo' : 'redo'}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }, []);

  const api = useMemo<UndoApi>(
    () => ({
      record: (e) => {
        const entry = stack.push(withRefresh(e, queryClient));
        setError(null);
        setToast({ entry, text: e.label, undone: false });
      },
      forget: (scope) => {
        stack.forget(scope);
        setToast((t) => (t && t.entry.scope === scope ? null : t));
      },
      undo: () => void settle(() => stack.undo(), 'Undone'),
      redo: () => void settle(() => stack.redo(), 'Redone'),
    }),
    [stack, settle, queryClient],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || typingIn(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) api.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') api.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [api]);

  useEffect(() => {
    if (!toast) return;
    const timer = setInterval(() => {
      if (!hovering.current && Date.now() - toast.entry.at > TOAST_MS) setToast(null);
    }, 500);
    return () => clearInterval(timer);
  }, [toast]);

  return (
    <UndoContext.Provider value={api}>
      {children}
      <section
        className="toast-region"
        aria-label="Notifications"
        onPointerEnter={() => {
          hovering.current = true;
        }}
        onPointerLeave={() => {
          hovering.current = false;
        }}
        onFocus={() => {
          hovering.current = true;
        }}
        onBlur={() => {
          hovering.current = false;
        }}
      >
        <div role="status" aria-live="polite" className="toast-live">
          {toast ? (
            <div className="toast">
              <span className="toast-text">{toast.text}</span>
              {toast.undone ? null : (
                <Button
                  className="btn btn-small btn-secondary"
                  onPress={() => void settle(() => stack.undo(toast.entry.id), 'Undone')}
                >
                  <span>Undo</span>
                  <Keyboard className="kbd">{shortcutLabel('Z')}</Keyboard>
                </Button>
              )}
              <Button className="btn btn-small btn-quiet" aria-label="Dismiss" onPress={() => setToast(null)}>
                ×
              </Button>
            </div>
          ) : null}
        </div>
        {error ? (
          <div role="alert" className="toast toast-error">
            <span className="toast-text">{error}</span>
            <Button className="btn btn-small btn-quiet" aria-label="Dismiss" onPress={() => setError(null)}>
              ×
            </Button>
          </div>
        ) : null}
      </section>
    </UndoContext.Provider>
  );
}
