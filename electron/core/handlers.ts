import { auditHandlers } from './audit/handlers';
import { choreographyHandlers } from './choreography/handlers';
import { closureHandlers } from './closure/handlers';
import { communicationHandlers } from './communication/handlers';
import { consentHandlers } from './consent/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { garmentHandlers } from './garments/handlers';
import { handoffHandlers } from './handoff/handlers';
import type { Handlers } from './kit/handler';
import { onsetHandlers } from './onset/handlers';
import { peopleHandlers } from './people/handlers';
import { productionHandlers } from './productions/handlers';
import { readinessHandlers } from './readiness/handlers';
import { sceneHandlers } from './scenes/handlers';
import { searchHandlers } from './search/handlers';
import { trashHandlers } from './trash/handlers';
import { vaultHandlers } from './vault/handlers';

/** The command table's implementation, one slice per domain. A command without a handler here fails to compile. */
export const handlers = {
  ...vaultHandlers,
  ...productionHandlers,
  ...peopleHandlers,
  ...sceneHandlers,
  ...communicationHandlers,
  ...choreographyHandlers,
  ...closureHandlers,
  ...consentHandlers,
  ...readinessHandlers,
  ...onsetHandlers,
  ...garmentHandlers,
  ...dashboardHandlers,
  ...searchHandlers,
  ...auditHandlers,
  ...trashHandlers,
  ...handoffHandlers,
} satisfies Handlers;
