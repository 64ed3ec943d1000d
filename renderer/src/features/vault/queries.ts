import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { vaultQueries } from './keys';

/** After a vault or device change (backup, owner, settings, remember, recent list): the vault's own views. */
export const vaultRefresh = (): RefreshSet => refreshSet(vaultQueries);

export { vaultQueries };
