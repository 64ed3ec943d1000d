import { z } from 'zod';

/** Device settings: kept in the app's home folder, never inside a vault, never holding vault content. */
export const Settings = z.object({
  /** Lock after this many minutes without a command. */
  idleLockMinutes: z.number().int().min(1).max(240),
  /** Take an encrypted backup while unlocked when the newest is older than this; 0 turns it off. */
  autoBackupHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 7),
  /** Clear a copied sensitive value from the clipboard after this many seconds. */
  clipboardClearSeconds: z.number().int().min(5).max(300),
  /**
   * Keep backups made under an old passphrase this many days after a passphrase change (whoever
   * knew the old passphrase can open them); 0 deletes them at once.
   */
  oldPassphraseBackupDays: z.number().int().min(0).max(365),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  idleLockMinutes: 5,
  autoBackupHours: 24,
  clipboardClearSeconds: 30,
  oldPassphraseBackupDays: 14,
};

export const SettingsPatch = z.strictObject({
  idleLockMinutes: z
    .number({ message: 'Idle lock must be a number of minutes' })
    .int('Use whole minutes')
    .min(1, 'At least 1 minute')
    .max(240, 'At most 240 minutes (4 hours)')
    .optional(),
  autoBackupHours: z
    .number({ message: 'Backup interval must be a number of hours' })
    .int('Use whole hours')
    .min(0, 'Use 0 to turn automatic backups off')
    .max(24 * 7, 'At most 168 hours (a week)')
    .optional(),
  clipboardClearSeconds: z
    .number({ message: 'Clipboard clearing must be a number of seconds' })
    .int('Use whole seconds')
    .min(5, 'At least 5 seconds')
    .max(300, 'At most 300 seconds')
    .optional(),
  oldPassphraseBackupDays: z
    .number({ message: 'Keeping old backups must be a number of days' })
    .int('Use whole days')
    .min(0, 'Use 0 to delete them at once')
    .max(365, 'At most 365 days')
    .optional(),
});
export type SettingsPatch = z.input<typeof SettingsPatch>;
