import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryHash, GENESIS } from '../../../electron/core/audit/trail';
import type { Core } from '../../../electron/core/core';
import { snapshotJson } from '../../../electron/core/handoff/handoff';
import { sealPackage } from '../../../electron/core/handoff/package';
import { readSnapshot } from '../../../electron/core/handoff/snapshot';
import { newId } from '../../../electron/core/vault/vault';
import type { AuditRecord, Snapshot } from '../../../shared/handoff/schema';
import { newCore, PASS, productionInput, tempDir } from '../../helpers';
import { dumpVault } from './fixture';

const HANDOFF = 'amber-tidewater-compass-58';

/** A production with a performer, a scene and a signed rider with a check-in. */
async function production(core: Core, title: string) {
  const p = await core.run('production.create', productionInput(title));
  const ana = await core.run('person.create', { name: `Ana of ${title}` });
  await core.run('member.add', { productionId: p.id, personId: ana.id, role: 'performer' });
  const scene = await core.run('scene.create', {
    productionId: p.id,
    number: '12A',
    shootDate: '2026-12-05',
    performers: [{ personId: ana.id, nudity: 'partial' }],
  });
  const r = await core.run('rider.create', { productionId: p.id, personId: ana.id, sceneIds: [scene.id] });
  await core.run('rider.send', { id: r.rider.id });
  await core.run('rider.sign', { id: r.rider.id, signature: { kind: 'typed', name: 'Ana' }, witness: 'Rosa' });
  await core.run('rider.checkIn', { riderId: r.rider.id, kind: 'rehearsal', who: 'Ana', outcome: 'confirmed' });
  return p.id;
}

/**
 * Vault W holds a victim production P. The file is a new production Q (made elsewhere) that a
 * forger edits to carry P's ids.
 */
async function setting() {
  const maker = newCore(tempDir());
  await maker.run('vault.create', { path: path.join(tempDir(), 'maker.closedset'), passphrase: PASS });
  const victimId = await production(maker, 'Victim');
  const sourceId = await production(maker, 'Source');
  const victim = readSnapshot(maker.db(), victimId);
  const source = readSnapshot(maker.db(), sourceId);
  const w = newCore(tempDir());
  await w.run('vault.create', { path: path.join(tempDir(), 'w.closedset'), passphrase: PASS });
  await w.run('handoff.import', { path: write(victim) });
  return { w, victim, source: () => structuredClone(source) };
}

function write(snap: Snapshot): string {
  const file = path.join(tempDir(), `${newId()}.json`);
  writeFileSync(file, snapshotJson(snap));
  return file;
}

async function refused(core: Core, input: { path: string; passphrase?: string }) {
  const before = dumpVault(core.db());
  const result = await core.handle('handoff.import', input);
  expect(dumpVault(core.db())).toBe(before);
  if (result.ok) throw new Error('the import was accepted');
  expect((await core.run('audit.verify', {})).ok).toBe(true);
  return result.error;
}

/** Re-links a chain after an edit, as a forger with the code would. */
function rechain(entries: AuditRecord[]): AuditRecord[] {
  let prev = GENESIS;
  return entries.map((e) => {
    const stored = {
      id: e.id,
      at: e.at,
      productionId: e.productionId,
      entity: e.entity,
      entityId: e.entityId,
      action: e.action,
      actor: e.actor,
      oldValue: e.oldValue,
      newValue: e.newValue,
      prevHash: prev,
    };
    const hash = entryHash(stored);
    prev = hash;
    return { ...e, prevHash: stored.prevHash, hash };
  });
}

describe('an import touches only its own production (promise 12)', () => {
  it('refuses a scene of another production, also inside a correctly encrypted package', async () => {
    const { w, victim, source } = await setting();
    const snap = source();
    const theirScene = victim.tables.scene[0];
    if (!theirScene) throw new Error('no scene');
    snap.tables.scene.push({ ...theirScene, number: '99', location: 'Moved here' });
    const file = path.join(tempDir(), 'forged.closedset-handoff');
    writeFileSync(file, await sealPackage(snap, HANDOFF));
    const error = await refused(w, { path: file, passphrase: HANDOFF });
    expect(error.message).toMatch(/scene .*belongs to another production/);
    // Written straight into the other production, under its own id.
    const direct = source();
    direct.tables.scene.push({ ...theirScene, id: newId(), number: '77' });
    expect((await refused(w, { path: write(direct) })).message).toMatch(/scene .*belongs to another production/);
  });

  it('refuses a "signed" rider version added to a rider of another production', async () => {
    const { w, victim, source } = await setting();
    const snap = source();
    const v = victim.tables.riderVersion?.[0];
    if (!v) throw new Error('no rider version');
    snap.tables.riderVersion?.push({ ...v, id: newId(), version: 7, terms: { ...v.terms } });
    expect((await refused(w, { path: write(snap) })).message).toMatch(/rider version .*another production/);
  });

  it('refuses a consent check-in on a rider of another production', async () => {
    const { w, victim, source } = await setting();
    const snap = source();
    const c = victim.tables.consentCheckin?.[0];
    if (!c) throw new Error('no check-in');
    snap.tables.consentCheckin?.push({ ...c, id: newId(), outcome: 'changed' });
    expect((await refused(w, { path: write(snap) })).message).toMatch(/consent checkin .*another production/);
  });

  it("refuses audit entries of another production, which would break that production's chain", async () => {
    const { w, victim, source } = await setting();
    const snap = source();
    const last = snap.tables.auditEntry.at(-1);
    if (!last) throw new Error('no audit');
    snap.tables.auditEntry = rechain([
      ...snap.tables.auditEntry,
      { ...last, id: newId(), productionId: victim.production.id },
    ]);
    expect((await refused(w, { path: write(snap) })).message).toMatch(
      /audit trail holds an entry .* another production/,
    );
  });

  it('runs the domain rules on imported rows: no minor in nudity, no signature before sending', async () => {
    const { w, source } = await setting();
    const minor = source();
    const person = minor.tables.person[0];
    if (!person) throw new Error('no person');
    minor.tables.person[0] = { ...person, isMinor: true };
    expect((await refused(w, { path: write(minor) })).message).toMatch(/Scene 12A.*minor/i);

    const early = source();
    const versions = early.tables.riderVersion ?? [];
    const v = versions[0];
    if (!v?.sentAt) throw new Error('no sent version');
    versions[0] = { ...v, signedAt: '2020-01-01T00:00:00.000Z' };
    expect((await refused(w, { path: write(early) })).message).toMatch(/signed before it was sent/);

    // The untouched file imports.
    expect((await w.run('handoff.import', { path: write(source()) })).mode).toBe('new');
  });
});
