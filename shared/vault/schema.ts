import { z } from 'zod';
import { FilePath, IsoDateTime } from '../kit/fields';

/** Passphrases are never trimmed: every character counts. */
export const Passphrase = z
  .string()
  .min(1, 'Passphrase is required')
  .max(1024, 'Passphrase is longer than 1024 characters')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a NUL would silently cut the key short
  .refine((s) => !/[\u0000]/.test(s), 'Passphrase contains a NUL character');

/**
 * The open vault's integrity: "pending" until the check that runs after unlock (when the session is
 * idle) starts, "checking" while it runs, then "ok" or "damaged" (the vault is then locked, and
 * unlocking it again offers the backups).
 */
export const IntegrityStatus = z.object({
  state: z.enum(['not-checked', 'pending', 'checking', 'ok', 'damaged']),
  problem: z.string().nullable(),
  checkedAt: IsoDateTime.nullable(),
});
export type IntegrityStatus = z.infer<typeof IntegrityStatus>;

export const VaultInfo = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  cipher: z.string(),
  productionCount: z.number().int(),
  integrity: IntegrityStatus.optional(),
});
export type VaultInfo = z.infer<typeof VaultInfo>;

export const RecentVault = z.object({ path: z.string(), lastOpenedAt: IsoDateTime, exists: z.boolean() });
export type RecentVault = z.infer<typeof RecentVault>;

export const AppStatus = z.object({
  door: z.enum(['electron', 'web', 'cli', 'test']),
  vault: VaultInfo.nullable(),
  recent: z.array(RecentVault),
  suggestedVaultPath: z.string(),
  idleLockMinutes: z.number().int(),
});
export type AppStatus = z.infer<typeof AppStatus>;

export const BackupInfo = z.object({
  path: z.string(),
  createdAt: IsoDateTime,
  bytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const VaultPathInput = z.strictObject({ path: FilePath });
export const CreateVaultInput = z.strictObject({
  path: FilePath,
  passphrase: Passphrase,
  /** Who keeps the vault: the audit trail's "By" (optional, asked for on the creation screen). */
  yourName: z.string().trim().max(120, 'Keep the name under 120 characters').default(''),
});
export const UnlockVaultInput = z.strictObject({ path: FilePath, passphrase: Passphrase });
export const ChangePassphraseInput = z
  .strictObject({ current: Passphrase, next: Passphrase })
  .refine((v) => v.current !== v.next, {
    message: 'The new passphrase is the same as the current one',
    path: ['next'],
  });
/** What a passphrase change left behind: backups that still open with the old passphrase. */
export const ChangePassphraseOutput = z.object({
  changed: z.literal(true),
  oldPassphraseBackups: z.object({
    /** How many remain; 0 once the setting says delete at once. */
    count: z.number().int().min(0),
    /** When the last of them is deleted (an ISO time); null when none remain. */
    expiresAt: z.string().nullable(),
  }),
  /** A sentence for the user when any remain, naming how many and until when. */
  warning: z.string().nullable(),
});
export type ChangePassphraseOutput = z.infer<typeof ChangePassphraseOutput>;
export const RestoreInput = z.strictObject({ path: FilePath, backup: FilePath, passphrase: Passphrase });

/** "Remember on this device": offered only by the desktop app, and only with a real OS keychain. */
export const RememberStatus = z.object({
  supported: z.boolean(),
  /** Why not, when not supported. */
  reason: z.string().nullable(),
  remembered: z.boolean(),
});
export type RememberStatus = z.infer<typeof RememberStatus>;

/** Who keeps this vault: the name each change is recorded under in the audit trail. */
export const VaultOwner = z.object({ name: z.string() });
export type VaultOwner = z.infer<typeof VaultOwner>;
export const VaultOwnerInput = z.strictObject({
  name: z.string().trim().max(120, 'Keep the name under 120 characters'),
});
