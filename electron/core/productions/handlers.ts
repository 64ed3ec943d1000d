import type { HandlersFor } from '../kit/handler';
import { seedDemo } from './demo';
import { productionEdits } from './edits';
import { getProduction, listProductions } from './productions';

export const productionHandlers = {
  ...productionEdits,
  'production.list': ({ includeArchived }, { core }) => listProductions(core.db(), includeArchived),
  'production.get': ({ id }, { core }) => getProduction(core.db(), id),
  'production.demo': (_input, { core }) => seedDemo(core),
} satisfies HandlersFor<'production.'>;
