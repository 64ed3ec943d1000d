import { Button, Keyboard, Link, Switch } from 'react-aria-components';
import { useRoute } from 'wouter';
import type { VaultInfo } from '../../../shared/vault/schema';
import { CostumeViewSwitch } from '../features/garments/CostumeMode';
import { useSessionMode } from '../features/garments/lib';
import { ProductionList } from '../features/productions/ProductionList';
import { PeopleLink } from '../features/scenes/routes';
import { shortcutLabel } from '../lib/format';
import { allowedIn } from '../lib/views';
import { useShellActions } from './shell-actions';
import { ThemeSwitch } from './ThemeSwitch';

export function Sidebar({
  vault,
  showArchived,
  onShowArchivedChange,
}: {
  vault: VaultInfo;
  showArchived: boolean;
  onShowArchivedChange: (show: boolean) => void;
}) {
  const { newProduction, lock } = useShellActions();
  const [onSettings] = useRoute('/settings');
  const view = useSessionMode();
  return (
    <nav className="sidebar" id="binder-nav" aria-label="Binder">
      <div className="sidebar-head">
        <span className="sidebar-app">Closed Set</span>
        <span className="sidebar-vault" title={vault.path}>
          {vault.name}
        </span>
      </div>

      <div className="sidebar-section sidebar-productions">
        <div className="sidebar-section-head">
          <span className="sidebar-label">Productions</span>
        </div>
        {allowedIn('production.create', view) ? (
          <Button className="btn btn-secondary btn-block" onPress={newProduction}>
            <span>New production</span>
            <Keyboard className="kbd">{shortcutLabel('N')}</Keyboard>
          </Button>
        ) : null}
        <div className="sidebar-scroll">
          <ProductionList includeArchived={showArchived} />
        </div>
        <Switch className="switch" isSelected={showArchived} onChange={onShowArchivedChange}>
          <span className="switch-track" aria-hidden="true">
            <span className="switch-thumb" />
          </span>
          Show archived
        </Switch>
      </div>

      <div className="sidebar-foot">
        {allowedIn('person.list', view) ? <PeopleLink /> : null}
        {allowedIn('trash.list', view) ? (
          <Link href="/deleted" className="sidebar-link">
            Recently deleted
          </Link>
        ) : null}
        <Link href="/import" className="sidebar-link">
          Import a handoff
        </Link>
        <Link href="/settings" className="sidebar-link" aria-current={onSettings ? 'page' : undefined}>
          Settings
        </Link>
        <CostumeViewSwitch />
        <ThemeSwitch />
        <Button className="btn btn-quiet btn-block lock-button" onPress={lock}>
          <span>Lock</span>
          <Keyboard className="kbd">{shortcutLabel('L')}</Keyboard>
        </Button>
      </div>
    </nav>
  );
}
