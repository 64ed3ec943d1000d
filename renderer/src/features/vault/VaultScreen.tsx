import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { AppStatus } from '../../../../shared/vault/schema';
import markUrl from '../../assets/mark.svg';
import { CreateVault } from './CreateVaultForm';
import { OpenVaultForm } from './OpenVaultForm';

/** Shown whenever no vault is unlocked: open a recent or named vault, or create a new one. */
export function VaultScreen({ status }: { status: AppStatus }) {
  return (
    <div className="vault-screen">
      <header className="vault-brand">
        <img className="brand-mark" src={markUrl} alt="" width={40} height={40} />
        <div>
          <h1 className="brand-name">Closed Set</h1>
          <p className="brand-tagline">The production binder for intimacy coordinators and costume departments.</p>
        </div>
      </header>
      <main className="vault-card">
        <Tabs defaultSelectedKey={status.recent.length > 0 ? 'open' : 'create'} className="tabs">
          <TabList aria-label="Vault" className="tab-list">
            <Tab id="open" className="tab">
              Open a vault
            </Tab>
            <Tab id="create" className="tab">
              Create a vault
            </Tab>
          </TabList>
          <TabPanel id="open" className="tab-panel">
            <OpenVaultForm recent={status.recent} door={status.door} />
          </TabPanel>
          <TabPanel id="create" className="tab-panel">
            <CreateVault suggestedPath={status.suggestedVaultPath} />
          </TabPanel>
        </Tabs>
      </main>
      <footer className="vault-footer">
        <p>Everything stays on this computer, encrypted. Nothing is sent anywhere.</p>
      </footer>
    </div>
  );
}
