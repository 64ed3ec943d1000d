import type { HandlersFor } from './types';

export const appHandlers = {
  'app.status': (_input, { core }) => core.status(),
  'app.forgetRecent': ({ path }, { core }) => core.recent.forget(path),
  'app.settings': (_input, { core }) => core.settings.get(),
  'app.updateSettings': (patch, { core }) => core.updateSettings(patch),
} satisfies HandlersFor<'app.'>;
