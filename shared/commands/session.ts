import { z } from 'zod';
import { SESSION_MODES } from '../rules/costume';
import { Empty } from '../schemas/common';
import { Passphrase } from '../schemas/vault';
import { type CommandSpec, command } from './spec';

const Mode = z.object({ mode: z.enum(SESSION_MODES) });

export const sessionCommands = {
  'session.mode': command({
    input: Empty,
    output: Mode,
    whileLocked: true,
    summary: 'Whether this session is the full binder or the costume department view',
  }),
  'session.setMode': command({
    input: z.discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('costume') }),
      z.strictObject({ mode: z.literal('full'), passphrase: Passphrase }),
    ]),
    output: Mode,
    summary: "Switch to the costume view, or back to the full binder with the vault's passphrase",
  }),
} as const satisfies Record<string, CommandSpec>;
