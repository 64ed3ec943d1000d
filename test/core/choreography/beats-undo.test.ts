import { describe, expect, it } from 'vitest';
import { productionInput, unlockedCore } from '../../helpers';

/** What the binder's undo needs from the services: inverses as ordinary, audited commands. */
async function setup() {
  const ctx = await unlockedCore();
  const { core } = ctx;
  const production = await core.run('production.create', productionInput('Night Shift'));
  const ana = await core.run('person.create', { name: 'Ana Ortiz' });
  const ben = await core.run('person.create', { name: 'Ben Okafor' });
  for (const p of [ana, ben]) {
    await core.run('member.add', { productionId: production.id, personId: p.id, role: 'performer' });
  }
  const scene = await core.run('scene.create', {
    productionId: production.id,
    number: '12',
    intimacyTypes: ['kiss'],
    performers: [{ personId: ana.id }, { personId: ben.id }],
  });
  return { ...ctx, production, ana, ben, scene };
}

const strip = <T extends { position: number }>({ position: _p, ...b }: T) => b;

describe('undoing a beat removal', () => {
  it('brings back the same beat, by id, as a new version audited as a restore', async () => {
    const { core, scene, ana, ben } = await setup();
    const v1 = await core.run('beats.save', {
      sceneId: scene.id,
      baseVersion: 0,
      beats: [
        { title: 'Approach', performerIds: [ana.id, ben.id] },
        { title: 'Embrace', performerIds: [ana.id, ben.id] },
      ],
    });
    const [approach, embrace] = v1.beats;
    if (!approach || !embrace) throw new Error('beats were not saved');
    const v2 = await core.run('beats.save', {
      sceneId: scene.id,
      baseVersion: 1,
      note: 'Removed a beat',
      beats: [strip(approach)],
    });
    expect(v2.beats.map((b) => b.title)).toEqual(['Approach']);

    // The undo: the beats the screen showed before, saved over the version the removal made.
    const v3 = await core.run('beats.save', {
      sceneId: scene.id,
      baseVersion: v2.version,
      note: 'Undo: removed a beat',
      beats: v1.beats.map(strip),
    });
    expect(v3.version).toBe(3);
    expect(v3.beats.map((b) => [b.id, b.title])).toEqual([
      [approach.id, 'Approach'],
      [embrace.id, 'Embrace'],
    ]);
    const audit = await core.run('audit.list', { entity: 'beat', entityId: embrace.id });
    expect(audit.map((a) => a.action)).toEqual(['restore', 'delete', 'create']);
    expect((await core.run('audit.verify', {})).ok).toBe(true);
  });

  it('still refuses a beat id that never belonged to the scene', async () => {
    const { core, production, scene, ana, ben } = await setup();
    const other = await core.run('scene.create', {
      productionId: production.id,
      number: '14',
      intimacyTypes: ['kiss'],
      performers: [{ personId: ana.id }, { personId: ben.id }],
    });
    const elsewhere = await core.run('beats.save', {
      sceneId: other.id,
      baseVersion: 0,
      beats: [{ title: 'Elsewhere', performerIds: [ana.id] }],
    });
    const foreign = elsewhere.beats[0]?.id ?? '';
    const res = await core.handle('beats.save', {
      sceneId: scene.id,
      baseVersion: 0,
      beats: [{ id: foreign, title: 'Borrowed', performerIds: [ana.id] }],
    });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'beats.0.id', message: 'Not a beat of this scene' }] },
    });
    expect((await core.run('beats.get', { sceneId: scene.id })).version).toBe(0);
  });

  it('undoes a reorder by moving back to the order the screen showed', async () => {
    const { core, scene, ana } = await setup();
    const v1 = await core.run('beats.save', {
      sceneId: scene.id,
      baseVersion: 0,
      beats: [
        { title: 'One', performerIds: [ana.id] },
        { title: 'Two', performerIds: [ana.id] },
      ],
    });
    const before = v1.beats.map((b) => b.id);
    const moved = await core.run('beats.move', { sceneId: scene.id, baseVersion: 1, order: [...before].reverse() });
    expect(moved.beats.map((b) => b.title)).toEqual(['Two', 'One']);
    const back = await core.run('beats.move', { sceneId: scene.id, baseVersion: moved.version, order: before });
    expect(back.beats.map((b) => b.title)).toEqual(['One', 'Two']);
  });
});

describe('undoing a breakdown import', () => {
  it('returns the new scene ids, so undo can soft-delete exactly those and redo restore them', async () => {
    const { core, production } = await setup();
    const csv = 'Scene,Episode,Intimacy\n31,102,kiss\n32,102,kiss\n';
    const result = await core.run('breakdown.import', { productionId: production.id, csv });
    expect(result.created).toBe(2);
    const numbers = async () =>
      (await core.run('scene.list', { productionId: production.id })).map((s) => s.number).sort();
    expect(await numbers()).toEqual(['12', '31', '32']);
    for (const id of result.sceneIds) await core.run('scene.delete', { id, deleted: true });
    expect(await numbers()).toEqual(['12']);
    const trash = await core.run('trash.list', {});
    expect(trash.filter((t) => t.kind === 'scene').map((t) => t.title)).toEqual(
      expect.arrayContaining(['Scene 102/31', 'Scene 102/32']),
    );
    for (const id of result.sceneIds) await core.run('scene.delete', { id, deleted: false });
    expect(await numbers()).toEqual(['12', '31', '32']);
  });
});
