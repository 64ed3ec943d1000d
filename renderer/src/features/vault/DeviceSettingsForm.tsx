import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { type Settings, SettingsPatch } from '../../../../shared/vault/settings';
import { isCommandError, useCommandMutation } from '../../lib/commands';
import { applyServerIssues } from '../../lib/forms';
import { useRefresh } from '../../lib/refresh';
import { useUnsavedGuard } from '../../lib/unsaved';
import { FormActions } from '../../ui/FormActions';
import { FormNumberField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { vaultRefresh } from './queries';

// The shared patch schema with every field required: an emptied field reads as "not a number" and
// gets the schema's own message, instead of silently meaning "leave unchanged".
const required = <T extends z.ZodType>(inner: T) => z.preprocess((v: number | undefined) => v ?? Number.NaN, inner);
const DeviceForm = z.object({
  idleLockMinutes: required(SettingsPatch.shape.idleLockMinutes.unwrap()),
  autoBackupHours: required(SettingsPatch.shape.autoBackupHours.unwrap()),
  clipboardClearSeconds: required(SettingsPatch.shape.clipboardClearSeconds.unwrap()),
  oldPassphraseBackupDays: required(SettingsPatch.shape.oldPassphraseBackupDays.unwrap()),
});
type Values = { [K in keyof Settings]: number | undefined };
const FIELDS = ['idleLockMinutes', 'autoBackupHours', 'clipboardClearSeconds', 'oldPassphraseBackupDays'] as const;

/** The device settings (kept on this computer, not in the vault): idle lock, backups, clipboard. */
export function DeviceSettingsForm({ settings }: { settings: Settings }) {
  const refresh = useRefresh(vaultRefresh);
  const form = useForm<Values, unknown, Settings>({
    resolver: zodResolver(DeviceForm),
    defaultValues: settings,
    // Number fields commit on blur; revalidating then would drop the messages and move the Save
    // button out from under the pointer between press and release, losing the click.
    reValidateMode: 'onSubmit',
  });
  useUnsavedGuard(form.formState.isDirty);
  const update = useCommandMutation('app.updateSettings');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    setSaved(false);
    try {
      const next = await update.mutateAsync(values);
      form.reset(next);
      setSaved(true);
      await refresh();
    } catch (error) {
      if (!isCommandError(error)) throw error;
      const unplaced = applyServerIssues(error, form.setError, FIELDS);
      if (unplaced.length > 0) setProblem(unplaced.join(' '));
    }
  });

  return (
    <Form onSubmit={onSubmit} className="form narrow" validationBehavior="aria">
      <p className="muted">These apply on this computer to every vault; they are not stored inside a vault.</p>
      <FormNumberField
        control={form.control}
        name="idleLockMinutes"
        label="Lock after (minutes without use)"
        description="Between 1 and 240 minutes. The vault also locks when the computer locks or sleeps."
      />
      <FormNumberField
        control={form.control}
        name="autoBackupHours"
        label="Automatic backup every (hours)"
        description="A verified, encrypted backup while the vault is open. 0 turns automatic backups off."
      />
      <FormNumberField
        control={form.control}
        name="oldPassphraseBackupDays"
        label="Keep backups under an old passphrase for (days)"
        description="After a passphrase change, older backups still open with the old passphrase. 0 deletes them at once."
      />
      <FormNumberField
        control={form.control}
        name="clipboardClearSeconds"
        label="Clear copied values after (seconds)"
        description="Sizes, phone numbers and paths you copy are wiped from the clipboard after this time."
      />
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {saved && !form.formState.isDirty ? (
        <Notice tone="success" title="Settings saved">
          They apply from now on.
        </Notice>
      ) : null}
      <FormActions submitLabel="Save settings" isPending={update.isPending} pendingLabel="Saving…" />
    </Form>
  );
}
