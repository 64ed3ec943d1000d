import { createContext, useContext } from 'react';

/** What any page can ask of the shell: commands that live in the sidebar and shortcuts. */
export interface ShellActions {
  newProduction: () => void;
  lock: () => void;
}

export const ShellActionsContext = createContext<ShellActions | null>(null);

export function useShellActions(): ShellActions {
  const actions = useContext(ShellActionsContext);
  if (!actions) throw new Error('useShellActions is used outside the app shell');
  return actions;
}
