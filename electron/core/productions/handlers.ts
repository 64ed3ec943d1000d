import type { HandlersFor } from '../kit/handler';
import { seedDemo } from './demo';
import { archiveProduction, createProduction, getProduction, listProductions, updateProduction } from './productions';

export const productionHandlers = {
  'production.list': ({ includeArchived }, { core }) => listProductions(core.db(), includeArchived),
  'production.get': ({ id }, { core }) => getProduction(core.db(), id),
  'production.create': (input, { core }) => createProduction(core.db(), input),
  'production.update': ({ id, patch }, { core }) => updateProduction(core.db(), id, patch),
  'production.archive': ({ id, archived }, { core }) => archiveProduction(core.db(), id, archived),
  'production.demo': (_input, { core }) => seedDemo(core),
} satisfies HandlersFor<'production.'>;
