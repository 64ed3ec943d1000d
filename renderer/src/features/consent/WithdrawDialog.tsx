import { useState } from 'react';
import { Form } from 'react-aria-components';
import type { RiderSummary } from '../../../../shared/consent/schema';
import { useCommandMutation } from '../../lib/commands';
import { useRefresh } from '../../lib/refresh';
import { AppDialog, type DialogState } from '../../ui/AppDialog';
import { FormActions } from '../../ui/FormActions';
import { Notice } from '../../ui/Notice';
import { consentRefresh } from './queries';
import { TextAreaField } from './TermsEditors';

/** Withdrawal takes effect the moment it is recorded; the scenes it covers lose readiness at once. */
export function WithdrawDialog({
  rider,
  isOpen,
  onOpenChange,
}: {
  rider: RiderSummary;
} & DialogState) {
  const [reason, setReason] = useState('');
  const withdraw = useCommandMutation('rider.withdraw');
  const refresh = useRefresh(consentRefresh);
  return (
    <AppDialog title="Record a withdrawal of consent" isOpen={isOpen} onOpenChange={onOpenChange}>
      <Form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await withdraw.mutateAsync({ id: rider.id, reason });
            await refresh();
            onOpenChange(false);
          } catch {
            // Shown below from the mutation's error.
          }
        }}
      >
        <p>
          {rider.personName} withdraws consent to version {rider.version}. It takes effect now: the scenes this rider
          covers ({rider.scenes.map((s) => s.number).join(', ') || 'none'}) are no longer ready. Footage already shot
          stays usable; a double may be used only within the original terms.
        </p>
        <TextAreaField label="Reason (optional)" value={reason} onChange={setReason} rows={3} />
        {withdraw.error ? <Notice tone="error">{withdraw.error.message}</Notice> : null}
        <FormActions
          onCancel={() => onOpenChange(false)}
          submitLabel="Record withdrawal"
          variant="danger"
          isPending={withdraw.isPending}
          pendingLabel="Recording…"
        />
      </Form>
    </AppDialog>
  );
}
