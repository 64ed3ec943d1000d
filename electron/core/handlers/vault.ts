import path from 'node:path';
import { listBackups } from '../vault/backup';
import type { HandlersFor } from './types';

export const vaultHandlers = {
  'vault.create': ({ path: file, passphrase }, { core }) => core.createVault(path.resolve(file), passphrase),
  'vault.unlock': ({ path: file, passphrase }, { core }) => core.unlockVault(path.resolve(file), passphrase),
  'vault.lock': (_input, { core }) => {
    core.lock('user');
    return { locked: true as const };
  },
  'vault.changePassphrase': ({ current, next }, { core }) => {
    core.vault().changePassphrase(current, next);
    return { changed: true as const };
  },
  'vault.backup': (_input, { core }) => core.vault().backup(),
  'vault.backups': ({ path: file }) => listBackups(path.resolve(file)),
  'vault.restore': ({ path: file, backup, passphrase }, { core }) =>
    core.restoreVault(path.resolve(file), path.resolve(backup), passphrase),
} satisfies HandlersFor<'vault.'>;
