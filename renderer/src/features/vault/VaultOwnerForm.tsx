import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { VaultOwnerInput } from '../../../../shared/vault/schema';
import { isCommandError, useCommandMutation } from '../../lib/commands';
import { applyServerIssues } from '../../lib/forms';
import { useRefresh } from '../../lib/refresh';
import { useUnsavedGuard } from '../../lib/unsaved';
import { FormActions } from '../../ui/FormActions';
import { FormTextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { vaultRefresh } from './queries';

/** The name the audit trail records this vault's changes under; kept in the vault itself. */
export function VaultOwnerForm({ name }: { name: string }) {
  const refresh = useRefresh(vaultRefresh);
  const form = useForm({ resolver: zodResolver(VaultOwnerInput), defaultValues: { name } });
  useUnsavedGuard(form.formState.isDirty);
  const save = useCommandMutation('vault.setOwner');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    setSaved(false);
    try {
      const next = await save.mutateAsync(values);
      form.reset(next);
      setSaved(true);
      await refresh();
    } catch (error) {
      if (!isCommandError(error)) throw error;
      const unplaced = applyServerIssues(error, form.setError, ['name']);
      if (unplaced.length > 0) setProblem(unplaced.join(' '));
    }
  });

  return (
    <Form onSubmit={onSubmit} className="form narrow" validationBehavior="aria">
      <FormTextField
        control={form.control}
        name="name"
        label="Your name"
        description="Every change from now on is recorded under this name in the audit trail; in the costume view, marked as such."
      />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {saved && !form.formState.isDirty ? <Notice tone="success" title="Name saved" /> : null}
      <FormActions submitLabel="Save name" variant="secondary" isPending={save.isPending} pendingLabel="Saving…" />
    </Form>
  );
}
