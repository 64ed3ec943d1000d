import { useEffect, useRef } from 'react';

type Handlers = Partial<Record<string, () => void>>;

/**
 * Ctrl+key (Cmd+key on macOS) shortcuts for the whole window. Handlers are read through a ref so
 * the listener is added once. Keys are lower-case letters.
 */
export function useShortcuts(handlers: Handlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.repeat) return;
      const handler = ref.current[event.key.toLowerCase()];
      if (!handler) return;
      event.preventDefault();
      event.stopPropagation();
      handler();
    };
    // Capture phase: a focused text field or list must not swallow the shortcut first.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
