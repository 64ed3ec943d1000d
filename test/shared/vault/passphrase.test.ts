import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH, rateOfPassphrase } from '../../../shared/vault/passphrase';

describe('passphrase strength', () => {
  it('refuses common and short passphrases, with advice', () => {
    for (const p of ['password', 'password123', 'qwertyuiop', 'letmein', 'aaaaaaaaaaaa']) {
      const r = rateOfPassphrase(p);
      expect(r.acceptable, p).toBe(false);
      expect(r.feedback.length, p).toBeGreaterThan(0);
    }
    expect(rateOfPassphrase('x9!Tq').feedback).toContain(`Use at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  });

  it('accepts a long passphrase of uncommon words', () => {
    const r = rateOfPassphrase('velvet-curtain-harbour-71');
    expect(r).toMatchObject({ acceptable: true, feedback: [] });
    expect(r.score).toBeGreaterThanOrEqual(3);
  });

  it('counts words from the context (e.g. the vault name) as guessable', () => {
    const alone = rateOfPassphrase('lighthousekeeper2026');
    const withContext = rateOfPassphrase('lighthousekeeper2026', ['lighthousekeeper']);
    expect(withContext.score).toBeLessThanOrEqual(alone.score);
  });
});
