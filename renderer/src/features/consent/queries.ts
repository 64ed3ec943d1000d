import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { auditQueries } from '../audit/queries';
import { choreographyQueries } from '../choreography/queries';
import { dashboardQueries } from '../dashboard/queries';
import { onsetQueries } from '../onset/queries';
import { readinessQueries } from '../readiness/queries';
import { sceneQueries } from '../scenes/queries';
import { trashQueries } from '../trash/queries';

/** Riders, rider templates and the consent status of scenes and productions. */
export const consentQueries = [
  'rider.list',
  'rider.get',
  'riderTemplate.list',
  'consent.scene',
  'consent.production',
] as const satisfies RefreshSet;

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
