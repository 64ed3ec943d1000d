import type { CommandName, CommandOutput, ParsedInput } from '../../../shared/commands';
import type { AppStatus, VaultInfo } from '../../../shared/vault/schema';
import type { Settings, SettingsPatch } from '../../../shared/vault/settings';
import type { SessionMode } from '../../../shared/vault/views';
import type { Db } from '../vault/connection';
import type { CostumeGate } from '../vault/costume-gate';
import type { RecentVaults } from '../vault/recent';
import type { SettingsStore } from '../vault/settings';
import type { Vault } from '../vault/vault';
import type { CoreOptions } from './options';

/** Why a session locks; the renderer is told the same. */
export type LockReason = 'user' | 'idle' | 'system' | 'switch' | 'shutdown';

/** Runs a command of the table as a door would: what demos and composite handlers call. */
export interface CommandRunner {
  /** Validates `input` against the command's schema, so callers may pass what they built. */
  run<N extends CommandName>(name: N, input: unknown): Promise<CommandOutput<N>>;
}

/**
 * What a handler may ask of the core session. Handlers depend on this port, not on the Core class
 * that dispatches to them, so the table and the dispatcher never import each other.
 */
export interface CoreSession extends CommandRunner {
  readonly options: CoreOptions;
  readonly recent: RecentVaults;
  readonly settings: SettingsStore;
  readonly mode: SessionMode;
  readonly costumeGate: CostumeGate;
  db(): Db;
  vault(): Vault;
  status(): AppStatus;
  updateSettings(patch: SettingsPatch): Settings;
  setMode(mode: SessionMode): void;
  refreshAuditActor(): void;
  createVault(file: string, passphrase: string): VaultInfo;
  unlockVault(file: string, passphrase: string): VaultInfo;
  restoreVault(file: string, backup: string, passphrase: string): VaultInfo;
  lock(reason: LockReason): void;
}

export interface HandlerContext {
  core: CoreSession;
}

export type Handler<N extends CommandName> = (
  input: ParsedInput<N>,
  ctx: HandlerContext,
) => CommandOutput<N> | Promise<CommandOutput<N>>;

/** A domain's slice of the table: `satisfies HandlersFor<'production.'>` checks it is complete. */
export type HandlersFor<P extends string> = { [N in CommandName as N extends `${P}${string}` ? N : never]: Handler<N> };

export type Handlers = { [N in CommandName]: Handler<N> };
