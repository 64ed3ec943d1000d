import type { HandlersFor } from './types';

export const appHandlers = {
  'app.status': (_input, { core }) => core.status(),
  'app.forgetRecent': ({ path }, { core }) => core.recent.forget(path),
} satisfies HandlersFor<'app.'>;
