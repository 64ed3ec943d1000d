import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/core/audit/trail';
import type { Core } from '../../../electron/core/core';
import { assertChainVerifies } from '../../../electron/core/handoff/merge';
import { readAuditChain } from '../../../electron/core/handoff/snapshot';
import type { AuditRecord } from '../../../shared/handoff/schema';
import { newCore, PASS, tempDir, unlockedCore } from '../../helpers';
import { dumpVault, plantedProduction } from './fixture';

/** Two vaults that share a production: A made it, B imported A's export. */
async function twoVaults() {
  const { core: a } = await unlockedCore();
  const planted = await plantedProduction(a);
  const b = newCore(tempDir());
  await b.run('vault.create', { path: path.join(tempDir(), 'b.closedset'), passphrase: PASS });
  await b.run('handoff.import', { path: await send(a, planted.production.id) });
  return { a, b, productionId: planted.production.id, scenes: planted.scenes };
}

let n = 0;
async function send(from: Core, productionId: string): Promise<string> {
  const file = path.join(tempDir(), `handoff-${++n}.json`);
  await from.run('handoff.export', { productionId, format: 'json', recipient: 'Other IC', path: file });
  return file;
}

const sceneId = (scenes: { id: string }[], i: number) => scenes[i]?.id ?? '';

describe('merging a handoff into a vault that has the production', () => {
  it('takes what changed on their side only, keeps what changed on ours only', async () => {
    const { a, b, productionId, scenes } = await twoVaults();
    await b.run('scene.update', { id: sceneId(scenes, 0), patch: { location: 'Boathouse (changed by B)' } });
    await a.run('scene.update', { id: sceneId(scenes, 1), patch: { location: 'Lighthouse (changed by A)' } });
    const file = await send(b, productionId);
    const plan = await a.run('handoff.inspect', { path: file });
    expect(plan.mode).toBe('merge');
    expect(plan.conflicts).toEqual([]);
    expect(plan.counts.updated).toBe(1);
    expect(plan.counts.keptOurs).toBe(1);
    await a.run('handoff.import', { path: file });
    expect((await a.run('scene.get', { id: sceneId(scenes, 0) })).location).toBe('Boathouse (changed by B)');
    expect((await a.run('scene.get', { id: sceneId(scenes, 1) })).location).toBe('Lighthouse (changed by A)');
  });

  it('lists a record changed on both sides and overwrites nothing until the user decides', async () => {
    const { a, b, productionId, scenes } = await twoVaults();
    const id = sceneId(scenes, 0);
    await a.run('scene.update', { id, patch: { location: 'Ours', mitigation: 'same on both' } });
    await b.run('scene.update', { id, patch: { location: 'Theirs', mitigation: 'same on both' } });
    const file = await send(b, productionId);
    const plan = await a.run('handoff.inspect', { path: file });
    expect(plan.conflicts).toHaveLength(1);
    const conflict = plan.conflicts[0];
    expect(conflict).toMatchObject({ key: `scene:${id}`, table: 'scene', label: 'Scene 3/12A' });
    expect(conflict?.fields).toEqual([{ field: 'location', ours: 'Ours', theirs: 'Theirs' }]);

    const before = dumpVault(a.db());
    const undecided = await a.handle('handoff.import', { path: file });
    expect(undecided.ok ? null : undecided.error).toMatchObject({ code: 'CONFLICT' });
    expect(undecided.ok ? [] : undecided.error.issues).toEqual([
      { path: `scene:${id}`, message: 'Scene 3/12A: changed on both sides' },
    ]);
    expect(dumpVault(a.db())).toBe(before);

    await a.run('handoff.import', { path: file, resolutions: { [`scene:${id}`]: 'theirs' } });
    expect((await a.run('scene.get', { id })).location).toBe('Theirs');
  });

  it('keeping ours is remembered: the same file again brings no conflict', async () => {
    const { a, b, productionId, scenes } = await twoVaults();
    const id = sceneId(scenes, 0);
    await a.run('scene.update', { id, patch: { location: 'Ours' } });
    await b.run('scene.update', { id, patch: { location: 'Theirs' } });
    const file = await send(b, productionId);
    await a.run('handoff.import', { path: file, resolutions: { [`scene:${id}`]: 'ours' } });
    expect((await a.run('scene.get', { id })).location).toBe('Ours');
    const again = await a.run('handoff.inspect', { path: file });
    expect(again.conflicts).toEqual([]);
  });

  it('appends their new audit entries verbatim, so the chain still verifies', async () => {
    const { a, b, productionId } = await twoVaults();
    appendAudit(b.db(), { productionId, entity: 'scene', entityId: 'X', action: 'update', newValue: { by: 'B' } });
    const plan = await a.run('handoff.import', { path: await send(b, productionId) });
    expect(plan.audit).toEqual({ added: 1, diverged: 0 });
    expect(await a.run('audit.verify', {})).toMatchObject({ ok: true });
    const bHead = (await b.run('audit.list', { productionId, limit: 1 }))[0];
    expect((await a.run('audit.list', { productionId, entity: 'scene', entityId: 'X' }))[0]?.hash).toBe(bHead?.hash);
  });

  it('when both chains grew, keeps ours and stores theirs as a verifiable branch', async () => {
    const { a, b, productionId } = await twoVaults();
    const common = readAuditChain(a.db(), productionId).length;
    appendAudit(a.db(), { productionId, entity: 'scene', entityId: 'A', action: 'update' });
    appendAudit(b.db(), { productionId, entity: 'scene', entityId: 'B', action: 'update' });
    appendAudit(b.db(), { productionId, entity: 'scene', entityId: 'B', action: 'update' });
    const plan = await a.run('handoff.import', { path: await send(b, productionId) });
    expect(plan.audit).toEqual({ added: 0, diverged: 2 });
    expect(await a.run('audit.verify', {})).toMatchObject({ ok: true });
    const branch = a.db().prepare('SELECT entry FROM handoff_audit_branch ORDER BY position').all() as {
      entry: string;
    }[];
    const entries = branch.map((r) => JSON.parse(r.entry) as AuditRecord);
    expect(entries.map((e) => e.entityId)).toEqual(['B', 'B']);
    // The branch continues the shared part of the chain: together they verify.
    const shared = readAuditChain(a.db(), productionId).slice(0, common);
    expect(() => assertChainVerifies([...shared, ...entries])).not.toThrow();
  });

  it('refuses, naming the scene, when both vaults made a different scene with the same number', async () => {
    const { a, b, productionId } = await twoVaults();
    await a.run('scene.create', { productionId, number: '99', location: 'A' });
    await b.run('scene.create', { productionId, number: '99', location: 'B' });
    const file = await send(b, productionId);
    const before = dumpVault(a.db());
    const result = await a.handle('handoff.inspect', { path: file });
    expect(result.ok ? null : result.error.message).toMatch(
      /Cannot import Scene 99: this vault already has a different record/,
    );
    const imported = await a.handle('handoff.import', { path: file });
    expect(imported.ok).toBe(false);
    expect(dumpVault(a.db())).toBe(before);
  });
});
