import type { z } from 'zod';

/** The session views a command can be called from: the full binder, or the costume department's view. */
export type View = 'full' | 'costume';

/**
 * Who may call a command, declared on the command so the costume view is read off the table
 * rather than kept in a list elsewhere: every command is in the full binder, some also in costume.
 */
export type CommandViews = readonly ['full'] | readonly ['full', 'costume'];

/** One command: what goes in, what comes out, and who may call it. */
export interface CommandSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Commands that may run while no vault is unlocked. */
  whileLocked?: true;
  /** The views that may call it; `['full', 'costume']` only for what a costume department needs. */
  views: CommandViews;
  summary: string;
}

/** Declares a command with its schemas' types kept, so handlers and doors are typed from it. */
export function command<I extends z.ZodType, O extends z.ZodType>(spec: CommandSpec<I, O>): CommandSpec<I, O> {
  return spec;
}
