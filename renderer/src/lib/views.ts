import { commands } from '../../../shared/commands';

/** A command's name in the core's table. */
export type CommandName = keyof typeof commands;

/**
 * Whether the session's view may call a command, read from the core's own table (`views`), so a
 * screen never offers what the core will refuse in the costume view.
 */
export function allowedIn(name: CommandName, view: 'full' | 'costume'): boolean {
  return (commands[name].views as readonly string[]).includes(view);
}
