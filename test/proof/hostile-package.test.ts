import { createCipheriv, createHash, createHmac, randomBytes, scryptSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PACKAGE_MAGIC } from '../../electron/core/handoff/package';
import { newCore, PASS, productionInput, tempDir, unlockedCore } from '../helpers';

const HANDOFF = 'amber-tidewater-compass-58';

/**
 * Seals arbitrary deflated content exactly as a package is sealed (written here from the format's
 * description, not with the app's code): the bytes are hostile, the envelope is correct.
 */
function seal(deflated: Buffer, kdf = { log2N: 14, r: 8, p: 1 }): Buffer {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const N = 2 ** kdf.log2N;
  const key = scryptSync(HANDOFF, salt, 64, { N, r: kdf.r, p: kdf.p, maxmem: 256 * N * kdf.r + 1024 * 1024 * 1024 });
  const header = Buffer.alloc(72);
  PACKAGE_MAGIC.copy(header, 0);
  header.writeUInt16BE(1, 8);
  header.writeUInt16BE(72, 10);
  header.writeUInt8(1, 12);
  header.writeUInt8(kdf.log2N, 13);
  header.writeUInt8(kdf.r, 14);
  header.writeUInt8(kdf.p, 15);
  salt.copy(header, 16);
  nonce.copy(header, 32);
  createHmac('sha256', key.subarray(32, 64))
    .update('closed-set handoff package key check v1')
    .digest()
    .subarray(0, 16)
    .copy(header, 44);
  header.writeUInt8(1, 60);
  header.writeBigUInt64BE(BigInt(deflated.length), 64);
  const cipher = createCipheriv('aes-256-gcm', key.subarray(0, 32), nonce);
  cipher.setAAD(header);
  const body = Buffer.concat([header, cipher.update(deflated), cipher.final(), cipher.getAuthTag()]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/**
 * A raw deflate stream of `mib` MiB of spaces, made without compressing gigabytes: sync-flushed
 * blocks of one MiB each (about 1 KB apiece) concatenated, then a final empty block.
 */
function bomb(mib: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: mib }, () => block), end]);
}

async function importOf(bytes: Buffer) {
  const { core, dir } = await unlockedCore();
  const file = path.join(dir, 'hostile.closedset-handoff');
  writeFileSync(file, bytes);
  const before = await core.run('production.list', {});
  const result = await core.handle('handoff.import', { path: file, passphrase: HANDOFF });
  expect(await core.run('production.list', {})).toEqual(before);
  core.dispose();
  return result;
}

describe('a hostile handoff package (correctly encrypted) is bounded before it costs anything', () => {
  it('a 3 MB package that inflates to 3 GB is refused with a clear error, without the memory', async () => {
    const deflated = bomb(3 * 1024);
    expect(deflated.length).toBeLessThan(4 * 1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const result = await importOf(seal(deflated));
    expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', detail: { reason: 'too-large' } } });
    if (!result.ok) expect(result.error.message).toMatch(/expands to more than \d+ MB.*Nothing was imported/);
    // At most the absolute cap was ever inflated, never the gigabytes.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(600 * 1024 * 1024);
  });

  it('a small package with an extreme ratio is refused even under the absolute cap', async () => {
    // 64 MiB from about 64 KB: a ratio of about 1000, far past what JSON compresses to.
    const result = await importOf(seal(bomb(64)));
    expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', detail: { reason: 'too-large' } } });
  });

  it('refuses a document with too many records or too deep a nesting before validating it', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const nested = await importOf(seal(deflateRawSync(Buffer.from(deep))));
    expect(nested).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!nested.ok) expect(nested.error.message).toMatch(/nested deeper/);
    const many = `{"kind":"closed-set/production-snapshot","rows":[${'0,'.repeat(2_100_000)}0]}`;
    const rows = await importOf(seal(deflateRawSync(Buffer.from(many))));
    expect(rows).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', detail: { reason: 'too-large' } } });
  });

  it('refuses scrypt settings costlier than the app writes, before deriving any key', async () => {
    const costly = seal(deflateRawSync(Buffer.from('{}')), { log2N: 14, r: 8, p: 1 });
    // log2N 20, r 32 would ask for 8 GB: changed in the header (the digest then recomputed).
    costly.writeUInt8(20, 13);
    costly.writeUInt8(32, 14);
    const body = costly.subarray(0, costly.length - 32);
    createHash('sha256')
      .update(body)
      .digest()
      .copy(costly, costly.length - 32);
    const started = Date.now();
    const result = await importOf(costly);
    expect(result).toMatchObject({ ok: false, error: { code: 'PACKAGE_DAMAGED' } });
    if (!result.ok) expect(result.error.message).toMatch(/key-derivation settings/);
    expect(Date.now() - started).toBeLessThan(20_000);
    for (const [offset, value] of [
      [13, 18],
      [14, 9],
      [15, 2],
    ] as const) {
      const over = seal(deflateRawSync(Buffer.from('{}')));
      over.writeUInt8(value, offset);
      createHash('sha256')
        .update(over.subarray(0, over.length - 32))
        .digest()
        .copy(over, over.length - 32);
      expect(await importOf(over)).toMatchObject({ ok: false, error: { code: 'PACKAGE_DAMAGED' } });
    }
  });

  it('still opens a package the app wrote, at its own scrypt settings', async () => {
    const { core, dir } = await unlockedCore();
    const production = await core.run('production.create', productionInput());
    const file = path.join(dir, 'night-shift.closedset-handoff');
    await core.run('handoff.export', {
      productionId: production.id,
      format: 'package',
      recipient: 'Second unit IC',
      path: file,
      packagePassphrase: HANDOFF,
    });
    const other = newCore(tempDir());
    await other.run('vault.create', { path: path.join(tempDir(), 'b.closedset'), passphrase: PASS });
    expect(await other.run('handoff.import', { path: file, passphrase: HANDOFF })).toMatchObject({ mode: 'new' });
    expect((await other.run('production.list', {})).map((p) => p.title)).toEqual(['Night Shift']);
    core.dispose();
    other.dispose();
  });
});
