import { type RefreshSet, refreshSet } from '../../lib/refresh';
import { choreographyRefresh } from '../choreography/queries';
import { closureRefresh } from '../closure/queries';
import { communicationRefresh } from '../communication/queries';
import { consentRefresh } from '../consent/queries';
import { garmentsRefresh } from '../garments/queries';
import { onsetRefresh } from '../onset/queries';
import { peopleRefresh } from '../people/queries';
import { productionsRefresh } from '../productions/queries';
import { scenesRefresh } from '../scenes/queries';
import { handoffQueries } from './keys';

/**
 * After an import: it writes a production and everything in it, so every production-scoped domain
 * refreshes (the vault's own views and the audit trail are left alone).
 */
export const handoffRefresh = (): RefreshSet =>
  refreshSet(
    productionsRefresh(),
    peopleRefresh(),
    scenesRefresh(),
    communicationRefresh(),
    choreographyRefresh(),
    closureRefresh(),
    consentRefresh(),
    onsetRefresh(),
    garmentsRefresh(),
  );

export { handoffQueries };
