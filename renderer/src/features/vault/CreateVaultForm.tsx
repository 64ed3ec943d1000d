import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FilePath } from '../../../../shared/kit/fields';
import { Passphrase } from '../../../../shared/vault/schema';
import { isCommandError, useCommandMutation } from '../../lib/commands';
import { baseName } from '../../lib/format';
import { applyServerIssues } from '../../lib/forms';
import { usePassphraseStrength } from '../../lib/passphrase';
import { BrowseButton } from '../../ui/BrowseButton';
import { FormActions } from '../../ui/FormActions';
import { FormTextField } from '../../ui/fields';
import { StrengthMeter } from './StrengthMeter';
import { useVaultOpened } from './use-vault-opened';

const CreateVaultForm = z
  .object({ path: FilePath, passphrase: Passphrase, confirm: z.string(), yourName: z.string() })
  .refine((v) => v.confirm === v.passphrase, { message: 'The two passphrases do not match', path: ['confirm'] });
type Values = z.input<typeof CreateVaultForm>;
const FIELDS = ['path', 'passphrase', 'yourName'] as const;

/** Words a user is tempted to build a passphrase from; zxcvbn marks them down. */
function contextOf(path: string): string[] {
  return ['closed set', 'closedset', baseName(path).replace(/\.closedset$/i, '')];
}

export function CreateVault({ suggestedPath }: { suggestedPath: string }) {
  const form = useForm<Values>({
    resolver: zodResolver(CreateVaultForm),
    defaultValues: { path: suggestedPath, passphrase: '', confirm: '', yourName: '' },
  });
  const opened = useVaultOpened();
  const create = useCommandMutation('vault.create', { onSuccess: opened });
  const [problem, setProblem] = useState<string | null>(null);
  const [path, passphrase, confirm] = form.watch(['path', 'passphrase', 'confirm']);
  const strength = usePassphraseStrength(passphrase, contextOf(path));
  const matches = passphrase.length > 0 && passphrase === confirm;
  const ready = Boolean(strength?.acceptable) && matches;

  const onSubmit = form.handleSubmit(async ({ path, passphrase, yourName }) => {
    setProblem(null);
    try {
      await create.mutateAsync({ path, passphrase, yourName });
    } catch (error) {
      if (!isCommandError(error)) throw error;
      if (error.code === 'VAULT_EXISTS') {
        form.setError('path', { type: 'server', message: error.message }, { shouldFocus: true });
      } else if (error.code === 'WEAK_PASSPHRASE') {
        form.setError('passphrase', { type: 'server', message: error.message }, { shouldFocus: true });
      } else {
        const unplaced = applyServerIssues(error, form.setError, FIELDS);
        if (unplaced.length > 0) setProblem(unplaced.join(' '));
      }
    }
  });

  return (
    <div className="create-vault-layout">
      <Form onSubmit={onSubmit} className="form create-vault" validationBehavior="aria">
        <div className="path-field">
          <FormTextField
            control={form.control}
            name="path"
            label="Vault file"
            description="Where the new vault is saved. An existing file is never overwritten."
            literal
          />
          <BrowseButton
            purpose="create-vault"
            suggested={form.getValues('path') || undefined}
            onChosen={(chosen) => form.setValue('path', chosen, { shouldValidate: true })}
          />
        </div>
        <FormTextField
          control={form.control}
          name="yourName"
          label="Your name"
          description="Recorded as the author of every change in the audit trail. You can change it in Settings."
          autoComplete="name"
        />
        <FormTextField
          control={form.control}
          name="passphrase"
          label="Passphrase"
          type="password"
          autoComplete="new-password"
          literal
        />
        <StrengthMeter strength={strength} empty={passphrase.length === 0} />
        <FormTextField
          control={form.control}
          name="confirm"
          label="Confirm passphrase"
          type="password"
          autoComplete="new-password"
          literal
          description={confirm.length > 0 && !matches ? 'The two passphrases do not match yet.' : undefined}
        />
        <FormActions
          problem={problem}
          submitLabel="Create vault"
          isPending={create.isPending}
          pendingLabel="Creating vault…"
          isDisabled={!ready}
        />
      </Form>
      <aside className="create-vault-notes" aria-label="About vaults">
        <div>
          <h2>One file, encrypted</h2>
          <p>A vault holds every production, rider and fitting note in one encrypted file on this computer.</p>
        </div>
        <div>
          <h2>There is no reset</h2>
          <p>
            Without its passphrase nobody can open the vault, not even Closed Set. Write it down and keep it away from
            this laptop.
          </p>
        </div>
        <div>
          <h2>Handing over a show</h2>
          <p>The vault file and its passphrase are all a colleague needs.</p>
        </div>
      </aside>
    </div>
  );
}
