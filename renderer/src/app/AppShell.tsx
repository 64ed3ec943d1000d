import { useEffect, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import type { AppStatus, VaultInfo } from '../../../shared/vault/schema';
import { consentRoutes } from '../features/consent/routes';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { CatalogPage } from '../features/garments/CatalogPage';
import { CostumeModeBanner } from '../features/garments/CostumeMode';
import { GarmentsPage } from '../features/garments/GarmentsPage';
import { useSessionMode } from '../features/garments/lib';
import { ExportPage } from '../features/handoff/ExportPage';
import { ImportPage } from '../features/handoff/ImportPage';
import { OnSetPage } from '../features/onset/OnSetPage';
import { NewProductionDialog } from '../features/productions/ProductionDialog';
import { ProductionPage } from '../features/productions/ProductionPage';
import { BinderRoutes } from '../features/scenes/routes';
import { RecentlyDeletedPage } from '../features/trash/RecentlyDeletedPage';
import { SettingsPage } from '../features/vault/SettingsPage';
import { flushAllAutosaves } from '../lib/autosave/autosave';
import { run } from '../lib/commands';
import { forgetVaultData } from '../lib/session';
import { allowedIn } from '../lib/views';
import { DayLayer } from './DayLayer';
import { HomePage } from './HomePage';
import { Sidebar } from './Sidebar';
import { type ShellActions, ShellActionsContext } from './shell-actions';
import { useShortcuts } from './use-shortcuts';

async function lockVault(): Promise<void> {
  try {
    // Text typed on set and not yet saved is saved first: nothing typed is lost to a lock.
    await flushAllAutosaves();
    await run('vault.lock', {});
  } finally {
    // Even if the core could not be reached, the renderer drops what it holds.
    forgetVaultData();
  }
}

/** The unlocked app: sidebar, the routed page, and the shortcuts that work everywhere. */
export function AppShell({ vault, status }: { vault: VaultInfo; status: AppStatus }) {
  const [creating, setCreating] = useState(false);
  const [showArchived, setShowArchived] = useState(false);
  const [location, navigate] = useLocation();
  // On a narrow window (a phone-width window on set) the sidebar is a menu, closed on every move.
  const [navOpen, setNavOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the point of a location change
  useEffect(() => setNavOpen(false), [location]);

  const view = useSessionMode();
  const actions = useMemo<ShellActions>(
    () => ({
      // Ctrl/Cmd+N does nothing where the core would refuse a new production (the costume view).
      newProduction: () => {
        if (allowedIn('production.create', view)) setCreating(true);
      },
      lock: () => {
        void lockVault();
      },
    }),
    [view],
  );
  useShortcuts({ l: actions.lock, n: actions.newProduction });

  return (
    <ShellActionsContext.Provider value={actions}>
      <DayLayer>
        <div className="shell" data-nav-open={navOpen || undefined}>
          <div className="narrow-bar">
            <Button
              className="btn btn-secondary narrow-menu"
              aria-expanded={navOpen}
              aria-controls="binder-nav"
              onPress={() => setNavOpen(!navOpen)}
            >
              {navOpen ? 'Close menu' : 'Menu'}
            </Button>
            <span className="narrow-vault">{vault.name}</span>
          </div>
          <Sidebar vault={vault} showArchived={showArchived} onShowArchivedChange={setShowArchived} />
          <main className="main" id="main">
            <CostumeModeBanner />
            <Switch>
              <Route path="/">
                <HomePage vaultName={vault.name} />
              </Route>
              <Route path="/productions/:id/garments/:tab?">
                {(params) => <GarmentsPage key={params.id} id={params.id} tab={params.tab} />}
              </Route>
              <Route path="/catalog">
                <CatalogPage />
              </Route>
              <Route path="/productions/:id/handoff">{(params) => <ExportPage key={params.id} id={params.id} />}</Route>
              <Route path="/import" component={ImportPage} />
              <Route path="/productions/:id">{(params) => <ProductionPage key={params.id} id={params.id} />}</Route>
              {consentRoutes}
              {BinderRoutes()}
              <Route path="/productions/:id/dashboard">{(p) => <DashboardPage key={p.id} productionId={p.id} />}</Route>
              <Route path="/productions/:id/onset/:date">
                {(p) => <OnSetPage key={`${p.id}/${p.date}`} productionId={p.id} date={p.date} />}
              </Route>
              <Route path="/deleted">
                <RecentlyDeletedPage />
              </Route>
              <Route path="/settings">
                <SettingsPage vault={vault} status={status} />
              </Route>
              <Route>
                <Redirect to="/" replace />
              </Route>
            </Switch>
          </main>
        </div>
        <NewProductionDialog
          isOpen={creating}
          onOpenChange={setCreating}
          onCreated={(production) => navigate(`/productions/${production.id}`)}
        />
      </DayLayer>
    </ShellActionsContext.Provider>
  );
}
