import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Empty, FilePath } from '../kit/fields';
import {
  AppStatus,
  BackupInfo,
  ChangePassphraseInput,
  ChangePassphraseOutput,
  CreateVaultInput,
  Passphrase,
  RecentVault,
  RememberStatus,
  RestoreInput,
  UnlockVaultInput,
  VaultInfo,
  VaultOwner,
  VaultOwnerInput,
  VaultPathInput,
} from './schema';
import { Settings, SettingsPatch } from './settings';
import { SESSION_MODES } from './views';

/** What `vault.verifyIntegrity` found: `problem` is SQLite's first complaint, null when all is well. */
const IntegrityVerdict = z.object({ ok: z.boolean(), problem: z.string().nullable() });

const vaultFileCommands = {
  'vault.create': command({
    views: ['full'],
    input: CreateVaultInput,
    output: VaultInfo,
    whileLocked: true,
    summary: 'Create a new encrypted vault; refuses to overwrite an existing file',
  }),
  'vault.unlock': command({
    views: ['full', 'costume'],
    input: UnlockVaultInput,
    output: VaultInfo,
    whileLocked: true,
    summary: 'Open a vault with its passphrase',
  }),
  'vault.lock': command({
    views: ['full', 'costume'],
    input: Empty,
    output: z.object({ locked: z.literal(true) }),
    whileLocked: true,
    summary: 'Close the vault and drop the key',
  }),
  'vault.changePassphrase': command({
    views: ['full'],
    input: ChangePassphraseInput,
    output: ChangePassphraseOutput,
    summary: 'Re-encrypt the vault under a new passphrase',
  }),
  'vault.backup': command({
    views: ['full'],
    input: Empty,
    output: BackupInfo,
    summary: 'Write a verified encrypted backup beside the vault',
  }),
  'vault.backupTo': command({
    views: ['full'],
    input: VaultPathInput,
    output: BackupInfo,
    summary:
      'Write a verified encrypted copy of the open vault to a chosen file (replaced only once the copy is verified)',
  }),
  'vault.verifyIntegrity': command({
    views: ['full'],
    input: Empty,
    output: IntegrityVerdict,
    summary: "Run SQLite's full integrity check on the open vault; reports the first problem found",
  }),
  'vault.backups': command({
    views: ['full'],
    input: VaultPathInput,
    output: z.array(BackupInfo),
    whileLocked: true,
    summary: 'List the backups of a vault, newest first',
  }),
  'vault.rememberStatus': command({
    views: ['full'],
    input: VaultPathInput,
    output: RememberStatus,
    whileLocked: true,
    summary: 'Whether this device can remember the passphrase (desktop app, OS keychain) and whether it does',
  }),
  'vault.remember': command({
    views: ['full'],
    input: UnlockVaultInput,
    output: VaultInfo,
    whileLocked: true,
    summary: "Unlock a vault and keep its passphrase sealed by the system's keychain on this device",
  }),
  'vault.unlockRemembered': command({
    views: ['full'],
    input: VaultPathInput,
    output: VaultInfo,
    whileLocked: true,
    summary: 'Unlock a vault with the passphrase remembered on this device; PASSPHRASE_NEEDED when it cannot',
  }),
  'vault.forgetRemembered': command({
    views: ['full'],
    input: VaultPathInput,
    output: z.object({ forgotten: z.boolean() }),
    whileLocked: true,
    summary: 'Remove the passphrase remembered on this device for a vault (the vault is untouched)',
  }),
  'vault.restore': command({
    views: ['full'],
    input: RestoreInput,
    output: VaultInfo,
    whileLocked: true,
    summary: 'Replace a vault with one of its verified backups and unlock it',
  }),
  'vault.owner': command({
    views: ['full'],
    input: Empty,
    output: VaultOwner,
    summary: 'Who keeps this vault: the name the audit trail records each change under',
  }),
  'vault.setOwner': command({
    views: ['full'],
    input: VaultOwnerInput,
    output: VaultOwner,
    summary: "Set the name the audit trail records this vault's changes under (empty: no name)",
  }),
} as const satisfies Record<string, CommandSpec>;

const appCommands = {
  'app.status': command({
    views: ['full', 'costume'],
    input: Empty,
    output: AppStatus,
    whileLocked: true,
    summary: 'Which vault is open, the recent vaults, and where a new one would go',
  }),
  'app.forgetRecent': command({
    views: ['full', 'costume'],
    input: VaultPathInput,
    output: z.array(RecentVault),
    whileLocked: true,
    summary: 'Remove a vault from the recent list (the file itself is untouched)',
  }),
  'app.choosePath': command({
    views: ['full', 'costume'],
    input: z.strictObject({
      purpose: z.enum(['create-vault', 'open-vault', 'save-file', 'open-file']),
      suggested: FilePath.optional(),
    }),
    output: z.object({ path: z.string().nullable() }),
    whileLocked: true,
    summary: "Ask the system's file dialog for a path (desktop app only); null when cancelled",
  }),
  'app.settings': command({
    views: ['full', 'costume'],
    input: Empty,
    output: Settings,
    whileLocked: true,
    summary: 'Device settings: idle lock, automatic backups, clipboard clearing',
  }),
  'app.updateSettings': command({
    views: ['full'],
    input: SettingsPatch,
    output: Settings,
    summary: 'Change device settings (only while unlocked, so the lock cannot be loosened from the lock screen)',
  }),
} as const satisfies Record<string, CommandSpec>;

const Mode = z.object({ mode: z.enum(SESSION_MODES) });

const sessionCommands = {
  'session.status': command({
    views: ['full', 'costume'],
    input: Empty,
    output: Mode,
    whileLocked: true,
    summary: 'Whether this session is the full binder or the costume department view',
  }),
  'session.setMode': command({
    views: ['full', 'costume'],
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

/** The vault, the app's own state (recent vaults, device settings) and the session's view. */
export const vaultCommands = { ...appCommands, ...vaultFileCommands, ...sessionCommands } as const;
