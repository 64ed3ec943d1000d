import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/kit/errors';
import { writeFileAtomic } from '../kit/fs';

/** The part of Electron's `safeStorage` this needs; a fake in tests, the real one in the app. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only: 'basic_text', 'gnome_libsecret', 'kwallet5', ... */
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export interface RememberSupport {
  supported: boolean;
  /** Why not, in words for the unlock screen. */
  reason?: string;
}

// One sealed passphrase per vault path. Only ciphertext from the OS keychain is ever written.
const Entry = z.object({ backend: z.string(), sealed: z.string() });
const Stored = z.object({ version: z.literal(1), vaults: z.record(z.string(), Entry) });
type Stored = z.infer<typeof Stored>;

const ASK = 'Type the passphrase: the one remembered on this device can no longer be read here.';

/**
 * "Remember on this device": the passphrase sealed by the operating system's keychain
 * (`safeStorage`), kept in the app's home folder. Off by default. Refused where the seal would be
 * theatre: Linux's `basic_text` backend encrypts with a key hard-coded in Chromium. Anything that
 * goes wrong on the way back (another keychain, a blob that no longer decrypts) only means asking
 * for the passphrase; the vault itself is never touched from here.
 */
export class DeviceKeyring {
  readonly file: string;
  readonly #safe: SafeStorageLike;
  readonly #platform: NodeJS.Platform;

  constructor(home: string, safe: SafeStorageLike, platform: NodeJS.Platform = process.platform) {
    this.file = path.join(home, 'remembered.json');
    this.#safe = safe;
    this.#platform = platform;
  }

  #backend(): string {
    return this.#platform === 'linux' ? (this.#safe.getSelectedStorageBackend?.() ?? 'unknown') : this.#platform;
  }

  support(): RememberSupport {
    if (!this.#safe.isEncryptionAvailable()) {
      return { supported: false, reason: 'This computer offers no keychain to keep the passphrase in.' };
    }
    const backend = this.#backend();
    if (backend === 'basic_text' || backend === 'unknown') {
      return {
        supported: false,
        reason:
          'No desktop keychain (such as GNOME Keyring or KWallet) is running, so the passphrase could not be kept safely here.',
      };
    }
    return { supported: true };
  }

  #read(): Stored {
    if (!existsSync(this.file)) return { version: 1, vaults: {} };
    try {
      const parsed = Stored.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      // An unreadable file means nothing is remembered: the passphrase is asked, nothing is lost.
      return parsed.success ? parsed.data : { version: 1, vaults: {} };
    } catch {
      return { version: 1, vaults: {} };
    }
  }

  #write(stored: Stored): void {
    if (Object.keys(stored.vaults).length === 0) {
      rmSync(this.file, { force: true });
      return;
    }
    mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    writeFileAtomic(this.file, `${JSON.stringify(stored, null, 2)}\n`);
  }

  has(vaultFile: string): boolean {
    return vaultFile in this.#read().vaults;
  }

  remember(vaultFile: string, passphrase: string): void {
    const support = this.support();
    if (!support.supported) throw new AppError('UNSUPPORTED', support.reason ?? 'Not available on this computer.');
    const sealed = this.#safe.encryptString(passphrase);
    const stored = this.#read();
    stored.vaults[vaultFile] = { backend: this.#backend(), sealed: sealed.toString('base64') };
    this.#write(stored);
  }

  /** The remembered passphrase; PASSPHRASE_NEEDED when there is none or it cannot be read back. */
  recall(vaultFile: string): string {
    const entry = this.#read().vaults[vaultFile];
    if (!entry) throw new AppError('PASSPHRASE_NEEDED', 'No passphrase is remembered for this vault on this device.');
    const support = this.support();
    if (!support.supported) throw new AppError('PASSPHRASE_NEEDED', `${ASK} ${support.reason ?? ''}`.trim());
    if (entry.backend !== this.#backend()) {
      throw new AppError('PASSPHRASE_NEEDED', `${ASK} The keychain in use has changed.`, {
        detail: { reason: 'backend-changed' },
      });
    }
    try {
      return this.#safe.decryptString(Buffer.from(entry.sealed, 'base64'));
    } catch {
      throw new AppError('PASSPHRASE_NEEDED', ASK, { detail: { reason: 'undecryptable' } });
    }
  }

  forget(vaultFile: string): boolean {
    const stored = this.#read();
    if (!(vaultFile in stored.vaults)) return false;
    delete stored.vaults[vaultFile];
    this.#write(stored);
    return true;
  }
}
