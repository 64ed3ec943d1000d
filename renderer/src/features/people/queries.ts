import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { consentQueries } from '../consent/keys';
import { dashboardQueries } from '../dashboard/keys';
import { garmentQueries } from '../garments/keys';
import { onsetQueries } from '../onset/keys';
import { readinessQueries } from '../readiness/keys';
import { sceneQueries } from '../scenes/keys';
import { trashQueries } from '../trash/keys';
import { peopleQueries } from './keys';

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

export { peopleQueries };
