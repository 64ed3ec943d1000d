import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../electron/core/core';
import { DeviceKeyring, type SafeStorageLike } from '../../electron/core/vault/remember';
import { AppError } from '../../shared/kit/errors';
import { OTHER_PASS, PASS, productionInput, tempDir } from '../helpers';

/** A stand-in for Electron's safeStorage: a keyed XOR that fails to open under another key. */
class FakeSafeStorage implements SafeStorageLike {
  available = true;
  backend = 'gnome_libsecret';
  key = 0x5a;
  isEncryptionAvailable() {
    return this.available;
  }
  getSelectedStorageBackend() {
    return this.backend;
  }
  encryptString(plain: string): Buffer {
    const body = Buffer.from(plain, 'utf8').map((b) => b ^ this.key);
    return Buffer.concat([Buffer.from([this.key]), body]);
  }
  decryptString(sealed: Buffer): string {
    if (sealed[0] !== this.key) throw new Error('Error while decrypting the ciphertext provided to safeStorage');
    return Buffer.from(sealed.subarray(1).map((b) => b ^ this.key)).toString('utf8');
  }
}

function setup(platform: NodeJS.Platform = 'linux') {
  const dir = tempDir();
  const home = path.join(dir, 'home');
  const safe = new FakeSafeStorage();
  const keyring = new DeviceKeyring(home, safe, platform);
  const core = new Core({
    home,
    door: 'electron',
    documentsDir: dir,
    platform: { choosePath: async () => null, keyring },
  });
  return { dir, home, safe, keyring, core, file: path.join(dir, 'show.closedset') };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  return 'no error';
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('what can keep a passphrase', () => {
  it("refuses Linux's basic_text backend and a machine without encryption, accepts a real keychain", () => {
    const { safe, keyring } = setup('linux');
    expect(keyring.support()).toEqual({ supported: true });
    safe.backend = 'basic_text';
    expect(keyring.support().supported).toBe(false);
    expect(keyring.support().reason).toMatch(/keychain/i);
    expect(() => keyring.remember('/v.closedset', PASS)).toThrow(/keychain/);
    safe.backend = 'kwallet5';
    safe.available = false;
    expect(keyring.support().supported).toBe(false);
    // Only Linux has a backend to ask about: macOS Keychain and Windows DPAPI are always real.
    const mac = new FakeSafeStorage();
    mac.backend = 'basic_text';
    expect(new DeviceKeyring(tempDir(), mac, 'darwin').support()).toEqual({ supported: true });
  });
});

describe('remember on this device', () => {
  it('is off by default: unlocking with the passphrase keeps nothing', async () => {
    const { core, file, keyring } = setup();
    await core.run('vault.create', { path: file, passphrase: PASS });
    core.lock('user');
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    expect(existsSync(keyring.file)).toBe(false);
    expect(await core.run('vault.rememberStatus', { path: file })).toEqual({
      supported: true,
      reason: null,
      remembered: false,
    });
    core.lock('user');
    expect(await codeOf(core.run('vault.unlockRemembered', { path: file }))).toBe('PASSPHRASE_NEEDED');
  });

  it('keeps only ciphertext, in a 0600 file written whole, and opens the vault without the passphrase', async () => {
    const { core, file, keyring, home } = setup();
    await core.run('vault.create', { path: file, passphrase: PASS });
    await core.run('production.create', productionInput('Remembered Show'));
    core.lock('user');

    await core.run('vault.remember', { path: file, passphrase: PASS });
    expect(core.isUnlocked).toBe(true);
    core.lock('user');

    const bytes = readFileSync(keyring.file);
    for (const clear of [
      Buffer.from(PASS),
      Buffer.from(PASS, 'utf16le'),
      Buffer.from(Buffer.from(PASS).toString('base64')),
    ])
      expect(bytes.includes(clear)).toBe(false);
    if (process.platform !== 'win32') expect(statSync(keyring.file).mode & 0o777).toBe(0o600);
    expect(readdirSync(home).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect((await core.run('vault.rememberStatus', { path: file })).remembered).toBe(true);

    const info = await core.run('vault.unlockRemembered', { path: file });
    expect(info.productionCount).toBe(1);
    expect((await core.run('production.list', {}))[0]?.title).toBe('Remembered Show');

    expect(await core.run('vault.forgetRemembered', { path: file })).toEqual({ forgotten: true });
    expect(existsSync(keyring.file)).toBe(false);
    core.lock('user');
    expect(await codeOf(core.run('vault.unlockRemembered', { path: file }))).toBe('PASSPHRASE_NEEDED');
  });

  it('asks for the passphrase when the keychain changed or no longer decrypts, and never touches the vault', async () => {
    const { core, file, safe } = setup();
    await core.run('vault.create', { path: file, passphrase: PASS });
    await core.run('production.create', productionInput('Untouched'));
    core.lock('user');
    await core.run('vault.remember', { path: file, passphrase: PASS });
    core.lock('user');
    const before = sha(file);

    safe.backend = 'kwallet5';
    const changed = await core.handle('vault.unlockRemembered', { path: file });
    expect(changed).toMatchObject({
      ok: false,
      error: { code: 'PASSPHRASE_NEEDED', detail: { reason: 'backend-changed' } },
    });
    safe.backend = 'gnome_libsecret';
    safe.key = 0x33; // the login keyring was reset: old blobs no longer decrypt
    const unreadable = await core.handle('vault.unlockRemembered', { path: file });
    expect(unreadable).toMatchObject({
      ok: false,
      error: { code: 'PASSPHRASE_NEEDED', detail: { reason: 'undecryptable' } },
    });
    safe.backend = 'basic_text';
    expect(await codeOf(core.run('vault.unlockRemembered', { path: file }))).toBe('PASSPHRASE_NEEDED');

    expect(core.isUnlocked).toBe(false);
    expect(sha(file)).toBe(before);
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    expect((await core.run('production.list', {}))[0]?.title).toBe('Untouched');
  });

  it('drops a passphrase that went stale: changed here, or changed elsewhere', async () => {
    const { core, file, keyring, home, dir } = setup();
    await core.run('vault.create', { path: file, passphrase: PASS });
    core.lock('user');
    await core.run('vault.remember', { path: file, passphrase: PASS });
    await core.run('vault.changePassphrase', { current: PASS, next: OTHER_PASS });
    expect(keyring.has(file)).toBe(false);
    core.lock('user');

    await core.run('vault.remember', { path: file, passphrase: OTHER_PASS });
    core.lock('user');
    // Another door (the CLI, no keychain) changes it back.
    const cli = new Core({ home: path.join(dir, 'cli-home'), door: 'cli', documentsDir: dir });
    await cli.run('vault.unlock', { path: file, passphrase: OTHER_PASS });
    await cli.run('vault.changePassphrase', { current: OTHER_PASS, next: PASS });
    cli.dispose();

    const stale = await core.handle('vault.unlockRemembered', { path: file });
    expect(stale).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_NEEDED', detail: { reason: 'stale' } } });
    expect(keyring.has(file)).toBe(false);
    expect(existsSync(path.join(home, 'remembered.json'))).toBe(false);
    await core.run('vault.unlock', { path: file, passphrase: PASS });
  });

  it('refuses to remember on basic_text without unlocking, and a wrong passphrase is never kept', async () => {
    const { core, file, safe, keyring } = setup();
    await core.run('vault.create', { path: file, passphrase: PASS });
    core.lock('user');
    expect(await codeOf(core.run('vault.remember', { path: file, passphrase: OTHER_PASS }))).toBe('WRONG_PASSPHRASE');
    expect(existsSync(keyring.file)).toBe(false);
    safe.backend = 'basic_text';
    expect(await codeOf(core.run('vault.remember', { path: file, passphrase: PASS }))).toBe('UNSUPPORTED');
    expect(core.isUnlocked).toBe(false);
    expect(existsSync(keyring.file)).toBe(false);
    expect(await core.run('vault.rememberStatus', { path: file })).toMatchObject({
      supported: false,
      remembered: false,
    });
  });

  it('answers UNSUPPORTED where the door has no keychain (browser shell, CLI)', async () => {
    const dir = tempDir();
    const core = new Core({ home: path.join(dir, 'home'), door: 'web', documentsDir: dir });
    const file = path.join(dir, 'show.closedset');
    await core.run('vault.create', { path: file, passphrase: PASS });
    core.lock('user');
    expect(await codeOf(core.run('vault.remember', { path: file, passphrase: PASS }))).toBe('UNSUPPORTED');
    expect(core.isUnlocked).toBe(false);
    expect(await codeOf(core.run('vault.unlockRemembered', { path: file }))).toBe('UNSUPPORTED');
    expect(await codeOf(core.run('vault.forgetRemembered', { path: file }))).toBe('UNSUPPORTED');
    expect((await core.run('vault.rememberStatus', { path: file })).supported).toBe(false);
  });
});
