import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { choreographyQueries } from '../choreography/queries';
import { consentQueries } from '../consent/queries';
import { dashboardQueries } from '../dashboard/queries';
import { garmentQueries } from '../garments/queries';
import { onsetQueries } from '../onset/queries';
import { readinessQueries } from '../readiness/queries';
import { trashQueries } from '../trash/queries';

/** The scene list of a production and one scene. */
export const sceneQueries = ['scene.list', 'scene.get'] as const satisfies RefreshSet;

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
