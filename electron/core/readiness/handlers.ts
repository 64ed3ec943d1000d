import type { HandlersFor } from '../kit/handler';
import { readinessOf, sceneReadinessById } from './readiness';

export const readinessHandlers = {
  'readiness.scene': ({ sceneId }, { core }) => sceneReadinessById(core.db(), sceneId),
  'readiness.production': ({ productionId }, { core }) => readinessOf(core.db(), { productionId }),
} satisfies HandlersFor<'readiness.'>;
