import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ZodError } from 'zod';
import { type AppEvent, type CommandName, type CommandOutput, commands, isCommandName } from '../../shared/commands';
import { AppError, type ErrorBody, type FieldIssue, type Result } from '../../shared/kit/errors';
import type { AppStatus, IntegrityStatus, VaultInfo } from '../../shared/vault/schema';
import type { Settings, SettingsPatch } from '../../shared/vault/settings';
import { allowedInMode, type SessionMode } from '../../shared/vault/views';
import { ownerName, setAuditActor } from './audit/trail';
import { handlers } from './handlers';
import type { CoreSession, Handler, LockReason } from './kit/handler';
import type { CoreOptions } from './kit/options';
import { ensureSearchIndex } from './search/search';
import { checkBackupKey, expireOldPassphraseBackups, listBackups, restoreBackup } from './vault/backup';
import { type Db, KeyMaterial, quickCheckInSteps } from './vault/connection';
import { CostumeGate } from './vault/costume-gate';
import { RecentVaults } from './vault/recent';
import { SettingsStore } from './vault/settings';
import { VAULT_EXTENSION, Vault } from './vault/vault';

export { type ChoosePurpose, type CoreOptions, type Door, defaultHome, type Platform } from './kit/options';

export function zodIssues(error: ZodError): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({ path: base ? `${base}.${key}` : key, message: `Unknown field "${key}"` });
    } else {
      out.push({ path: base, message: issue.message });
    }
  }
  return out;
}

function validationError(error: ZodError): AppError {
  const issues = zodIssues(error);
  const summary = issues
    .slice(0, 3)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join('; ');
  return new AppError(
    'VALIDATION',
    `Invalid input: ${summary}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`,
    {
      issues,
    },
  );
}

/** Turns anything thrown into the envelope's error body, in words a user can act on. */
export function toErrorBody(err: unknown, log?: (m: string) => void): ErrorBody {
  if (err instanceof AppError) return err.toBody();
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    if (code === 'SQLITE_FULL')
      return { code: 'IO', message: 'The disk is full: nothing was saved. Free some space and try again.' };
    if (code.startsWith('SQLITE_READONLY'))
      return { code: 'IO', message: 'The vault is read-only here: nothing was saved. Check the folder permissions.' };
    if (code.startsWith('SQLITE_BUSY'))
      return { code: 'IO', message: 'The vault is busy in another window; try again.' };
    if (code.startsWith('SQLITE_IOERR'))
      return { code: 'IO', message: 'The disk reported an error: nothing was saved.' };
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
      return { code: 'VAULT_DAMAGED', message: 'The vault is damaged. Lock it and restore a backup.' };
  }
  log?.(`unexpected error: ${(err as Error)?.stack ?? String(err)}`);
  return {
    code: 'INTERNAL',
    message: `Something went wrong inside Closed Set: ${(err as Error)?.message ?? String(err)}`,
  };
}

/** The Node core: one vault session and the command table. Every door calls `handle`. */
export class Core implements CoreSession {
  readonly options: CoreOptions;
  readonly recent: RecentVaults;
  readonly settings: SettingsStore;
  #vault: Vault | null = null;
  #backupTimer: NodeJS.Timeout | null = null;
  #listeners = new Map<AppEvent, Set<() => void>>();
  #idleTimer: NodeJS.Timeout | null = null;
  #mode: SessionMode = 'full';
  /** The check that guards leaving the costume view. */
  readonly costumeGate: CostumeGate;
  /** The after-unlock work (integrity check, then the day's backup) waits for this idle timer. */
  #workTimer: NodeJS.Timeout | null = null;
  #workDue = false;
  #working: Promise<void> | null = null;
  #integrity: IntegrityStatus = { state: 'not-checked', problem: null, checkedAt: null };
  /** Vaults whose background check failed in this session: their next unlock runs the full check. */
  #damaged = new Map<string, string>();

  constructor(options: CoreOptions) {
    this.options = options;
    mkdirSync(options.home, { recursive: true, mode: 0o700 });
    this.recent = new RecentVaults(options.home);
    this.settings = new SettingsStore(options.home);
    this.costumeGate = new CostumeGate(options.now);
  }

  /** Minutes of inactivity before the vault locks; 0 means never (the CLI's short-lived runs). */
  idleLockMinutes(): number {
    return this.options.idleLockMinutes ?? this.settings.get().idleLockMinutes;
  }

  updateSettings(patch: SettingsPatch): Settings {
    const next = this.settings.update(patch);
    this.touch();
    this.#scheduleBackups();
    return next;
  }

