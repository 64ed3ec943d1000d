import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { sealPackage } from '../../../electron/core/handoff/package';
import { readSnapshot } from '../../../electron/core/handoff/snapshot';
import type { Snapshot } from '../../../shared/handoff/schema';
import { filesContaining, newCore, PASS, tempDir, unlockedCore } from '../../helpers';
import { dumpVault, mark, plantedProduction, withoutSeededStamps } from './fixture';

const HANDOFF = 'amber-tidewater-compass-58';

async function exported() {
  const { core, dir } = await unlockedCore();
  const planted = await plantedProduction(core);
  const file = path.join(dir, 'night-shift.closedset-handoff');
  await core.run('handoff.export', {
    productionId: planted.production.id,
    format: 'package',
    recipient: 'Second unit IC',
    path: file,
    packagePassphrase: HANDOFF,
  });
  return { core, dir, file, ...planted };
}

async function emptyVault(): Promise<Core> {
  const core = newCore(tempDir());
  await core.run('vault.create', { path: path.join(tempDir(), 'b.closedset'), passphrase: PASS });
  return core;
}

/** Runs an import that must fail and proves the vault did not change. */
async function refused(core: Core, input: { path: string; passphrase?: string }) {
  const before = dumpVault(core.db());
  const result = await core.handle('handoff.import', input);
  expect(dumpVault(core.db())).toBe(before);
  if (result.ok) throw new Error('the import was accepted');
  return result.error;
}

