import { z } from 'zod';
import { Empty } from '../schemas/common';
import {
  BackupInfo,
  ChangePassphraseInput,
  CreateVaultInput,
  RememberStatus,
  RestoreInput,
  UnlockVaultInput,
  VaultInfo,
  VaultOwner,
  VaultOwnerInput,
  VaultPathInput,
} from '../schemas/vault';
import { type CommandSpec, command } from './spec';

export const vaultCommands = {
  'vault.create': command({
    input: CreateVaultInput,
    output: VaultInfo,
    whileLocked: true,
    summary: 'Create a new encrypted vault; refuses to overwrite an existing file',
  }),
  'vault.unlock': command({
    input: UnlockVaultInput,
    output: VaultInfo,
    whileLocked: true,
    summary: 'Open a vault with its passphrase',
  }),
  'vault.lock': command({
    input: Empty,
    output: z.object({ locked: z.literal(true) }),
    whileLocked: true,
    summary: 'Close the vault and drop the key',
  }),
  'vault.changePassphrase': command({
    input: ChangePassphraseInput,
    output: z.object({ changed: z.literal(true) }),
    summary: 'Re-encrypt the vault under a new passphrase',
  }),
  'vault.backup': command({
    input: Empty,
    output: BackupInfo,
    summary: 'Write a verified encrypted backup beside the vault',
  }),
  'vault.backups': command({
    input: VaultPathInput,
    output: z.array(BackupInfo),
    whileLocked: true,
    summary: 'List the backups of a vault, newest first',
  }),
  'vault.rememberStatus': command({
    input: VaultPathInput,
    output: RememberStatus,
    whileLocked: true,
    summary: 'Whether this device can remember the passphrase (desktop app, OS keychain) and whether it does',
  }),
  'vault.remember': command({
    input: UnlockVaultInput,
    output: VaultInfo,
    whileLocked: true,
    summary: "Unlock a vault and keep its passphrase sealed by the system's keychain on this device",
  }),
  'vault.unlockRemembered': command({
    input: VaultPathInput,
    output: VaultInfo,
    whileLocked: true,
    summary: 'Unlock a vault with the passphrase remembered on this device; PASSPHRASE_NEEDED when it cannot',
  }),
  'vault.forgetRemembered': command({
    input: VaultPathInput,
    output: z.object({ forgotten: z.boolean() }),
    whileLocked: true,
    summary: 'Remove the passphrase remembered on this device for a vault (the vault is untouched)',
  }),
  'vault.restore': command({
    input: RestoreInput,
    output: VaultInfo,
    whileLocked: true,
    summary: 'Replace a vault with one of its verified backups and unlock it',
  }),
  'vault.owner': command({
    input: Empty,
    output: VaultOwner,
    summary: 'Who keeps this vault: the name the audit trail records each change under',
  }),
  'vault.setOwner': command({
    input: VaultOwnerInput,
    output: VaultOwner,
    summary: "Set the name the audit trail records this vault's changes under (empty: no name)",
  }),
} as const satisfies Record<string, CommandSpec>;
