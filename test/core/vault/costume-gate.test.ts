import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../../electron/core/core';
import { CostumeGate, type Derive, delayAfter, UNLOCK_KDF } from '../../../electron/core/vault/costume-gate';
import { OTHER_PASS, PASS, tempDir } from '../../helpers';

async function costumeCore() {
  const dir = tempDir();
  let clock = 1_000_000;
  const core = new Core({ home: path.join(dir, 'home'), door: 'test', documentsDir: dir, now: () => clock });
  const file = path.join(dir, 'show.closedset');
  await core.run('vault.create', { path: file, passphrase: PASS });
  await core.run('session.setMode', { mode: 'costume' });
  return { core, file, advance: (ms: number) => (clock += ms) };
}

describe('leaving the costume view', () => {
  it('makes each wrong guess wait longer (1 s, 2 s, 4 s), says how long, and refuses even the right passphrase until then', async () => {
    const { core, advance } = await costumeCore();
    const leave = (passphrase: string) => core.handle('session.setMode', { mode: 'full', passphrase });

    const first = await leave(OTHER_PASS);
    expect(first).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE', detail: { retryAfterMs: 1000 } } });
    if (!first.ok) expect(first.error.message).toMatch(/Wait 1 second before trying again/);

    // Too soon: refused without a check, even with the right passphrase.
    advance(400);
    const early = await leave(PASS);
    expect(early).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION', detail: { reason: 'rate-limited' } } });
    if (!early.ok) expect(early.error.message).toMatch(/wait 1 second before trying again/);
    expect(core.mode).toBe('costume');

    advance(600);
    expect(await leave(OTHER_PASS)).toMatchObject({ ok: false, error: { detail: { retryAfterMs: 2000 } } });
    advance(1999);
    const stillEarly = await leave(PASS);
    expect(stillEarly).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
    advance(1);
    expect(await leave('not-it-either-42')).toMatchObject({ ok: false, error: { detail: { retryAfterMs: 4000 } } });
    advance(4000);

    expect(await core.run('session.setMode', { mode: 'full', passphrase: PASS })).toEqual({ mode: 'full' });
    // A fresh visit to the costume view starts with no wait.
    await core.run('session.setMode', { mode: 'costume' });
    expect(await leave(OTHER_PASS)).toMatchObject({ ok: false, error: { detail: { retryAfterMs: 1000 } } });
  });

  it('still checks the passphrase after a lock and unlock in the costume view', async () => {
    const { core, file } = await costumeCore();
    core.lock('user');
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    expect(core.mode).toBe('costume');
    expect(await core.handle('session.setMode', { mode: 'full', passphrase: OTHER_PASS })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
  });

  it("checks through the unlock's own key derivation, not a quick compare", async () => {
    // The vault is SQLCipher 4: PBKDF2-HMAC-SHA512 at the iterations the open vault reports.
    const { core } = await costumeCore();
    expect(Number(core.db().pragma('kdf_iter', { simple: true }))).toBe(UNLOCK_KDF.iterations);
    expect(UNLOCK_KDF.digest).toBe('sha512');

    const calls: { passphrase: string; iterations: number }[] = [];
    const derive: Derive = async (passphrase, salt, kdf) => {
      calls.push({ passphrase: passphrase.toString('utf8'), iterations: kdf.iterations });
      return Buffer.concat([salt, passphrase]);
    };
    const gate = new CostumeGate(() => 0, derive);
    await gate.arm(Buffer.from(PASS));
    await expect(gate.check('cafe\u0301 wrong')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(calls).toEqual([
      { passphrase: PASS, iterations: 256_000 },
      { passphrase: 'caf\u00e9 wrong', iterations: 256_000 },
    ]);
  });

  it('doubles the wait up to five minutes', () => {
    expect([1, 2, 3, 4, 5].map(delayAfter)).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(delayAfter(30)).toBe(300_000);
  });
});
