import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo } from 'react';
import { RouterProvider } from 'react-aria-components';
import { Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { VaultScreen } from '../features/vault/VaultScreen';
import { api } from '../lib/api';
import { useCommand } from '../lib/commands';
import { forgetVaultData, queryClient, useSessionEpoch } from '../lib/session';
import { useSystemThemeListener } from '../lib/theme';
import { guardNavigate } from '../lib/unsaved';
import { ActionButton } from '../ui/ActionButton';
import { Notice } from '../ui/Notice';
import { AppShell } from './AppShell';

/** Lets react-aria's links (`<Link href="/settings">`) use wouter's hash navigation. */
function AriaRouter({ children }: { children: ReactNode }) {
  const [, navigate] = useLocation();
  return (
    <RouterProvider navigate={(to) => navigate(to)} useHref={(href) => `#${href}`}>
      {children}
    </RouterProvider>
  );
}

/** Wouter's hash location whose navigation asks first when a form has unsaved changes. */
function useGuardedHashLocation(): ReturnType<typeof useHashLocation> {
  const [location, navigate] = useHashLocation();
  const guarded = useMemo(() => guardNavigate(navigate), [navigate]);
  return [location, guarded];
}

/** Vault screen or app shell, by whether the core has a vault unlocked. */
function Gate() {
  const status = useCommand('app.status', {}, { staleTime: Number.POSITIVE_INFINITY });
  useEffect(() => {
    if (status.data && !status.data.vault) document.title = 'Closed Set';
  }, [status.data]);

  if (status.isPending) {
    return (
      <div className="splash" role="status">
        <span className="spinner" aria-hidden="true" /> Opening Closed Set…
      </div>
    );
  }
  if (status.isError) {
    return (
      <main className="splash splash-error">
        <h1 className="page-title">Closed Set cannot start</h1>
        <Notice tone="error">{status.error.message}</Notice>
        <ActionButton variant="primary" onPress={() => status.refetch()} isPending={status.isFetching}>
          Try again
        </ActionButton>
      </main>
    );
  }
  if (!status.data.vault) return <VaultScreen status={status.data} />;
  return <AppShell vault={status.data.vault} status={status.data} />;
}

export function App() {
  const epoch = useSessionEpoch();
  useSystemThemeListener();
  // The core locks on idle, on OS lock or suspend, from the CLI: drop everything at once.
  useEffect(() => api.on('locked', forgetVaultData), []);
  return (
    <QueryClientProvider client={queryClient}>
      <Router hook={useGuardedHashLocation}>
        <AriaRouter>
          <Gate key={epoch} />
        </AriaRouter>
      </Router>
    </QueryClientProvider>
  );
}
