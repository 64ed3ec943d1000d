import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { type AppStatus, type RecentVault, UnlockVaultInput } from '../../../../shared/vault/schema';
import { type CommandError, isCommandError, useCommand, useCommandMutation } from '../../lib/commands';
import { applyServerIssues } from '../../lib/forms';
import { BrowseButton } from '../../ui/BrowseButton';
import { FormActions } from '../../ui/FormActions';
import { FormTextField } from '../../ui/fields';
import { DamagedVault } from './DamagedVault';
import { RecentVaults } from './RecentVaults';
import { RememberedUnlock } from './RememberedUnlock';
import { useVaultOpened } from './use-vault-opened';

type Values = z.input<typeof UnlockVaultInput>;
const FIELDS = ['path', 'passphrase'] as const;

export function OpenVaultForm({ recent, door }: { recent: RecentVault[]; door: AppStatus['door'] }) {
  const firstExisting = recent.find((r) => r.exists) ?? recent[0];
  const form = useForm<Values>({
    resolver: zodResolver(UnlockVaultInput),
    defaultValues: { path: firstExisting?.path ?? '', passphrase: '' },
  });
  const opened = useVaultOpened();
  const unlock = useCommandMutation('vault.unlock', { onSuccess: opened });
  const rememberAndUnlock = useCommandMutation('vault.remember', { onSuccess: opened });
  const [rememberIt, setRememberIt] = useState(false);
  const [damaged, setDamaged] = useState<{ error: CommandError; path: string; passphrase: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const path = form.watch('path');
  // Only the desktop app can seal a passphrase with the system's keychain; the default is to ask.
  const remembering = useCommand('vault.rememberStatus', { path }, { enabled: door === 'electron' && path !== '' });
  const canRemember = door === 'electron' && remembering.data?.supported === true;

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    setDamaged(null);
    try {
      if (canRemember && rememberIt) await rememberAndUnlock.mutateAsync(values);
      else await unlock.mutateAsync(values);
    } catch (error) {
      if (!isCommandError(error)) throw error;
      switch (error.code) {
        case 'WRONG_PASSPHRASE':
          form.setError('passphrase', { type: 'server', message: error.message }, { shouldFocus: true });
          break;
        case 'VAULT_NOT_FOUND':
        case 'NOT_ENCRYPTED':
        case 'VAULT_TOO_NEW':
          form.setError('path', { type: 'server', message: error.message }, { shouldFocus: true });
          break;
        case 'VAULT_DAMAGED':
          setDamaged({ error, path: values.path, passphrase: values.passphrase });
          break;
        default: {
          const unplaced = applyServerIssues(error, form.setError, FIELDS);
          if (unplaced.length > 0) setProblem(unplaced.join(' '));
        }
      }
    }
  });

  return (
    <div className="open-vault">
      <section className="open-vault-recent" aria-labelledby="recent-title">
        <h2 id="recent-title" className="section-title">
          Recent vaults
        </h2>
        <RecentVaults
          recent={recent}
          selectedPath={path}
          onChoose={(chosen) => {
            form.setValue('path', chosen);
            form.clearErrors();
            setDamaged(null);
          }}
        />
      </section>
      <section className="open-vault-form" aria-labelledby="open-title">
        <h2 id="open-title" className="section-title">
          Unlock
        </h2>
        <Form onSubmit={onSubmit} className="form" validationBehavior="aria">
          <div className="path-field">
            <FormTextField
              control={form.control}
              name="path"
              label="Vault file"
              description="The .closedset file, as a full path."
              literal
            />
            <BrowseButton
              purpose="open-vault"
              suggested={form.getValues('path') || undefined}
              onChosen={(chosen) => form.setValue('path', chosen, { shouldValidate: true })}
            />
          </div>
          {remembering.data?.remembered ? <RememberedUnlock path={path} /> : null}
          <FormTextField
            control={form.control}
            name="passphrase"
            label="Passphrase"
            type="password"
            autoComplete="current-password"
            autoFocus={Boolean(firstExisting)}
            literal
          />
          {canRemember ? (
            <Checkbox className="checkbox" isSelected={rememberIt} onChange={setRememberIt}>
              <span className="checkbox-box" aria-hidden="true" />
              Remember on this device
            </Checkbox>
          ) : null}
          {door === 'electron' && remembering.data && !remembering.data.supported ? (
            <p className="muted">{remembering.data.reason}</p>
          ) : null}
          <FormActions
            problem={problem}
            submitLabel="Unlock"
            isPending={unlock.isPending || rememberAndUnlock.isPending}
            pendingLabel="Unlocking…"
          />
        </Form>
        {damaged ? <DamagedVault path={damaged.path} passphrase={damaged.passphrase} error={damaged.error} /> : null}
      </section>
    </div>
  );
}
