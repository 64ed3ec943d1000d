import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { AppStatus } from '../../../shared/vault/schema';
import { clearSensitiveNow } from './clipboard';
import { CommandError, commandKey } from './commands';

export const STATUS_KEY = commandKey('app.status', {});

/**
 * Bumped every time the vault locks. The app tree is keyed on it, so after a lock every component
 * remounts from nothing: no vault data survives in the query cache or in component state.
 */
let epoch = 0;
const listeners = new Set<() => void>();

function onCommandError(error: unknown): void {
  if (!(error instanceof CommandError) || error.code !== 'LOCKED') return;
  // Only a vault we believed open can lock under us; otherwise a LOCKED answer (an expired browser
  // tab token, say) is shown where it happened, and clearing again would loop.
  const status = queryClient.getQueryData<AppStatus>(STATUS_KEY);
  if (status?.vault) forgetVaultData();
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onCommandError }),
  mutationCache: new MutationCache({ onError: onCommandError }),
  defaultOptions: {
    // Errors from a local core are answers, not flaky networks: retrying only delays them.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 },
    // gcTime 0: a finished mutation's variables (passphrases among them) are dropped as soon as the
    // form that ran it is gone, not kept for the default five minutes.
    mutations: { retry: false, gcTime: 0 },
  },
});

/** Drops everything the renderer knows about the vault and starts over at the vault screen. */
export function forgetVaultData(): void {
  queryClient.cancelQueries();
  queryClient.clear();
  void clearSensitiveNow();
  // react-aria's live announcer sits outside the React tree and keeps its last messages (such as
  // "Night Shift selected") for seven seconds, some pointing at elements that are now gone.
  for (const log of document.querySelectorAll('[data-live-announcer] [role="log"]')) log.replaceChildren();
  epoch += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionEpoch(): number {
  return useSyncExternalStore(subscribe, () => epoch);
}
