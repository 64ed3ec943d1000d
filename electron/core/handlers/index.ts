import { appHandlers } from './app';
import { auditHandlers } from './audit';
import { consentHandlers } from './consent';
import { garmentHandlers } from './garments';
import { handoffHandlers } from './handoff';
import { memberHandlers, personHandlers } from './people';
import { pillarHandlers } from './pillars';
import { productionHandlers } from './production';
import { sceneHandlers } from './scenes';
import { sessionHandlers } from './session';
import { stockHandlers } from './stock';
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
  ...consentHandlers,
  ...garmentHandlers,
  ...stockHandlers,
  ...sessionHandlers,
  ...handoffHandlers,
} satisfies Handlers;
