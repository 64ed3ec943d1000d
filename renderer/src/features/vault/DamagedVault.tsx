import { z } from 'zod';
import { BackupInfo } from '../../../../shared/vault/schema';
import { type CommandError, useCommandMutation } from '../../lib/commands';
import { baseName, formatBytes, formatInstant } from '../../lib/format';
import { ActionButton } from '../../ui/ActionButton';
import { Notice } from '../../ui/Notice';
import { useVaultOpened } from './use-vault-opened';

const Backups = z.array(BackupInfo);

/** The backups a VAULT_DAMAGED error offers, read defensively: `detail` is free-form. */
export function backupsOf(error: CommandError): BackupInfo[] {
  const parsed = Backups.safeParse(error.detail.backups);
  return parsed.success ? parsed.data : [];
}

/** "This vault is damaged": what happened and the verified backups it can be restored from. */
export function DamagedVault({ path, passphrase, error }: { path: string; passphrase: string; error: CommandError }) {
  const opened = useVaultOpened();
  const restore = useCommandMutation('vault.restore', { onSuccess: opened });
  const backups = backupsOf(error);

  return (
    <section className="damaged" aria-labelledby="damaged-title">
      <Notice tone="error">
        <h3 id="damaged-title" className="notice-title">
          This vault is damaged
        </h3>
        <p>{error.message}</p>
        <p>
          Closed Set has not changed the file.
          {backups.length > 0
            ? ' Restoring puts a backup in its place; anything added after that backup was made is not in it.'
            : ''}
        </p>
      </Notice>
      {backups.length === 0 ? (
        <p className="muted">
          No backups of {baseName(path)} were found beside it. Keep the file as it is and ask for help before deleting
          anything.
        </p>
      ) : (
        <ul className="backup-list" aria-label="Backups of this vault">
          {backups.map((backup) => (
            <li key={backup.path} className="backup-item">
              <div title={backup.path}>
                <span className="backup-date">Backup of {formatInstant(backup.createdAt)}</span>
                <span className="backup-meta">{formatBytes(backup.bytes)}</span>
              </div>
              <ActionButton
                variant="primary"
                pendingLabel="Restoring…"
                isPending={restore.isPending && restore.variables?.backup === backup.path}
                isDisabled={restore.isPending || passphrase.length === 0}
                onPress={() => restore.mutate({ path, backup: backup.path, passphrase })}
              >
                Restore this backup
              </ActionButton>
            </li>
          ))}
        </ul>
      )}
      {restore.error ? (
        <Notice tone="error" title="The backup was not restored">
          {restore.error.message}
        </Notice>
      ) : null}
    </section>
  );
}
