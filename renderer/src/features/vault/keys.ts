import type { RefreshSet } from '../../lib/refresh';

/** What the vault and device settings screens read: status, settings, backups, owner, remembered unlock. */
export const vaultQueries = [
  'app.status',
  'app.settings',
  'session.status',
  'vault.backups',
  'vault.owner',
  'vault.rememberStatus',
] as const satisfies RefreshSet;
