import { useCallback, useEffect, useRef } from 'react';

/** What the app asks before leaving a form whose changes are not saved. */
export const LEAVE_QUESTION = 'You have unsaved changes on this screen. Leave without saving them?';

/** The forms with unsaved changes, kept outside React so navigation can ask before it leaves. */
export class UnsavedRegistry {
  #dirty = new Set<symbol>();
  add(id: symbol): void {
    this.#dirty.add(id);
  }
  delete(id: symbol): void {
    this.#dirty.delete(id);
  }
  get any(): boolean {
    return this.#dirty.size > 0;
  }
  /** True when nothing is unsaved or the person agrees to leave it behind. */
  mayLeave(ask: (question: string) => boolean): boolean {
    return !this.any || ask(LEAVE_QUESTION);
  }
}

/** The app's one registry: forms register themselves, the router asks it. */
export const unsaved = new UnsavedRegistry();

/** Wraps a navigate function so it asks before leaving unsaved changes behind. */
export function guardNavigate<A extends unknown[]>(navigate: (...args: A) => void) {
  return (...args: A) => {
    if (unsaved.mayLeave((q) => window.confirm(q))) navigate(...args);
  };
}

/**
 * Marks the calling form as having unsaved changes while `dirty`: in-app navigation and closing the
 * window ask first. Returns `release`, for the moment a save succeeded and the form moves on at once
 * (a create that opens what it made): the guard lets go before the form re-renders clean.
 */
export function useUnsavedGuard(dirty: boolean): () => void {
  const release = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!dirty) return;
    const id = Symbol('unsaved form');
    unsaved.add(id);
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    const off = () => {
      unsaved.delete(id);
      window.removeEventListener('beforeunload', onUnload);
    };
    release.current = off;
    return () => {
      off();
      release.current = null;
    };
  }, [dirty]);
  return useCallback(() => release.current?.(), []);
}
