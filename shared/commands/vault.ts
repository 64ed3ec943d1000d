import { z } from 'zod';
import { Empty } from '../schemas/common';
import {
  BackupInfo,
  ChangePassphraseInput,
  CreateVaultInput,
  RestoreInput,
  UnlockVaultInput,
  VaultInfo,
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
  'vault.restore': command({
    input: RestoreInput,
    output: VaultInfo,
    whileLocked: true,
    summary: 'Replace a vault with one of its verified backups and unlock it',
  }),
} as const satisfies Record<string, CommandSpec>;
