import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/vault/schema';
import { useCommand, useCommandMutation } from '../../lib/commands';
import { baseName, formatBytes, formatInstant } from '../../lib/format';
import { useRefresh } from '../../lib/refresh';
import { ActionButton } from '../../ui/ActionButton';
import { AppDialog } from '../../ui/AppDialog';
import { ACTIONS, DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { vaultRefresh } from './queries';
import { RestoreBackupForm } from './RestoreBackupForm';

export function BackupsSection({ vaultPath }: { vaultPath: string }) {
  const refresh = useRefresh(vaultRefresh);
  const backups = useCommand('vault.backups', { path: vaultPath });
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const backup = useCommandMutation('vault.backup', {
    onSuccess: refresh,
  });

  return (
    <div className="backups">
      <p className="muted">
        A backup is a verified, encrypted copy written beside the vault. It opens with the passphrase in use when it was
        made.
      </p>
      <div className="form-actions form-actions-start">
        <ActionButton
          variant="primary"
          isPending={backup.isPending}
          pendingLabel="Backing up…"
          onPress={() => backup.mutate({})}
        >
          Back up now
        </ActionButton>
      </div>
      {backup.data ? (
        <Notice tone="success" title="Backup written">
          <span className="path">{backup.data.path}</span> ({formatBytes(backup.data.bytes)})
        </Notice>
      ) : null}
      {backup.error ? (
        <Notice tone="error" title="No backup was written">
          {backup.error.message}
        </Notice>
      ) : null}

      <h3 className="subsection-title">Backups of this vault</h3>
      {backups.isPending ? <p className="muted">Loading…</p> : null}
      {backups.isError ? <Notice tone="error">{backups.error.message}</Notice> : null}
      {backups.data?.length === 0 ? <p className="muted">No backups yet.</p> : null}
      {backups.data && backups.data.length > 0 ? (
        <DataTable
          columns={['Made', 'File', { label: 'Size', className: 'numeric' }, ACTIONS]}
          rows={backups.data}
          rowKey={(b) => b.path}
        >
          {(b) => (
            <>
              <td>{formatInstant(b.createdAt)}</td>
              <td className="path" title={b.path}>
                {baseName(b.path)}
              </td>
              <td className="numeric">{formatBytes(b.bytes)}</td>
              <td className="numeric">
                <ActionButton
                  size="small"
                  variant="quiet"
                  aria-label={`Restore the backup of ${formatInstant(b.createdAt)}…`}
                  onPress={() => setRestoring(b)}
                >
                  Restore…
                </ActionButton>
              </td>
            </>
          )}
        </DataTable>
      ) : null}
      <AppDialog
        title="Restore this backup?"
        isOpen={restoring !== null}
        onOpenChange={(open) => !open && setRestoring(null)}
      >
        {restoring ? (
          <RestoreBackupForm vaultPath={vaultPath} backup={restoring} onCancel={() => setRestoring(null)} />
        ) : null}
      </AppDialog>
    </div>
  );
}
