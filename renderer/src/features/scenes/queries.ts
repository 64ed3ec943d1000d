import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { choreographyQueries } from '../choreography/keys';
import { consentQueries } from '../consent/keys';
import { dashboardQueries } from '../dashboard/keys';
import { garmentQueries } from '../garments/keys';
import { onsetQueries } from '../onset/keys';
import { readinessQueries } from '../readiness/keys';
import { trashQueries } from '../trash/keys';
import { sceneQueries } from './keys';

/**
 * After a scene change (breakdown, performers, delete, import): readiness and the beats' flags are
 * derived from it, riders and consent list its scenes, garments and the shoot day follow its date
 * and cast, and a delete lands in Recently deleted.
 */
export const scenesRefresh = (): RefreshSet =>
  refreshSet(
    sceneQueries,
    readinessQueries,
    choreographyQueries,
    consentQueries,
    garmentQueries,
    dashboardQueries,
    onsetQueries,
    trashQueries,
  );

export { sceneQueries };
