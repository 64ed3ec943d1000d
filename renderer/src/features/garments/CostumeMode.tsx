import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Form, Switch } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { isCommandError, run } from '../../lib/commands';
import { applyServerIssues } from '../../lib/forms';
import { ActionButton } from '../../ui/ActionButton';
import { AppDialog } from '../../ui/AppDialog';
import { FormTextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { useSessionMode } from './lib';

/**
 * The costume view switch. Turning it on is one click; turning it off asks for the vault's
 * passphrase, because the core then answers riders, boundaries and closure notes again.
 */
export function CostumeViewSwitch() {
  const mode = useSessionMode();
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const switched = async () => {
    // Everything cached was fetched under the other mode: start clean and refetch what is shown.
    await client.resetQueries();
  };
  return (
    <div className="sidebar-costume">
      <Switch
        className="switch"
        isSelected={mode === 'costume'}
        onChange={async (on) => {
          if (on) {
            await run('session.setMode', { mode: 'costume' });
            await switched();
          } else setAsking(true);
        }}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        Costume view
      </Switch>
      <AppDialog title="Leave the costume view" isOpen={asking} onOpenChange={setAsking}>
        <LeaveForm
          onDone={async () => {
            setAsking(false);
            await switched();
          }}
          onCancel={() => setAsking(false)}
        />
      </AppDialog>
    </div>
  );
}

function LeaveForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const [message, setMessage] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // After a wrong passphrase the core refuses the next try for a growing while: the button waits too.
  const [waiting, setWaiting] = useState(false);
  const { control, handleSubmit, setError } = useForm<{ passphrase: string }>({ defaultValues: { passphrase: '' } });
  return (
    <Form
      className="form"
      validationBehavior="aria"
      onSubmit={handleSubmit(async ({ passphrase }) => {
        setBusy(true);
        try {
          await run('session.setMode', { mode: 'full', passphrase });
          onDone();
        } catch (e) {
          setMessage(applyServerIssues(e as never, setError, ['passphrase']));
          const wait = isCommandError(e) ? Number(e.detail.retryAfterMs ?? 0) : 0;
          if (wait > 0) {
            setWaiting(true);
            setTimeout(() => setWaiting(false), wait);
          }
        } finally {
          setBusy(false);
        }
      })}
    >
      <p className="muted">
        The full binder shows riders, boundaries and closure notes. Type the vault passphrase to open it.
      </p>
      <FormTextField control={control} name="passphrase" label="Vault passphrase" type="password" literal autoFocus />
      {message.length > 0 ? <Notice tone="error">{message.join(' ')}</Notice> : null}
      <div className="form-actions">
        <ActionButton variant="quiet" onPress={onCancel}>
          Stay in costume view
        </ActionButton>
        <ActionButton variant="primary" type="submit" isPending={busy} isDisabled={waiting}>
          Open the full binder
        </ActionButton>
      </div>
    </Form>
  );
}

/** In the costume view: a banner, and a production's page opens on its garments. */
export function CostumeModeBanner() {
  const mode = useSessionMode();
  const [location, navigate] = useLocation();
  useEffect(() => {
    if (mode !== 'costume') return;
    if (/^\/($|catalog$|settings$|productions\/[^/]+\/garments(\/|$))/.test(location)) return;
    // Every other page belongs to the full binder: a production opens on its garments, the rest on home.
    const m = /^\/productions\/([^/]+)/.exec(location);
    navigate(m ? `/productions/${m[1]}/garments` : '/', { replace: true });
  }, [mode, location, navigate]);
  if (mode !== 'costume') return null;
  return (
    <p className="costume-banner" role="status">
      Costume view: garment needs, sizes, allergies, pull lists and stock only.
    </p>
  );
}
