import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Passphrase } from '../../../../shared/vault/schema';
import { isCommandError, useCommandMutation } from '../../lib/commands';
import { applyServerIssues } from '../../lib/forms';
import { usePassphraseStrength } from '../../lib/passphrase';
import { FormActions } from '../../ui/FormActions';
import { FormTextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { StrengthMeter } from './StrengthMeter';

const ChangeForm = z
  .object({ current: Passphrase, next: Passphrase, confirm: z.string() })
  .refine((v) => v.current !== v.next, { message: 'The new passphrase is the same as the current one', path: ['next'] })
  .refine((v) => v.confirm === v.next, { message: 'The two passphrases do not match', path: ['confirm'] });
type Values = z.input<typeof ChangeForm>;
const FIELDS = ['current', 'next'] as const;
const EMPTY: Values = { current: '', next: '', confirm: '' };

export function ChangePassphraseForm({ vaultName }: { vaultName: string }) {
  const form = useForm<Values>({ resolver: zodResolver(ChangeForm), defaultValues: EMPTY });
  const change = useCommandMutation('vault.changePassphrase');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [warning, setWarning] = useState<string | null>(null);
  const [current, next, confirm] = form.watch(['current', 'next', 'confirm']);
  const strength = usePassphraseStrength(next, ['closed set', 'closedset', vaultName, current]);
  const ready = current.length > 0 && Boolean(strength?.acceptable) && next === confirm;

  const onSubmit = form.handleSubmit(async ({ current, next }) => {
    setProblem(null);
    setDone(false);
    try {
      const result = await change.mutateAsync({ current, next });
      setWarning(result.warning);
      form.reset(EMPTY);
      change.reset();
      setDone(true);
    } catch (error) {
      if (!isCommandError(error)) throw error;
      if (error.code === 'WRONG_PASSPHRASE') {
        form.setError('current', { type: 'server', message: error.message }, { shouldFocus: true });
      } else if (error.code === 'WEAK_PASSPHRASE') {
        form.setError('next', { type: 'server', message: error.message }, { shouldFocus: true });
      } else {
        const unplaced = applyServerIssues(error, form.setError, FIELDS);
        if (unplaced.length > 0) setProblem(unplaced.join(' '));
      }
    }
  });

  return (
    <Form onSubmit={onSubmit} className="form narrow" validationBehavior="aria">
      <FormTextField
        control={form.control}
        name="current"
        label="Current passphrase"
        type="password"
        autoComplete="current-password"
        literal
      />
      <FormTextField
        control={form.control}
        name="next"
        label="New passphrase"
        type="password"
        autoComplete="new-password"
        literal
      />
      <StrengthMeter strength={strength} empty={next.length === 0} />
      <FormTextField
        control={form.control}
        name="confirm"
        label="Confirm new passphrase"
        type="password"
        autoComplete="new-password"
        literal
      />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {done ? (
        <Notice tone="success" title="Passphrase changed">
          Use the new passphrase the next time you unlock this vault.
        </Notice>
      ) : null}
      {done && warning ? (
        <Notice tone="info" title="Old backups">
          {warning}
        </Notice>
      ) : null}
      <FormActions
        submitLabel="Change passphrase"
        isPending={change.isPending}
        pendingLabel="Re-encrypting…"
        isDisabled={!ready}
      />
    </Form>
  );
}
