import { AppError } from '../../../shared/kit/errors';
import type { HandlersFor } from './types';

export const appHandlers = {
  'app.status': (_input, { core }) => core.status(),
  'app.forgetRecent': ({ path }, { core }) => core.recent.forget(path),
  'app.choosePath': async ({ purpose, suggested }, { core }) => {
    const platform = core.options.platform;
    if (!platform) {
      throw new AppError('UNSUPPORTED', 'Choosing a file from a dialog needs the desktop app; type the path instead.');
    }
    return { path: await platform.choosePath(purpose, suggested) };
  },
  'app.settings': (_input, { core }) => core.settings.get(),
  'app.updateSettings': (patch, { core }) => core.updateSettings(patch),
} satisfies HandlersFor<'app.'>;