  /**
   * Takes an automatic backup when the newest one is older than the interval, then checks again
   * every interval while unlocked. A failed automatic backup never blocks work: it is logged and
   * retried on the next tick.
   */
  #scheduleBackups(firstNow = true): void {
    if (this.#backupTimer) clearInterval(this.#backupTimer);
    this.#backupTimer = null;
    const hours = this.settings.get().autoBackupHours;
    if (!this.#vault || !this.options.autoBackup || hours <= 0) return;
    const check = () => {
      const vault = this.#vault;
      if (!vault) return;
      const newest = listBackups(vault.file)[0];
      const age = newest ? Date.now() - Date.parse(newest.createdAt) : Number.POSITIVE_INFINITY;
      if (age < hours * 3_600_000) return;
      try {
        vault.backup('auto');
      } catch (err) {
        this.options.log?.(`automatic backup failed: ${(err as Error).message}`);
      }
    };
    // With background checks, the first check is part of the after-unlock work (never delaying unlock).
    if (firstNow) check();
    // Checked hourly rather than every `hours`, so a laptop that slept past the interval catches up.
    this.#backupTimer = setInterval(check, Math.min(hours, 1) * 3_600_000);
    this.#backupTimer.unref();
  }

  /**
   * Resolves once the after-unlock work (integrity check, the day's backup) is over: started at
   * once if it was still waiting for the session to go idle.
   */
  async settled(): Promise<void> {
    if (this.#workDue && !this.#working) this.#startWork();
    await this.#working;
  }

  /** The integrity of the open vault as last checked: what the window may show. */
  get integrity(): IntegrityStatus {
    return this.#integrity;
  }

  #scheduleWork(): void {
    if (this.#workTimer) clearTimeout(this.#workTimer);
    this.#workTimer = null;
    if (!this.#workDue || this.#working || !this.#vault) return;
    this.#workTimer = setTimeout(() => this.#startWork(), this.options.idleWorkMs ?? 2000);
    this.#workTimer.unref();
  }

  #startWork(): void {
    if (this.#workTimer) clearTimeout(this.#workTimer);
    this.#workTimer = null;
    const vault = this.#vault;
    if (!vault || !this.#workDue) return;
    this.#workDue = false;
    this.#working = this.#afterUnlock(vault).finally(() => {
      this.#working = null;
    });
  }

  /** The integrity check in steps, then the day's backup when one is due; stops if the vault closes. */
  async #afterUnlock(vault: Vault): Promise<void> {
    const gone = () => this.#vault !== vault || !vault.isOpen;
    this.#integrity = { state: 'checking', problem: null, checkedAt: null };
    const problem = await quickCheckInSteps(vault.db, gone);
    if (gone()) return;
    const checkedAt = new Date().toISOString();
    if (problem) {
      this.#damaged.set(vault.file, problem);
      this.options.log?.(`the vault failed its integrity check and was locked: ${problem}`);
      // Like an unlock that finds damage: the vault closes, and unlocking it again says so and
      // offers the backups (the full check runs then, before it opens).
      this.lock('system');
      this.#integrity = { state: 'damaged', problem, checkedAt };
      return;
    }
    this.#integrity = { state: 'ok', problem: null, checkedAt };
    this.#damaged.delete(vault.file);
    this.#scheduleBackups(true);
  }

  async handle(name: unknown, input: unknown): Promise<Result<unknown>> {
    try {
      if (!isCommandName(name)) {
        throw new AppError('UNKNOWN_COMMAND', `Unknown command: ${String(name).slice(0, 80)}`);
      }
      const value = await this.run(name, input);
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toErrorBody(err, this.options.log) };
    }
  }

