import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { readSnapshot } from '../../../electron/core/handoff/snapshot';
import { RIDER_STATUS_LABELS } from '../../../shared/consent/schema';
import { cutSnapshot } from '../../../shared/handoff/cuts';
import { newCore, PASS, productionInput, tempDir, unlockedCore } from '../../helpers';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function production(core: Core) {
  const p = await core.run('production.create', productionInput('Night Shift'));
  const ana = await core.run('person.create', { name: 'Ana Ortiz' });
  await core.run('member.add', { productionId: p.id, personId: ana.id, role: 'performer' });
  const scene = await core.run('scene.create', {
    productionId: p.id,
    number: '12',
    shootDate: '2026-12-14',
    callTime: '07:00',
    performers: [{ personId: ana.id, nudity: 'partial' }],
  });
  await core.run('riderTemplate.create', { productionId: p.id, name: 'Closed set', terms: { nudity: 'partial' } });
  const r = await core.run('rider.create', {
    productionId: p.id,
    personId: ana.id,
    sceneIds: [scene.id],
    terms: { nudity: 'partial', offLimits: 'RIDERSECRET no contact below the waist' },
  });
  await core.run('rider.send', { id: r.rider.id });
  await core.run('rider.sign', {
    id: r.rider.id,
    signature: { kind: 'drawn', image: PNG, name: 'Ana Ortiz' },
    witness: 'Rosa Lindqvist',
  });
  await core.run('rider.checkIn', { riderId: r.rider.id, kind: 'rehearsal', who: 'Ana', outcome: 'confirmed' });
  return { productionId: p.id, riderId: r.rider.id, sceneId: scene.id };
}

let n = 0;
async function send(from: Core, productionId: string): Promise<string> {
  const file = path.join(tempDir(), `riders-${++n}.json`);
  await from.run('handoff.export', { productionId, format: 'json', recipient: 'Second unit IC', path: file });
  return file;
}

describe('riders in a handoff', () => {
  it('travel whole to the next coordinator: versions, signature, check-ins, templates and their history', async () => {
    const { core: a } = await unlockedCore();
    const { productionId, riderId, sceneId } = await production(a);
    const b = newCore(tempDir());
    await b.run('vault.create', { path: path.join(tempDir(), 'b.closedset'), passphrase: PASS });
    await b.run('handoff.import', { path: await send(a, productionId) });

    const there = await b.run('rider.get', { id: riderId });
    const here = await a.run('rider.get', { id: riderId });
    expect(there.versions).toEqual(here.versions);
    expect(there.checkIns).toEqual(here.checkIns);
    expect(there.audit.map((e) => e.hash)).toEqual(here.audit.map((e) => e.hash));
    expect((await b.run('consent.scene', { sceneId })).status).toBe('complete');
    expect((await b.run('riderTemplate.list', { productionId })).map((t) => t.name)).toEqual(['Closed set']);
    expect((await b.run('audit.verify', { productionId })).ok).toBe(true);

    // A withdrawal recorded on one side reaches the other on the next handoff.
    await a.run('rider.withdraw', { id: riderId, reason: 'Wants to talk first' });
    const file = await send(a, productionId);
    const plan = await b.run('handoff.inspect', { path: file });
    // A change to a rider is shown in words and applied only once the coordinator accepts it.
    expect(plan.consentChanges.flatMap((c) => c.fields)).toContainEqual({
      field: 'Status',
      from: RIDER_STATUS_LABELS.signed,
      to: RIDER_STATUS_LABELS.withdrawn,
    });
    expect((await b.handle('handoff.import', { path: file })).ok).toBe(false);
    await b.run('handoff.import', { path: file, accept: plan.consentChanges.map((c) => c.id) });
    const after = await b.run('consent.scene', { sceneId });
    expect(after.blockers).toEqual(['Ana Ortiz has withdrawn consent for this scene.']);
    expect((await b.run('audit.verify', { productionId })).ok).toBe(true);
  });

  it('never reach the costume or the production cut; the full binder carries them', async () => {
    const { core } = await unlockedCore();
    const { productionId } = await production(core);
    const snapshot = readSnapshot(core.db(), productionId);
    expect(snapshot.tables.riderVersion).toHaveLength(1);
    for (const cut of ['costume', 'production'] as const) {
      const view = cutSnapshot(snapshot, cut, 'Recipient');
      expect(JSON.stringify(view)).not.toContain('RIDERSECRET');
      expect(JSON.stringify(view)).not.toContain('base64');
      expect(Object.keys(view.tables).filter((t) => /rider|consent/i.test(t))).toEqual([]);
    }
    expect(JSON.stringify(cutSnapshot(snapshot, 'full', 'Me'))).toContain('RIDERSECRET');
  });

  it('print in the full PDF binder, terms and signature record included, and in no other cut', async () => {
    const { core } = await unlockedCore();
    const { productionId } = await production(core);
    const pdf = async (cut: 'full' | 'costume' | 'production') => {
      const file = path.join(tempDir(), `${cut}.pdf`);
      await core.run('handoff.export', { productionId, format: 'pdf', cut, recipient: 'Rowan Pike', path: file });
      return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    };
    const full = await pdf('full');
    expect(full).toContain('Riders and consent');
    expect(full).toContain('RIDERSECRET no contact below the waist');
    expect(full).toMatch(/by Ana Ortiz \(drawn on screen\), witnessed by Rosa Lindqvist/);
    for (const cut of ['costume', 'production'] as const) {
      const text = await pdf(cut);
      expect(text).not.toContain('RIDERSECRET');
      expect(text).not.toContain('Riders and consent');
    }
  });
});
