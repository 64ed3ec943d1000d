import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { consentQueries } from '../consent/queries';
import { dashboardQueries } from '../dashboard/queries';
import { garmentQueries } from '../garments/queries';
import { onsetQueries } from '../onset/queries';
import { readinessQueries } from '../readiness/queries';
import { sceneQueries } from '../scenes/queries';
import { trashQueries } from '../trash/queries';

/** People of the vault and the cast and crew of a production. */
export const peopleQueries = ['person.list', 'person.get', 'member.list'] as const satisfies RefreshSet;

/**
 * After a person or member change: names, minors and sizes show on scenes, riders, garment fittings,
 * readiness, the dashboard and the shoot day; a delete lands in Recently deleted.
 */
export const peopleRefresh = (): RefreshSet =>
  refreshSet(
    peopleQueries,
    sceneQueries,
    consentQueries,
    garmentQueries,
    readinessQueries,
    dashboardQueries,
    onsetQueries,
    trashQueries,
  );
