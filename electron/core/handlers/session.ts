import { timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../shared/kit/errors';
import type { HandlersFor } from './types';

export const sessionHandlers = {
  'session.status': (_input, { core }) => ({ mode: core.mode }),
  'session.setMode': (input, { core }) => {
    // Leaving the costume view needs the vault's passphrase: a costume workstation handed the
    // laptop in costume mode cannot open the consent records with one click.
    if (input.mode === 'full' && core.mode !== 'full') {
      const typed = Buffer.from(input.passphrase ?? '', 'utf8');
      const key = core.vault().key.bytes;
      const same = typed.length === key.length && timingSafeEqual(typed, key);
      typed.fill(0);
      if (!same)
        throw new AppError('WRONG_PASSPHRASE', 'That is not the vault passphrase: the costume view stays on.', {
          issues: [{ path: 'passphrase', message: 'Wrong passphrase' }],
        });
    }
    core.setMode(input.mode);
    return { mode: core.mode };
  },
} satisfies HandlersFor<'session.'>;