describe('the encrypted handoff package', () => {
  it('round trip: the production arrives whole, its audit chain verifies, no plaintext in the file', async () => {
    const { core, file, production } = await exported();
    const bytes = readFileSync(file);
    expect(filesContaining(path.dirname(file), mark('storycontext', 1)).filter((f) => f === file)).toEqual([]);
    expect(bytes.includes(Buffer.from(mark('sizesbust', 1)))).toBe(false);
    const other = await emptyVault();
    const plan = await other.run('handoff.import', { path: file, passphrase: HANDOFF });
    const a = readSnapshot(core.db(), production.id, new Date(0));
    const entries = a.tables.auditEntry.length;
    expect(plan).toMatchObject({ mode: 'new', conflicts: [], audit: { added: entries, diverged: 0 } });
    const b = readSnapshot(other.db(), production.id, new Date(0));
    expect(withoutSeededStamps(b)).toEqual(withoutSeededStamps(a));
    expect(await other.run('audit.verify', {})).toMatchObject({ ok: true });
    expect(await other.run('audit.verify', { productionId: production.id })).toMatchObject({ ok: true, entries });
    other.dispose();
  });

  it('refuses a weak passphrase and the vault passphrase itself', async () => {
    const { core } = await unlockedCore();
    const { production } = await plantedProduction(core);
    const base = {
      productionId: production.id,
      format: 'package' as const,
      recipient: 'X',
      path: path.join(tempDir(), 'p'),
    };
    const weak = await core.handle('handoff.export', { ...base, packagePassphrase: 'password1' });
    expect(weak.ok ? null : weak.error.code).toBe('WEAK_PASSPHRASE');
    const same = await core.handle('handoff.export', { ...base, packagePassphrase: PASS });
    expect(same.ok ? null : same.error.message).toMatch(/not your vault passphrase/);
  });

  it('a wrong package passphrase is named as such', async () => {
    const { file } = await exported();
    const error = await refused(await emptyVault(), { path: file, passphrase: 'not-the-right-one-at-all' });
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toMatch(/Wrong package passphrase/);
  });

  it('a missing passphrase is asked for by name', async () => {
    const { file } = await exported();
    const error = await refused(await emptyVault(), { path: file });
    expect(error.issues?.[0]?.path).toBe('passphrase');
  });

  it.each([
    ['the magic', 2],
    ['the KDF salt', 20],
    ['the key check', 50],
    ['the ciphertext', 200],
  ])('a flipped byte in %s is reported as damage', async (_where, offset) => {
    const { file } = await exported();
    const bytes = readFileSync(file);
    bytes[offset] = (bytes[offset] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
    const error = await refused(await emptyVault(), { path: file, passphrase: HANDOFF });
    expect(error.code).toBe('PACKAGE_DAMAGED');
    expect(error.message).toMatch(offset === 2 ? /signature bytes are wrong/ : /checksum does not match/);
  });

  it('tampering that also fixes the checksum fails authentication', async () => {
    const { file } = await exported();
    const bytes = readFileSync(file);
    const body = bytes.subarray(0, bytes.length - 32);
    body[120] = (body[120] ?? 0) ^ 0x80;
    const { createHash } = await import('node:crypto');
    writeFileSync(file, Buffer.concat([body, createHash('sha256').update(body).digest()]));
    const error = await refused(await emptyVault(), { path: file, passphrase: HANDOFF });
    expect(error.code).toBe('PACKAGE_DAMAGED');
    expect(error.message).toMatch(/fails authentication/);
  });

  it('a truncated file says it is truncated', async () => {
    const { file } = await exported();
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 100));
    const error = await refused(await emptyVault(), { path: file, passphrase: HANDOFF });
    expect(error.code).toBe('PACKAGE_DAMAGED');
    expect(error.message).toMatch(/truncated/);
  });

  it('a package from a newer format version asks for an update', async () => {
    const { file } = await exported();
    const bytes = readFileSync(file);
    bytes.writeUInt16BE(3, 8);
    writeFileSync(file, bytes);
    const error = await refused(await emptyVault(), { path: file, passphrase: HANDOFF });
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toMatch(/newer version of Closed Set \(package format 3/);
  });

  it('a package whose content fails the schema names the field', async () => {
    const { core, production, dir } = await exported();
    const snap = readSnapshot(core.db(), production.id) as unknown as { tables: { scene: Record<string, unknown>[] } };
    const scene = snap.tables.scene[0];
    if (scene) scene.riskLevel = 'extreme';
    const file = path.join(dir, 'bad.closedset-handoff');
    writeFileSync(file, await sealPackage(snap as unknown as Snapshot, HANDOFF));
    const error = await refused(await emptyVault(), { path: file, passphrase: HANDOFF });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/tables\.scene\.0\.riskLevel/);
  });

  it('a JSON export that fails its schema, a newer JSON, and a file that is neither', async () => {
    const { core, production, dir } = await exported();
    const target = await emptyVault();
    const snap = readSnapshot(core.db(), production.id) as unknown as Record<string, unknown>;
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...snap, production: { ...(snap.production as object), title: 42 } }));
    expect((await refused(target, { path: bad })).message).toMatch(/production\.title/);
    writeFileSync(bad, JSON.stringify({ ...snap, formatVersion: 9 }));
    expect((await refused(target, { path: bad })).message).toMatch(/newer version .*format 9/);
    writeFileSync(bad, JSON.stringify({ ...snap, kind: undefined, cut: 'costume' }));
    expect((await refused(target, { path: bad })).message).toMatch(/"costume" recipient cut/);
    writeFileSync(bad, '{ not json');
    expect((await refused(target, { path: bad })).message).toMatch(/not valid JSON/);
    writeFileSync(bad, 'Scene,Episode\n1,2\n');
    expect((await refused(target, { path: bad })).message).toMatch(
      /neither a Closed Set handoff package nor a JSON export/,
    );
  });

  it('an audit chain edited inside a valid file is refused', async () => {
    const { core, production, dir } = await exported();
    const snap = readSnapshot(core.db(), production.id);
    const entry = snap.tables.auditEntry[1];
    if (entry) entry.action = 'delete';
    const file = path.join(dir, 'edited.json');
    writeFileSync(file, JSON.stringify(snap));
    const error = await refused(await emptyVault(), { path: file });
    expect(error.message).toMatch(/audit trail in this file does not verify at entry 2/);
  });
});