  /** Runs a command and throws its AppError; for callers inside the Node world (CLI, tests). */
  async run<N extends CommandName>(name: N, input: unknown): Promise<CommandOutput<N>> {
    const spec = commands[name];
    // The message is for people (no internal command name); scripts read the command from `detail`.
    if (!allowedInMode(this.#mode, spec))
      throw new AppError(
        'RULE_VIOLATION',
        'The costume view shows garment work only. To open this, switch to the full binder with the vault passphrase.',
        { detail: { mode: this.#mode, command: name } },
      );
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    if (!('whileLocked' in spec) && !this.#vault) throw new AppError('LOCKED', 'The vault is locked. Unlock it first.');
    this.touch();
    const handler = handlers[name] as unknown as Handler<N>;
    const value = await handler(parsed.data as never, { core: this });
    const out = spec.output.safeParse(value);
    if (!out.success) throw new Error(`Command ${name} produced an invalid result: ${out.error.message}`);
    return out.data as CommandOutput<N>;
  }

  /** The session's view: `costume` answers only the costume department's commands (shared/vault/views.ts). */
  get mode(): SessionMode {
    return this.#mode;
  }

  setMode(mode: SessionMode): void {
    this.#mode = mode;
    this.refreshAuditActor();
  }

  /** The audit trail's "by": the vault keeper's name, marked when the session is in the costume view. */
  refreshAuditActor(): void {
    if (!this.#vault) return;
    const db = this.#vault.db;
    const name = ownerName(db);
    setAuditActor(db, this.#mode === 'costume' ? `${name || 'Costume department'} (costume view)` : name);
  }

  on(event: AppEvent, listener: () => void): () => void {
    let set = this.#listeners.get(event);
    if (!set) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  #emit(event: AppEvent): void {
    for (const fn of this.#listeners.get(event) ?? []) fn();
  }

  vault(): Vault {
    if (!this.#vault) throw new AppError('LOCKED', 'The vault is locked. Unlock it first.');
    return this.#vault;
  }

  db(): Db {
    return this.vault().db;
  }

  get isUnlocked(): boolean {
    return this.#vault !== null;
  }

  suggestedVaultPath(): string {
    const docs = this.options.documentsDir ?? path.join(os.homedir(), 'Documents');
    const dir = existsSync(docs) ? path.join(docs, 'Closed Set') : path.join(os.homedir(), 'Closed Set');
    let candidate = path.join(dir, `binder${VAULT_EXTENSION}`);
    for (let i = 2; existsSync(candidate); i++) candidate = path.join(dir, `binder-${i}${VAULT_EXTENSION}`);
    return candidate;
  }

  status(): AppStatus {
    return {
      door: this.options.door,
      vault: this.#vault ? { ...this.#vault.info(), integrity: this.#integrity } : null,
      recent: this.recent.list(),
      suggestedVaultPath: this.suggestedVaultPath(),
      idleLockMinutes: this.idleLockMinutes(),
    };
  }

  #opened(vault: Vault): VaultInfo {
    this.lock('switch');
    this.#vault = vault;
    ensureSearchIndex(vault.db);
    this.refreshAuditActor();
    // Still in the costume view after a lock: the way out checks this vault's passphrase.
    if (this.#mode === 'costume') this.costumeGate.arm(vault.key.bytes).catch(() => {});
    if (this.options.rememberRecent !== false) this.recent.touch(vault.file);
    try {
      expireOldPassphraseBackups(vault.file, this.settings.get().oldPassphraseBackupDays);
    } catch (err) {
      this.options.log?.(`could not delete expired backups under an old passphrase: ${(err as Error).message}`);
    }
    if (this.options.backgroundChecks) {
      this.#integrity = { state: 'pending', problem: null, checkedAt: null };
      this.#workDue = true;
      this.#scheduleBackups(false);
    } else {
      this.#integrity = { state: 'ok', problem: null, checkedAt: new Date().toISOString() };
      this.#scheduleBackups();
    }
    this.touch();
    return { ...vault.info(), integrity: this.#integrity };
  }

  createVault(file: string, passphrase: string): VaultInfo {
    if (!existsSync(path.dirname(file))) {
      try {
        mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      } catch {
        throw new AppError('IO', `The folder ${path.dirname(file)} does not exist and could not be created.`, {
          issues: [{ path: 'path', message: 'Folder not found' }],
        });
      }
    }
    const info = this.#opened(Vault.create(file, passphrase));
    // A vault just written has nothing to check yet.
    this.#workDue = false;
    this.#integrity = { state: 'ok', problem: null, checkedAt: new Date().toISOString() };
    return { ...info, integrity: this.#integrity };
  }

  unlockVault(file: string, passphrase: string): VaultInfo {
    if (this.#vault?.file === file) this.lock('switch');
    // A vault that failed its background check in this session gets the full check before it opens.
    const check = !this.options.backgroundChecks || this.#damaged.has(file);
    const vault = Vault.unlock(file, passphrase, undefined, { check });
    this.#damaged.delete(file);
    return this.#opened(vault);
  }

  restoreVault(file: string, backup: string, passphrase: string): VaultInfo {
    const key = new KeyMaterial(passphrase);
    try {
      // Checked before anything is closed: a wrong passphrase leaves the open vault open and working.
      if (existsSync(backup)) checkBackupKey(backup, key);
      const wasOpen = this.#vault?.file === file;
      if (wasOpen) this.lock('switch');
      try {
        restoreBackup(file, backup, key);
      } catch (err) {
        // The session closed for the restore and stays closed: the windows must hear of it.
        if (wasOpen) this.#emit('locked');
        throw err;
      }
    } finally {
      key.wipe();
    }
    return this.unlockVault(file, passphrase);
  }

  /** Closes the vault and drops the key; tells every listener so the UI clears its state. */
  lock(reason: LockReason): void {
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
    if (this.#backupTimer) clearInterval(this.#backupTimer);
    this.#backupTimer = null;
    if (this.#workTimer) clearTimeout(this.#workTimer);
    this.#workTimer = null;
    this.#workDue = false;
    if (!this.#vault) return;
    this.#integrity = { state: 'not-checked', problem: null, checkedAt: null };
    this.#vault.close();
    this.#vault = null;
    if (reason !== 'switch') this.#emit('locked');
  }

  /** Restarts the idle timer; any command counts as activity. */
  touch(): void {
    const minutes = this.idleLockMinutes();
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
    if (minutes > 0 && this.#vault) {
      this.#idleTimer = setTimeout(() => this.lock('idle'), minutes * 60_000);
      this.#idleTimer.unref();
    }
    // The after-unlock work waits until the session has been idle a moment.
    if (this.#workDue) this.#scheduleWork();
  }

  dispose(): void {
    this.lock('shutdown');
    this.#listeners.clear();
  }
}
