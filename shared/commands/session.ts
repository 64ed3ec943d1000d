import { z } from 'zod';
import { SESSION_MODES } from '../rules/costume';
import { Empty } from '../schemas/common';
import { Passphrase } from '../schemas/vault';
import { type CommandSpec, command } from './spec';

const Mode = z.object({ mode: z.enum(SESSION_MODES) });

export const sessionCommands = {
  'session.status': command({
    input: Empty,
    output: Mode,
    whileLocked: true,
    summary: 'Whether this session is the full binder or the costume department view',
  }),
  'session.setMode': command({
    input: z
      .strictObject({
        mode: z.enum(SESSION_MODES, { message: 'Choose full or costume' }),
        passphrase: Passphrase.optional(),
      })
      .refine((v) => v.mode !== 'full' || v.passphrase !== undefined, {
        path: ['passphrase'],
        message: "Leaving the costume view needs the vault's passphrase",
      }),
    output: Mode,
    summary: "Switch to the costume view, or back to the full binder with the vault's passphrase",
  }),
} as const satisfies Record<string, CommandSpec>;
