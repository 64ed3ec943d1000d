import { useCommandMutation } from '../../lib/commands';
import { useRefresh } from '../../lib/refresh';
import { ActionButton } from '../../ui/ActionButton';
import { Notice } from '../../ui/Notice';
import { vaultRefresh } from './queries';
import { useVaultOpened } from './use-vault-opened';

/**
 * The desktop app only: a passphrase is kept for this vault in the system's keychain. Unlock with
 * it, or forget it. When it cannot be used (another keychain, changed elsewhere) the answer says so
 * and the passphrase field below is the way in; nothing happens to the vault.
 */
export function RememberedUnlock({ path }: { path: string }) {
  const opened = useVaultOpened();
  const refresh = useRefresh(vaultRefresh);
  const unlock = useCommandMutation('vault.unlockRemembered', { onSuccess: opened, onError: refresh });
  const forget = useCommandMutation('vault.forgetRemembered', { onSuccess: refresh });

  return (
    <div className="remembered">
      <p className="muted">The passphrase of this vault is remembered on this device.</p>
      <div className="form-actions form-actions-start">
        <ActionButton
          variant="primary"
          isPending={unlock.isPending}
          pendingLabel="Unlocking…"
          onPress={() => unlock.mutate({ path })}
        >
          Unlock with the remembered passphrase
        </ActionButton>
        <ActionButton variant="quiet" isPending={forget.isPending} onPress={() => forget.mutate({ path })}>
          Forget it on this device
        </ActionButton>
      </div>
      {unlock.error ? <Notice tone="error">{unlock.error.message}</Notice> : null}
    </div>
  );
}
