import type { RefreshSet } from '../../lib/refresh';

/** Garment catalogue, needs and the stock ledger's derived views. */
export const garmentQueries = [
  'garment.typeList',
  'garment.variantList',
  'garment.performers',
  'garment.scenes',
  'garment.suggest',
  'garment.needList',
  'garment.fittingList',
  'stock.list',
  'stock.ledger',
  'stock.series',
  'stock.shootDays',
  'stock.pullList',
  'stock.outlook',
] as const satisfies RefreshSet;
