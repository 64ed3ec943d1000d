import type { HandlersFor } from '../kit/handler';
import {
  costumePerformers,
  costumeScenes,
  createType,
  createVariant,
  duplicateVariant,
  listTypes,
  listVariants,
  setTypeDeleted,
  setVariantDeleted,
  suggestVariants,
  updateType,
  updateVariant,
} from './catalog';
import { listFittings, setFitting, setFittingDeleted, updateCostumePerformer } from './costume';
import { exportCsv, previewImport, runImport } from './csv-io';
import { deleteNeed, listNeeds, setNeed } from './needs';
import { outlook, pullList, shootDays } from './pull';
import { listLedger, listStock, recordMovement, reverseMovements, stockSeries } from './stock';

const catalogHandlers = {
  'garment.typeList': ({ includeDeleted }, { core }) => listTypes(core.db(), includeDeleted),
  'garment.typeCreate': (input, { core }) => createType(core.db(), input),
  'garment.typeUpdate': ({ id, patch }, { core }) => updateType(core.db(), id, patch),
  'garment.typeDelete': ({ id, deleted }, { core }) => setTypeDeleted(core.db(), id, deleted),
  'garment.variantList': ({ typeId, includeDeleted }, { core }) => listVariants(core.db(), typeId, includeDeleted),
  'garment.variantCreate': (input, { core }) => createVariant(core.db(), input),
  'garment.variantUpdate': ({ id, patch }, { core }) => updateVariant(core.db(), id, patch),
  'garment.variantDelete': ({ id, deleted }, { core }) => setVariantDeleted(core.db(), id, deleted),
  'garment.variantDuplicate': (input, { core }) => duplicateVariant(core.db(), input),
  'garment.performerUpdate': (input, { core }) => updateCostumePerformer(core.db(), input),
  'garment.fittingList': ({ productionId, from, includeDeleted }, { core }) =>
    listFittings(core.db(), productionId, from, includeDeleted),
  'garment.fittingSet': (input, { core }) => setFitting(core.db(), input),
  'garment.fittingDelete': ({ id, deleted }, { core }) => setFittingDeleted(core.db(), id, deleted),
  'garment.performers': ({ productionId }, { core }) => costumePerformers(core.db(), productionId),
  'garment.scenes': ({ productionId }, { core }) => costumeScenes(core.db(), productionId),
  'garment.suggest': ({ personId, typeId }, { core }) => suggestVariants(core.db(), personId, typeId),
  'garment.needList': ({ productionId, sceneId }, { core }) => listNeeds(core.db(), productionId, { sceneId }),
  'garment.needSet': (input, { core }) => setNeed(core.db(), input),
  'garment.needDelete': ({ id }, { core }) => deleteNeed(core.db(), id),
  'garment.importPreview': (input, { core }) => previewImport(core.db(), input),
  'garment.import': (input, { core }) => runImport(core.db(), input),
} satisfies HandlersFor<'garment.'>;

const stockHandlers = {
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

export const garmentHandlers = { ...catalogHandlers, ...stockHandlers };
