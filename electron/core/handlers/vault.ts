import path from 'node:path';
import { AppError } from '../../../shared/kit/errors';
import { ownerName, setOwnerName } from '../audit';
import type { Core } from '../core';
import { listBackups } from '../vault/backup';
import type { HandlersFor } from './types';

const NO_KEYCHAIN = 'Remembering the passphrase needs the desktop app; type the passphrase instead.';

function keyringOf(core: Core) {
  const keyring = core.options.platform?.keyring;
  if (!keyring) throw new AppError('UNSUPPORTED', NO_KEYCHAIN);
  return keyring;
}

export const vaultHandlers = {
  'vault.create': ({ path: file, passphrase }, { core }) => core.createVault(path.resolve(file), passphrase),
  'vault.unlock': ({ path: file, passphrase }, { core }) => core.unlockVault(path.resolve(file), passphrase),
  'vault.lock': (_input, { core }) => {
    core.lock('user');
    return { locked: true as const };
  },
  'vault.changePassphrase': ({ current, next }, { core }) => {
    core.vault().changePassphrase(current, next);
    // A passphrase remembered on this device is now the old one: drop it rather than keep it around.
    core.options.platform?.keyring?.forget(core.vault().file);
    return { changed: true as const };
  },
  'vault.backup': (_input, { core }) => core.vault().backup(),
  'vault.backups': ({ path: file }) => listBackups(path.resolve(file)),
  'vault.rememberStatus': ({ path: file }, { core }) => {
    const keyring = core.options.platform?.keyring;
    if (!keyring) return { supported: false, reason: NO_KEYCHAIN, remembered: false };
    const support = keyring.support();
    return {
      supported: support.supported,
      reason: support.reason ?? null,
      remembered: keyring.has(path.resolve(file)),
    };
  },
  'vault.remember': ({ path: given, passphrase }, { core }) => {
    const keyring = keyringOf(core);
    const support = keyring.support();
    if (!support.supported) throw new AppError('UNSUPPORTED', support.reason ?? NO_KEYCHAIN);
    const file = path.resolve(given);
    // Unlocking first proves the passphrase; only a passphrase that opens the vault is kept.
    const info = core.unlockVault(file, passphrase);
    try {
      keyring.remember(file, passphrase);
    } catch (err) {
      // All or nothing: the form said "unlock and remember", so neither happens.
      core.lock('user');
      throw err;
    }
    return info;
  },
  'vault.unlockRemembered': ({ path: given }, { core }) => {
    const keyring = keyringOf(core);
    const file = path.resolve(given);
    const passphrase = keyring.recall(file);
    try {
      return core.unlockVault(file, passphrase);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'WRONG_PASSPHRASE') throw err;
      // Changed elsewhere (another computer, the CLI): the kept one is useless, the vault untouched.
      keyring.forget(file);
      throw new AppError(
        'PASSPHRASE_NEEDED',
        'The passphrase remembered on this device no longer opens this vault; type the current one.',
        { detail: { reason: 'stale' } },
      );
    }
  },
  'vault.forgetRemembered': ({ path: file }, { core }) => ({ forgotten: keyringOf(core).forget(path.resolve(file)) }),
  'vault.restore': ({ path: file, backup, passphrase }, { core }) =>
    core.restoreVault(path.resolve(file), path.resolve(backup), passphrase),
  'vault.owner': (_input, { core }) => ({ name: ownerName(core.db()) }),
  'vault.setOwner': ({ name }, { core }) => {
    setOwnerName(core.db(), name);
    core.refreshAuditActor();
    return { name };
  },
} satisfies HandlersFor<'vault.'>;
