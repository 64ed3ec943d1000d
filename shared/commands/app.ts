import { z } from 'zod';
import { Empty, FilePath } from '../schemas/common';
import { Settings, SettingsPatch } from '../schemas/settings';
import { AppStatus, RecentVault, VaultPathInput } from '../schemas/vault';
import { type CommandSpec, command } from './spec';

export const appCommands = {
  'app.status': command({
    input: Empty,
    output: AppStatus,
    whileLocked: true,
    summary: 'Which vault is open, the recent vaults, and where a new one would go',
  }),
  'app.forgetRecent': command({
    input: VaultPathInput,
    output: z.array(RecentVault),
    whileLocked: true,
    summary: 'Remove a vault from the recent list (the file itself is untouched)',
  }),
  'app.choosePath': command({
    input: z.strictObject({
      purpose: z.enum(['create-vault', 'open-vault', 'save-file', 'open-file']),
      suggested: FilePath.optional(),
    }),
    output: z.object({ path: z.string().nullable() }),
    whileLocked: true,
    summary: "Ask the system's file dialog for a path (desktop app only); null when cancelled",
  }),
  'app.settings': command({
    input: Empty,
    output: Settings,
    whileLocked: true,
    summary: 'Device settings: idle lock, automatic backups, clipboard clearing',
  }),
  'app.updateSettings': command({
    input: SettingsPatch,
    output: Settings,
    summary: 'Change device settings (only while unlocked, so the lock cannot be loosened from the lock screen)',
  }),
} as const satisfies Record<string, CommandSpec>;
