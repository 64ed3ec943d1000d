import type { HandlersFor } from '../kit/handler';
import { getDashboard } from './dashboard';

export const dashboardHandlers = {
  'dashboard.get': ({ productionId, now }, { core }) =>
    getDashboard(core.db(), productionId, now === undefined ? new Date() : new Date(now)),
} satisfies HandlersFor<'dashboard.'>;
