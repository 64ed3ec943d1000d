import { describe, expect, it } from 'vitest';
import { productionInput, unlockedCore } from '../../helpers';

async function setup() {
  const { core } = await unlockedCore();
  const production = await core.run('production.create', productionInput('Night Shift'));
  const person = async (name: string) => {
    const p = await core.run('person.create', { name });
    await core.run('member.add', { productionId: production.id, personId: p.id, role: 'performer' });
    return p;
  };
  const ana = await person('Ana Ortiz');
  const ben = await person('Ben Okafor');
  const scene = await core.run('scene.create', {
    productionId: production.id,
    number: '12',
    shootDate: '2027-01-20',
    callTime: '07:00',
    intimacyTypes: ['nudity-partial', 'contact'],
    performers: [{ personId: ana.id, nudity: 'partial' }, { personId: ben.id }],
  });
  return { core, production, ana, ben, scene };
}

describe('checking a beat before it is saved', () => {
  it('gives the flags a save would raise, numbered where the beat sits, and saves nothing', async () => {
    const { core, production, ana, ben, scene } = await setup();
    await core.run('communication.save', {
      productionId: production.id,
      personId: ana.id,
      patch: { areas: { 'thighs-inner': 'never', hips: 'ask', shoulders: 'ok', face: 'ok' } },
    });
    const r = await core.run('rider.create', {
      productionId: production.id,
      personId: ana.id,
      sceneIds: [scene.id],
      terms: { nudity: 'partial', contactAreas: ['shoulders', 'hips', 'thighs-inner'], offLimitsAreas: ['groin'] },
    });
    await core.run('rider.send', { id: r.rider.id });
    await core.run('rider.sign', { id: r.rider.id, signature: { kind: 'typed', name: 'Ana' }, witness: 'IC' });

    const contacts = [
      { fromPersonId: ben.id, toPersonId: ana.id, area: 'shoulders' as const, means: 'hand' as const },
      { fromPersonId: ben.id, toPersonId: ana.id, area: 'thighs-inner' as const, means: 'hand' as const },
      { fromPersonId: ben.id, toPersonId: ana.id, area: 'face' as const, means: 'hand' as const },
    ];
    const flags = await core.run('beats.check', { sceneId: scene.id, beatNumber: 3, contacts });
    expect(flags.map((f) => [f.beatNumber, f.contactIndex, f.severity, f.area])).toEqual([
      [3, 1, 'never', 'thighs-inner'],
      [3, 2, 'never', 'face'],
    ]);
    expect(flags[0]?.message).toBe(
      `Beat 3: contact by Ben Okafor on Ana Ortiz's inner thighs, an area Ana Ortiz marked "never".`,
    );
    expect(flags[1]?.message).toMatch(/not in what Ana Ortiz's signed rider agrees to/);
    // Nothing was saved: the check is a read.
    expect((await core.run('beats.get', { sceneId: scene.id })).version).toBe(0);

    // The same contacts, saved as the first beat, raise the same flags the check announced.
    const saved = await core.run('beats.save', {
      sceneId: scene.id,
      baseVersion: 0,
      beats: [{ performerIds: [ana.id, ben.id], contacts }],
    });
    const checked = await core.run('beats.check', { sceneId: scene.id, beatNumber: 1, contacts });
    expect(checked.map(({ beatId: _b, ...f }) => f)).toEqual(saved.flags.map(({ beatId: _b, ...f }) => f));
  });

  it('refuses a beat number below 1, naming the field', async () => {
    const { core, scene } = await setup();
    const res = await core.handle('beats.check', { sceneId: scene.id, beatNumber: 0, contacts: [] });
    if (res.ok) throw new Error('expected a validation error');
    expect(res.error.issues?.map((i) => i.path)).toEqual(['beatNumber']);
  });
});
