import { type ReactNode, useEffect, useState } from 'react';
import { useRoute } from 'wouter';
import { CommandPalette } from '../features/search/CommandPalette';
import { UndoProvider } from '../lib/undo/UndoProvider';
import { HelpOverlay } from './HelpOverlay';

/** Keys typed into a field belong to the field. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el && typeof el.closest === 'function' && el.closest('input, textarea, select, [contenteditable="true"]') !== null
  );
}

/**
 * What works on every screen of the unlocked app: undo (toast and Ctrl/Cmd+Z), the command palette
 * (Ctrl/Cmd+K) and the shortcut list (? or F1). Mounted inside the shell, so a lock forgets it all.
 */
export function DayLayer({ children }: { children: ReactNode }) {
  const [palette, setPalette] = useState(false);
  const [help, setHelp] = useState(false);
  const [, params] = useRoute('/productions/:id/*?');
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setHelp(false);
        setPalette((open) => !open);
        return;
      }
      if (event.key === 'F1' || (event.key === '?' && !event.ctrlKey && !event.metaKey && !typing(event.target))) {
        event.preventDefault();
        setPalette(false);
        setHelp(true);
      }
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
  return (
    <UndoProvider>
      {children}
      <CommandPalette isOpen={palette} onOpenChange={setPalette} productionId={params?.id ?? null} />
      <HelpOverlay isOpen={help} onOpenChange={setHelp} />
    </UndoProvider>
  );
}
