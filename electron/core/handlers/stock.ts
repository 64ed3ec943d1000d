import { exportCsv } from '../garments/csv-io';
import { listLedger, listStock, recordMovement, reverseMovements, stockSeries } from '../garments/ledger';
import { outlook, pullList, shootDays } from '../garments/pull';
import type { HandlersFor } from './types';

export const stockHandlers = {
  'stock.list': ({ productionId }, { core }) => listStock(core.db(), productionId),
  'stock.record': (input, { core }) => recordMovement(core.db(), input),
  'stock.reverse': ({ movementId, alongWith }, { core }) => reverseMovements(core.db(), [movementId, ...alongWith]),
  'stock.ledger': (input, { core }) => listLedger(core.db(), input),
  'stock.series': ({ productionId, variantId }, { core }) => stockSeries(core.db(), productionId, variantId),
  'stock.shootDays': ({ productionId }, { core }) => shootDays(core.db(), productionId),
  'stock.pullList': ({ productionId, date }, { core }) => pullList(core.db(), productionId, date),
  'stock.outlook': ({ productionId, days, from }, { core }) => outlook(core.db(), productionId, days, from),
  'stock.exportCsv': (input, { core }) => exportCsv(core.db(), input),
} satisfies HandlersFor<'stock.'>;
