import { type RefreshSet, refreshSet } from '../../lib/refresh';

/** What the vault and device settings screens read: status, settings, backups, owner, remembered unlock. */
export const vaultQueries = [
  'app.status',
  'app.settings',
  'session.status',
  'vault.backups',
  'vault.owner',
  'vault.rememberStatus',
] as const satisfies RefreshSet;

/** After a vault or device change (backup, owner, settings, remember, recent list): the vault's own views. */
export const vaultRefresh = (): RefreshSet => refreshSet(vaultQueries);
