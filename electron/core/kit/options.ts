import os from 'node:os';
import path from 'node:path';
import type { AppStatus } from '../../../shared/vault/schema';
import type { DeviceKeyring } from '../vault/remember';

export type Door = AppStatus['door'];

export type ChoosePurpose = 'create-vault' | 'open-vault' | 'save-file' | 'open-file';

export interface Platform {
  choosePath(purpose: ChoosePurpose, suggested: string | undefined): Promise<string | null>;
  /** "Remember on this device" through the system's keychain (the desktop app's `safeStorage`). */
  keyring?: Pick<DeviceKeyring, 'support' | 'has' | 'remember' | 'recall' | 'forget'>;
}

export interface CoreOptions {
  /** Folder for the app's own settings (recent vaults); never holds vault content. */
  home: string;
  door: Door;
  /** Where a new vault is suggested; defaults to ~/Documents/Closed Set. */
  documentsDir?: string;
  /** Lock after this many idle minutes, overriding the device setting; 0 turns the timer off. */
  idleLockMinutes?: number;
  /** What only a desktop door can do, such as showing the system's file dialog. */
  platform?: Platform;
  /** Take scheduled backups while unlocked (the desktop app and the browser shell; not the CLI). */
  autoBackup?: boolean;
  /**
   * Unlock returns as soon as the key is proven and the vault open; the whole-file integrity check
   * and the day's automatic backup run after, once the session has been idle for `idleWorkMs`
   * (the check in steps between commands). A failed check locks the vault, and the next unlock of
   * that file runs the full check and offers the backups. Off: both run before unlock returns.
   */
  backgroundChecks?: boolean;
  /** How long a session stays idle before the after-unlock work starts (default 2 s). */
  idleWorkMs?: number;
  /** Keep a list of recently opened vaults (the CLI does not). */
  rememberRecent?: boolean;
  /** The clock (milliseconds), injected by tests; Date.now otherwise. */
  now?: () => number;
  /** Log unexpected errors here (never with the command's input, which may be sensitive). */
  log?: (message: string) => void;
}

/** Where settings live when no door says otherwise: $CLOSED_SET_HOME, else the platform's config folder. */
export function defaultHome(): string {
  if (process.env.CLOSED_SET_HOME) return process.env.CLOSED_SET_HOME;
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? os.homedir(), 'Closed Set');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Closed Set');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'closed-set');
}
