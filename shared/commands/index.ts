import type { z } from 'zod';
import type { Result } from '../errors';
import { appCommands } from './app';
import { auditCommands } from './audit';
import { consentCommands } from './consent';
import { dashboardCommands } from './dashboard';
import { garmentCommands } from './garments';
import { handoffCommands } from './handoff';
import { onsetCommands } from './onset';
import { peopleCommands } from './people';
import { pillarCommands } from './pillars';
import { productionCommands } from './production';
import { sceneCommands } from './scenes';
import { searchCommands } from './search';
import { sessionCommands } from './session';
import type { CommandSpec } from './spec';
import { stockCommands } from './stock';
import { trashCommands } from './trash';
import { vaultCommands } from './vault';

export type { CommandSpec } from './spec';

/**
 * The command table: the single source of truth for every door (Electron IPC, the browser shell's
 * HTTP endpoint, the CLI). Names are `domain.verb`; each domain keeps its own table.
 */
export const commands = {
  ...appCommands,
  ...vaultCommands,
  ...productionCommands,
  ...peopleCommands,
  ...sceneCommands,
  ...pillarCommands,
  ...auditCommands,
  ...onsetCommands,
  ...searchCommands,
  ...dashboardCommands,
  ...trashCommands,
  ...consentCommands,
  ...garmentCommands,
  ...stockCommands,
  ...sessionCommands,
  ...handoffCommands,
} as const satisfies Record<string, CommandSpec>;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>;
export type ParsedInput<N extends CommandName> = z.output<Commands[N]['input']>;
export type CommandOutput<N extends CommandName> = z.output<Commands[N]['output']>;

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commands, name);
}

/** The API every door exposes to the renderer. */
export interface BinderApi {
  invoke<N extends CommandName>(name: N, input: CommandInput<N>): Promise<Result<CommandOutput<N>>>;
  on(event: AppEvent, listener: () => void): () => void;
}

/** Events pushed from the core to the renderer. */
export const APP_EVENTS = ['locked'] as const;
export type AppEvent = (typeof APP_EVENTS)[number];
