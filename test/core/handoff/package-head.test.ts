import { createCipheriv, createHash, createHmac, randomBytes, scryptSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chainHead } from '../../../electron/core/audit/anchor';
import { PACKAGE_FORMAT_VERSION, PACKAGE_MAGIC, readPackageHead } from '../../../electron/core/handoff/package';
import { readSnapshot } from '../../../electron/core/handoff/snapshot';
import { newCore, PASS, productionInput, tempDir, unlockedCore } from '../../helpers';

const HANDOFF = 'amber-tidewater-compass-58';

/** A version 1 package, sealed from the format's description: the header without a chain head. */
function sealV1(json: string): Buffer {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const key = scryptSync(HANDOFF, salt, 64, { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const deflated = deflateRawSync(Buffer.from(json, 'utf8'));
  const header = Buffer.alloc(72);
  PACKAGE_MAGIC.copy(header, 0);
  header.writeUInt16BE(1, 8);
  header.writeUInt16BE(72, 10);
  header.writeUInt8(1, 12);
  header.writeUInt8(14, 13);
  header.writeUInt8(8, 14);
  header.writeUInt8(1, 15);
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

async function exportedPackage() {
  const { core, dir } = await unlockedCore();
  const p = await core.run('production.create', productionInput('Chain In The Header'));
  for (const noticeHours of [24, 36]) await core.run('production.update', { id: p.id, patch: { noticeHours } });
  const file = path.join(dir, 'show.closedset-handoff');
  await core.run('handoff.export', {
    productionId: p.id,
    format: 'package',
    recipient: 'Second unit IC',
    path: file,
    packagePassphrase: HANDOFF,
  });
  return { core, file, productionId: p.id, head: chainHead(core.db(), p.id) };
}

describe("the package header carries the production's audit chain head", () => {
  it('readable without the passphrase: entry count, last hash and production', async () => {
    const { core, file, head, productionId } = await exportedPackage();
    const bytes = readFileSync(file);
    expect(bytes.readUInt16BE(8)).toBe(PACKAGE_FORMAT_VERSION);
    expect(head.count).toBeGreaterThanOrEqual(3);
    expect(readPackageHead(bytes)).toEqual({ productionId, count: head.count, hash: head.hash });
    // Through the command table, from the file alone and authenticated with the passphrase.
    expect(await core.run('audit.verifyAgainst', { against: file })).toEqual({
      ok: true,
      count: head.count,
      hash: head.hash,
      productionId,
      source: 'package',
      authenticated: false,
    });
    expect(await core.run('audit.verifyAgainst', { against: file, packagePassphrase: HANDOFF })).toMatchObject({
      source: 'package',
      authenticated: true,
      count: head.count,
    });
  });

  it('a head changed in the header (checksum redone) is caught once the package is opened', async () => {
    const { core, file } = await exportedPackage();
    const bytes = readFileSync(file);
    const body = Buffer.from(bytes.subarray(0, bytes.length - 32));
    body.writeUInt32BE(body.readUInt32BE(72) - 1, 72);
    writeFileSync(file, Buffer.concat([body, createHash('sha256').update(body).digest()]));
    const res = await core.handle('audit.verifyAgainst', { against: file, packagePassphrase: HANDOFF });
    expect(res).toMatchObject({ ok: false, error: { code: 'PACKAGE_DAMAGED' } });
    const other = newCore(tempDir());
    await other.run('vault.create', { path: path.join(tempDir(), 'b.closedset'), passphrase: PASS });
    expect(await other.handle('handoff.import', { path: file, passphrase: HANDOFF })).toMatchObject({
      ok: false,
      error: { code: 'PACKAGE_DAMAGED' },
    });
    other.dispose();
  });

  it('a version 1 package (no head in its header) still imports, and verify takes its head from its trail', async () => {
    const { core, productionId, head } = await exportedPackage();
    const old = path.join(tempDir(), 'old.closedset-handoff');
    writeFileSync(old, sealV1(JSON.stringify(readSnapshot(core.db(), productionId))));
    expect(readPackageHead(readFileSync(old))).toBeNull();
    const without = await core.handle('audit.verifyAgainst', { against: old });
    expect(without).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!without.ok)
      expect(without.error.message).toMatch(/carries no audit chain head.*CLOSED_SET_PACKAGE_PASSPHRASE/);
    expect(await core.run('audit.verifyAgainst', { against: old, packagePassphrase: HANDOFF })).toMatchObject({
      count: head.count,
      hash: head.hash,
      authenticated: true,
    });
    const other = newCore(tempDir());
    await other.run('vault.create', { path: path.join(tempDir(), 'b.closedset'), passphrase: PASS });
    const plan = await other.run('handoff.import', { path: old, passphrase: HANDOFF });
    expect(plan).toMatchObject({ mode: 'new', audit: { added: head.count } });
    other.dispose();
  });
});
