import { appHandlers } from './app';
import { productionHandlers } from './production';
import type { Handlers } from './types';
import { vaultHandlers } from './vault';

/** The command table's implementation. A command without a handler here fails to compile. */
export const handlers = {
  ...appHandlers,
  ...vaultHandlers,
  ...productionHandlers,
} satisfies Handlers;
