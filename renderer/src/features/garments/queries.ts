import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { trashQueries } from '../trash/keys';
import { garmentQueries } from './keys';

/**
 * After any stock or need change every garment view refetches: figures are derived, never patched;
 * a deleted type or variant lands in Recently deleted.
 */
export const garmentsRefresh = (): RefreshSet => refreshSet(garmentQueries, trashQueries);

export { garmentQueries };
