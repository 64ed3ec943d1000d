import { getDashboard } from '../dashboard/index';
import type { HandlersFor } from './types';

export const dashboardHandlers = {
  'dashboard.get': ({ productionId, now }, { core }) =>
    getDashboard(core.db(), productionId, now === undefined ? new Date() : new Date(now)),
} satisfies HandlersFor<'dashboard.'>;
