import { appHandlers } from './app';
import { auditHandlers } from './audit';
import { consentHandlers } from './consent';
import { dashboardHandlers } from './dashboard';
import { garmentHandlers } from './garments';
import { handoffHandlers } from './handoff';
import { onsetHandlers } from './onset';
import { memberHandlers, personHandlers } from './people';
import { pillarHandlers } from './pillars';
import { productionHandlers } from './production';
import { sceneHandlers } from './scenes';
import { searchHandlers } from './search';
import { sessionHandlers } from './session';
import { stockHandlers } from './stock';
import { trashHandlers } from './trash';
import type { Handlers } from './types';
import { vaultHandlers } from './vault';

/** The command table's implementation. A command without a handler here fails to compile. */
export const handlers = {
  ...appHandlers,
  ...vaultHandlers,
  ...productionHandlers,
  ...personHandlers,
  ...memberHandlers,
  ...sceneHandlers,
  ...pillarHandlers,
  ...auditHandlers,
  ...onsetHandlers,
  ...searchHandlers,
  ...dashboardHandlers,
  ...trashHandlers,
  ...consentHandlers,
  ...garmentHandlers,
  ...stockHandlers,
  ...sessionHandlers,
  ...handoffHandlers,
} satisfies Handlers;
