import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { trashQueries } from '../trash/queries';

/** Garment catalogue, needs and the stock ledger's derived views. */
export const garmentQueries = [
  'garment.typeList',
  'garment.variantList',
  'garment.performers',
  'garment.scenes',
  'garment.suggest',
  'garment.needList',
  'stock.list',
  'stock.ledger',
  'stock.series',
  'stock.shootDays',
  'stock.pullList',
  'stock.outlook',
] as const satisfies RefreshSet;

/**
 * After any stock or need change every garment view refetches: figures are derived, never patched;
 * a deleted type or variant lands in Recently deleted.
 */
export const garmentsRefresh = (): RefreshSet => refreshSet(garmentQueries, trashQueries);
