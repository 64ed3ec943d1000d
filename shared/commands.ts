import type { z } from 'zod';
import { auditCommands } from './audit/commands';
import { choreographyCommands } from './choreography/commands';
import { closureCommands } from './closure/commands';
import { communicationCommands } from './communication/commands';
import { consentCommands } from './consent/commands';
import { dashboardCommands } from './dashboard/commands';
import { garmentCommands } from './garments/commands';
import { handoffCommands } from './handoff/commands';
import type { CommandSpec } from './kit/command';
import type { Result } from './kit/errors';
import { onsetCommands } from './onset/commands';
import { peopleCommands } from './people/commands';
import { productionCommands } from './productions/commands';
import { readinessCommands } from './readiness/commands';
import { sceneCommands } from './scenes/commands';
import { searchCommands } from './search/commands';
import { trashCommands } from './trash/commands';
import { vaultCommands } from './vault/commands';

export type { CommandSpec } from './kit/command';

/**
 * The command table: the single source of truth for every door (Electron IPC, the browser shell's
 * HTTP endpoint, the CLI). Names are `domain.verb`; each domain keeps its own table.
 */
export const commands = {
  ...vaultCommands,
  ...productionCommands,
  ...peopleCommands,
  ...sceneCommands,
  ...communicationCommands,
  ...choreographyCommands,
  ...closureCommands,
  ...consentCommands,
  ...readinessCommands,
  ...onsetCommands,
  ...garmentCommands,
  ...dashboardCommands,
  ...searchCommands,
  ...auditCommands,
  ...trashCommands,
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
