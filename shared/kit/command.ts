import type { z } from 'zod';

/** One command: the shape of what goes in and what comes out. */
export interface CommandSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Commands that may run while no vault is unlocked. */
  whileLocked?: true;
  summary: string;
}

export function command<I extends z.ZodType, O extends z.ZodType>(spec: CommandSpec<I, O>): CommandSpec<I, O> {
  return spec;
}
