import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { BackupInfo } from '../../../../shared/vault/schema';
import { Passphrase } from '../../../../shared/vault/schema';
import { isCommandError, useCommandMutation } from '../../lib/commands';
import { baseName, formatInstant } from '../../lib/format';
import { applyServerIssues } from '../../lib/forms';
import { forgetVaultData } from '../../lib/session';
import { FormActions } from '../../ui/FormActions';
import { FormTextField } from '../../ui/fields';

const RestoreForm = z.object({ passphrase: Passphrase });
type Values = z.input<typeof RestoreForm>;

/**
 * Confirms a restore over the open vault. The core verifies the backup with the passphrase before
 * closing anything, moves the current file aside (never deletes it) and opens the restored copy;
 * the renderer then starts over from nothing, as after a lock, so no page shows the replaced data.
 */
export function RestoreBackupForm({
  vaultPath,
  backup,
  onCancel,
}: {
  vaultPath: string;
  backup: BackupInfo;
  onCancel: () => void;
}) {
  const form = useForm<Values>({ resolver: zodResolver(RestoreForm), defaultValues: { passphrase: '' } });
  const restore = useCommandMutation('vault.restore');
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async ({ passphrase }) => {
    setProblem(null);
    try {
      await restore.mutateAsync({ path: vaultPath, backup: backup.path, passphrase });
      form.reset({ passphrase: '' });
      forgetVaultData();
    } catch (error) {
      if (!isCommandError(error)) throw error;
      const unplaced = applyServerIssues(error, form.setError, ['passphrase'] as const);
      if (unplaced.length > 0) setProblem(unplaced.join(' '));
    }
  });

  return (
    <Form onSubmit={onSubmit} className="form" validationBehavior="aria">
      <p>
        The vault goes back to how it was on <strong>{formatInstant(backup.createdAt)}</strong>. Anything added or
        changed since then is not in this backup.
      </p>
      <p className="muted">
        The current vault is not deleted: it is kept aside beside it as{' '}
        <span className="path">{baseName(vaultPath)}.replaced-…</span>, and still opens with the passphrase in use now.
        After the restore, the vault opens with this backup's passphrase.
      </p>
      <FormTextField
        control={form.control}
        name="passphrase"
        label="Passphrase of this backup"
        description="The passphrase the vault had when the backup was made."
        type="password"
        autoComplete="current-password"
        autoFocus
        literal
      />
      <FormActions
        problem={problem}
        onCancel={onCancel}
        submitLabel="Restore this backup"
        variant="danger"
        isPending={restore.isPending}
        pendingLabel="Restoring…"
      />
    </Form>
  );
}
