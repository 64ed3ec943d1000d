import path from 'node:path';
import { AppError } from '../../../shared/kit/errors';
import { ownerName, setOwnerName } from '../audit/trail';
import type { CoreSession, HandlersFor } from '../kit/handler';
import { listBackups, OLD_PASSPHRASE_FOLDER, type OldPassphraseBackups } from './backup';
import { integrityCheck } from './connection';

const NO_KEYCHAIN = 'Remembering the passphrase needs the desktop app; type the passphrase instead.';

function keyringOf(core: CoreSession) {
  const keyring = core.options.platform?.keyring;
  if (!keyring) throw new AppError('UNSUPPORTED', NO_KEYCHAIN);
  return keyring;
}

/** Says how many backups still open with the old passphrase, and when they go. */
export function oldBackupsWarning(old: OldPassphraseBackups): string | null {
  if (old.count === 0 || !old.expiresAt) return null;
  const n = old.count === 1 ? '1 backup still opens' : `${old.count} backups still open`;
  return `${n} with the old passphrase (in the vault's backups folder, under ${OLD_PASSPHRASE_FOLDER}); they are deleted after ${old.expiresAt}. Set how long in the settings: 0 days deletes them at once.`;
}

const vaultFileHandlers = {
  'vault.create': ({ path: file, passphrase, yourName }, { core }) => {
    const info = core.createVault(path.resolve(file), passphrase);
    // The name asked for at creation is the author of every entry from the first on.
    if (yourName) {
      setOwnerName(core.db(), yourName);
      core.refreshAuditActor();
    }
    return info;
  },
  'vault.unlock': ({ path: file, passphrase }, { core }) => core.unlockVault(path.resolve(file), passphrase),
  'vault.lock': (_input, { core }) => {
    core.lock('user');
    return { locked: true as const };
  },
  'vault.changePassphrase': ({ current, next }, { core }) => {
    const days = core.settings.get().oldPassphraseBackupDays;
    const old = core.vault().changePassphrase(current, next, undefined, days);
    // A passphrase remembered on this device is now the old one: drop it rather than keep it around.
    core.options.platform?.keyring?.forget(core.vault().file);
    return { changed: true as const, oldPassphraseBackups: old, warning: oldBackupsWarning(old) };
  },
  'vault.backup': (_input, { core }) => core.vault().backup(),
  'vault.backupTo': ({ path: dest }, { core }) => core.vault().backupTo(path.resolve(dest)),
  'vault.verifyIntegrity': (_input, { core }) => {
    const problem = integrityCheck(core.db());
    return { ok: problem === null, problem };
  },
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

const appHandlers = {
  'app.status': (_input, { core }) => core.status(),
  'app.forgetRecent': ({ path }, { core }) => core.recent.forget(path),
  'app.choosePath': async ({ purpose, suggested }, { core }) => {
    const platform = core.options.platform;
    if (!platform) {
      throw new AppError('UNSUPPORTED', 'Choosing a file from a dialog needs the desktop app; type the path instead.');
    }
    return { path: await platform.choosePath(purpose, suggested) };
  },
  'app.settings': (_input, { core }) => core.settings.get(),
  'app.updateSettings': (patch, { core }) => core.updateSettings(patch),
} satisfies HandlersFor<'app.'>;

const sessionHandlers = {
  'session.status': (_input, { core }) => ({ mode: core.mode }),
  'session.setMode': async (input, { core }) => {
    // Leaving the costume view needs the vault's passphrase, checked with the unlock's own key
    // derivation and growing waits between wrong guesses: a costume workstation handed the laptop
    // in costume mode can neither open the consent records with one click nor guess quickly.
    if (input.mode === 'full' && core.mode !== 'full') await core.costumeGate.check(input.passphrase ?? '');
    if (input.mode === 'costume' && core.mode !== 'costume') await core.costumeGate.arm(core.vault().key.bytes);
    core.setMode(input.mode);
    return { mode: core.mode };
  },
} satisfies HandlersFor<'session.'>;

export const vaultHandlers = { ...appHandlers, ...vaultFileHandlers, ...sessionHandlers };
