import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../shared/kit/errors';

/**
 * The vault's own key derivation (SQLCipher 4: PBKDF2-HMAC-SHA512, 256,000 iterations): a guess at
 * the passphrase from the costume view costs what a guess at unlocking the vault costs.
 */
export const UNLOCK_KDF = { iterations: 256_000, digest: 'sha512', bytes: 64 } as const;

export type Derive = (passphrase: Buffer, salt: Buffer, kdf: typeof UNLOCK_KDF) => Promise<Buffer>;

const pbkdf2Derive: Derive = (passphrase, salt, kdf) =>
  new Promise((resolve, reject) =>
    pbkdf2(passphrase, salt, kdf.iterations, kdf.bytes, kdf.digest, (err, key) => (err ? reject(err) : resolve(key))),
  );

/** The wait after the nth wrong passphrase in a row: 1 s, 2 s, 4 s ... at most 5 minutes. */
export function delayAfter(failures: number): number {
  return failures <= 0 ? 0 : Math.min(1000 * 2 ** (failures - 1), 5 * 60_000);
}

function seconds(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return s === 1 ? '1 second' : `${s} seconds`;
}

/**
 * Leaving the costume view: the passphrase typed is checked through the unlock's key derivation
 * against a verifier made when the view was entered, and wrong guesses make the next one wait
 * longer. The clock is injected so tests need not sleep.
 */
export class CostumeGate {
  #salt: Buffer | null = null;
  #verifier: Buffer | null = null;
  #failures = 0;
  #retryAt = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly derive: Derive = pbkdf2Derive,
  ) {}

  #arming: Promise<void> = Promise.resolve();

  /** Made on entering the costume view (and on each unlock while in it), from the vault's key. */
  arm(key: Buffer): Promise<void> {
    const copy = Buffer.from(key);
    const salt = randomBytes(16);
    this.#arming = this.derive(copy, salt, UNLOCK_KDF)
      .then((verifier) => {
        this.#verifier?.fill(0);
        this.#verifier = verifier;
        this.#salt = salt;
        this.#failures = 0;
        this.#retryAt = 0;
      })
      .finally(() => copy.fill(0));
    return this.#arming;
  }

  get armed(): boolean {
    return this.#verifier !== null;
  }

  /** Resolves when `typed` is the vault passphrase; otherwise refuses, saying how long to wait. */
  async check(typed: string): Promise<void> {
    await this.#arming.catch(() => {});
    const salt = this.#salt;
    const verifier = this.#verifier;
    if (!salt || !verifier) throw new AppError('LOCKED', 'The costume view has no passphrase check; lock and unlock.');
    const wait = this.#retryAt - this.now();
    if (wait > 0) {
      const message = `Too many wrong passphrases: wait ${seconds(wait)} before trying again. The costume view stays on.`;
      throw new AppError('RULE_VIOLATION', message, {
        issues: [{ path: 'passphrase', message }],
        detail: { reason: 'rate-limited', retryAfterMs: wait },
      });
    }
    const typedBytes = Buffer.from(typed.normalize('NFC'), 'utf8');
    let derived: Buffer;
    try {
      derived = await this.derive(typedBytes, salt, UNLOCK_KDF);
    } finally {
      typedBytes.fill(0);
    }
    const same = derived.length === verifier.length && timingSafeEqual(derived, verifier);
    derived.fill(0);
    if (!same) {
      this.#failures += 1;
      const delay = delayAfter(this.#failures);
      this.#retryAt = this.now() + delay;
      const message = `That is not the vault passphrase: the costume view stays on. Wait ${seconds(delay)} before trying again.`;
      throw new AppError('WRONG_PASSPHRASE', message, {
        issues: [{ path: 'passphrase', message: 'Wrong passphrase' }],
        detail: { retryAfterMs: delay },
      });
    }
    this.disarm();
  }

  disarm(): void {
    this.#verifier?.fill(0);
    this.#verifier = null;
    this.#salt = null;
    this.#failures = 0;
    this.#retryAt = 0;
  }
}
