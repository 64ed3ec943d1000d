import { getDashboard } from '../dashboard';
import type { HandlersFor } from './types';

export const dashboardHandlers = {
  'dashboard.get': ({ productionId, now }, { core }) =>
    getDashboard(core.db(), productionId, now === undefined ? new Date() : new Date(now)),
} satisfies HandlersFor<'dashboard.'>;
