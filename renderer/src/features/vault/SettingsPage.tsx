import { useEffect } from 'react';
import type { AppStatus, VaultInfo } from '../../../../shared/vault/schema';
import { useCommand } from '../../lib/commands';
import { allowedIn } from '../../lib/views';
import { CopyButton } from '../../ui/CopyButton';
import { Notice } from '../../ui/Notice';
import { useSessionMode } from '../garments/lib';
import { BackupsSection } from './BackupsSection';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { DeviceSettingsForm } from './DeviceSettingsForm';
import { VaultOwnerForm } from './VaultOwnerForm';

export function SettingsPage({ vault, status }: { vault: VaultInfo; status: AppStatus }) {
  const settings = useCommand('app.settings', {});
  // The costume view does not manage the vault: the keeper's name is the coordinator's to set.
  const view = useSessionMode();
  const costume = view === 'costume';
  const owner = useCommand('vault.owner', {}, { enabled: !costume });
  useEffect(() => {
    document.title = 'Settings · Closed Set';
  }, []);
  return (
    <div className="page">
      <header className="page-header">
        <div className="page-heading">
          <h1 className="page-title">Settings</h1>
        </div>
      </header>

      <section className="card" aria-labelledby="vault-title">
        <h2 id="vault-title" className="card-title">
          This vault
        </h2>
        <dl className="details">
          <div className="detail">
            <dt>Name</dt>
            <dd>{vault.name}</dd>
          </div>
          <div className="detail detail-wide">
            <dt>File</dt>
            <dd>
              <span className="path">{vault.path}</span> <CopyButton value={vault.path} label="Copy path" what="path" />
            </dd>
          </div>
          <div className="detail">
            <dt>Encryption</dt>
            <dd>{vault.cipher === 'sqlcipher' ? 'AES-256, the whole file (SQLCipher)' : vault.cipher}</dd>
          </div>
          <div className="detail">
            <dt>Locks by itself</dt>
            <dd>
              {status.idleLockMinutes > 0
                ? `After ${status.idleLockMinutes} minute${status.idleLockMinutes === 1 ? '' : 's'} without use`
                : 'Never'}
            </dd>
          </div>
        </dl>
        {owner.isError ? <Notice tone="error">{owner.error.message}</Notice> : null}
        {owner.data ? <VaultOwnerForm name={owner.data.name} /> : null}
      </section>

      <section className="card" aria-labelledby="device-title">
        <h2 id="device-title" className="card-title">
          On this computer
        </h2>
        {settings.isError ? <Notice tone="error">{settings.error.message}</Notice> : null}
        {settings.data && allowedIn('app.updateSettings', view) ? (
          <DeviceSettingsForm settings={settings.data} />
        ) : null}
        {settings.data && !allowedIn('app.updateSettings', view) ? (
          <p className="muted">
            These settings are changed from the full binder, so the costume view cannot loosen the lock.
          </p>
        ) : null}
      </section>

      {allowedIn('vault.changePassphrase', view) ? (
        <section className="card" aria-labelledby="passphrase-title">
          <h2 id="passphrase-title" className="card-title">
            Change passphrase
          </h2>
          <ChangePassphraseForm vaultName={vault.name} />
        </section>
      ) : null}

      {allowedIn('vault.backups', view) ? (
        <section className="card" aria-labelledby="backups-title">
          <h2 id="backups-title" className="card-title">
            Backups
          </h2>
          <BackupsSection vaultPath={vault.path} />
        </section>
      ) : null}
    </div>
  );
}
