import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { closureRefresh } from '../closure/queries';
import { communicationRefresh } from '../communication/queries';
import { consentRefresh } from '../consent/queries';
import { garmentsRefresh } from '../garments/queries';
import { onsetRefresh } from '../onset/queries';
import { peopleRefresh } from '../people/queries';
import { scenesRefresh } from '../scenes/queries';
import { trashQueries } from './keys';

/** After a restore: the list, and the domains of every kind it restores (see TRASH_KINDS). */
export const trashRefresh = (): RefreshSet =>
  refreshSet(
    trashQueries,
    scenesRefresh(),
    peopleRefresh(),
    onsetRefresh(),
    closureRefresh(),
    communicationRefresh(),
    consentRefresh(),
    garmentsRefresh(),
  );

export { trashQueries };
