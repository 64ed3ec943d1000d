import {
  costumePerformers,
  costumeScenes,
  createType,
  createVariant,
  listTypes,
  listVariants,
  setTypeDeleted,
  setVariantDeleted,
  suggestVariants,
  updateType,
  updateVariant,
} from '../garments/catalog';
import { previewImport, runImport } from '../garments/csv-io';
import { deleteNeed, listNeeds, setNeed } from '../garments/needs';
import type { HandlersFor } from './types';

export const garmentHandlers = {
  'garment.typeList': ({ includeDeleted }, { core }) => listTypes(core.db(), includeDeleted),
  'garment.typeCreate': (input, { core }) => createType(core.db(), input),
  'garment.typeUpdate': ({ id, patch }, { core }) => updateType(core.db(), id, patch),
  'garment.typeDelete': ({ id, deleted }, { core }) => setTypeDeleted(core.db(), id, deleted),
  'garment.variantList': ({ typeId, includeDeleted }, { core }) => listVariants(core.db(), typeId, includeDeleted),
  'garment.variantCreate': (input, { core }) => createVariant(core.db(), input),
  'garment.variantUpdate': ({ id, patch }, { core }) => updateVariant(core.db(), id, patch),
  'garment.variantDelete': ({ id, deleted }, { core }) => setVariantDeleted(core.db(), id, deleted),
  'garment.performers': ({ productionId }, { core }) => costumePerformers(core.db(), productionId),
  'garment.scenes': ({ productionId }, { core }) => costumeScenes(core.db(), productionId),
  'garment.suggest': ({ personId, typeId }, { core }) => suggestVariants(core.db(), personId, typeId),
  'garment.needList': ({ productionId, sceneId }, { core }) => listNeeds(core.db(), productionId, { sceneId }),
  'garment.needSet': (input, { core }) => setNeed(core.db(), input),
  'garment.needDelete': ({ id }, { core }) => deleteNeed(core.db(), id),
  'garment.importPreview': (input, { core }) => previewImport(core.db(), input),
  'garment.import': (input, { core }) => runImport(core.db(), input),
} satisfies HandlersFor<'garment.'>;
