import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { auditQueries } from '../audit/keys';
import { choreographyQueries } from '../choreography/keys';
import { dashboardQueries } from '../dashboard/keys';
import { onsetQueries } from '../onset/keys';
import { readinessQueries } from '../readiness/keys';
import { sceneQueries } from '../scenes/keys';
import { trashQueries } from '../trash/keys';
import { consentQueries } from './keys';

/**
 * After any rider change: everything that shows consent (riders, scene status, readiness, the beats'
 * consent flags, the audit trail, the dashboard and the on-set check-ins) is refetched, so a
 * withdrawal shows at once wherever the scene appears.
 */
export const consentRefresh = (): RefreshSet =>
  refreshSet(
    consentQueries,
    readinessQueries,
    sceneQueries,
    choreographyQueries,
    auditQueries,
    dashboardQueries,
    onsetQueries,
    trashQueries,
  );

export { consentQueries };
