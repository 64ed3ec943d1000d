import { describe, expect, it } from 'vitest';
import { datesFrom } from '../../../shared/dashboard/rules';
import { productionInput, unlockedCore } from '../../helpers';

/** A 1x1 transparent PNG, as a drawn signature. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

async function setup() {
  const { core } = await unlockedCore();
  const production = await core.run('production.create', { ...productionInput(), timeZone: 'UTC', noticeHours: 48 });
  const ana = await core.run('person.create', { name: 'Ana Ortiz' });
  await core.run('member.add', { productionId: production.id, personId: ana.id, role: 'performer', castNumber: '1' });
  return { core, production, ana };
}

describe('shoot days: crew call and performer calls from the call sheet', () => {
  it('holds the crew call and each performer call, apart from the scenes, and writes each change to the trail', async () => {
    const { core, production, ana } = await setup();
    const empty = await core.run('shootDay.get', { productionId: production.id, date: '2027-01-20' });
    expect(empty).toMatchObject({ dayNumber: '', crewCall: null, performerCalls: [] });
    await core.run('shootDay.set', {
      productionId: production.id,
      date: '2027-01-20',
      dayNumber: '3',
      crewCall: '06:00',
    });
    const day = await core.run('shootDay.setPerformerCall', {
      productionId: production.id,
      date: '2027-01-20',
      personId: ana.id,
      callTime: '05:30',
    });
    expect(day).toMatchObject({
      dayNumber: '3',
      crewCall: '06:00',
      crewCallAt: '2027-01-20T06:00:00.000Z',
      performerCalls: [{ name: 'Ana Ortiz', castNumber: '1', callTime: '05:30', callAt: '2027-01-20T05:30:00.000Z' }],
    });
    // Setting the crew call alone keeps the day number.
    await core.run('shootDay.set', { productionId: production.id, date: '2027-01-20', crewCall: '07:00' });
    expect(await core.run('shootDay.list', { productionId: production.id })).toMatchObject([
      { date: '2027-01-20', dayNumber: '3', crewCall: '07:00' },
    ]);
    const cleared = await core.run('shootDay.setPerformerCall', {
      productionId: production.id,
      date: '2027-01-20',
      personId: ana.id,
      callTime: null,
    });
    expect(cleared.performerCalls).toEqual([]);
    const trail = await core.run('audit.verify', {});
    expect(trail.ok).toBe(true);
    await expect(
      core.run('shootDay.set', { productionId: production.id, date: '2027-01-20', crewCall: '25:00' }),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ path: 'crewCall' }] });
  });

  it("counts a rider's notice to the performer's own call, not the scene's later estimated time", async () => {
    const { core, production, ana } = await setup();
    // The scene is estimated three days out (enough notice for a rider sent now); Ana's own call is
    // the next morning, well inside the 48 hours.
    const [, tomorrow, , inThree] = datesFrom(new Date().toISOString().slice(0, 10), 4);
    if (!tomorrow || !inThree) throw new Error('no dates');
    const scene = await core.run('scene.create', {
      productionId: production.id,
      episode: '101',
      number: '4',
      shootDate: inThree,
      callTime: '23:00',
      intimacyTypes: ['nudity-partial'],
      performers: [{ personId: ana.id, nudity: 'partial' }],
    });
    const r = await core.run('rider.create', {
      productionId: production.id,
      personId: ana.id,
      title: 'Ep 101',
      sceneIds: [scene.id],
      terms: { nudity: 'partial' },
    });
    await core.run('rider.send', { id: r.rider.id });
    await core.run('rider.sign', {
      id: r.rider.id,
      signature: { kind: 'drawn', image: PNG, name: 'Ana Ortiz' },
      witness: 'Sam Reyes (IC)',
    });
    expect((await core.run('consent.scene', { sceneId: scene.id })).performers[0]?.noticeOk).toBe(true);

    // The call sheet moves the scene to tomorrow, Ana called at 06:00 for make-up.
    await core.run('scene.update', { id: scene.id, patch: { shootDate: tomorrow, callTime: '23:00' } });
    await core.run('shootDay.setPerformerCall', {
      productionId: production.id,
      date: tomorrow,
      personId: ana.id,
      callTime: '06:00',
    });
    const status = await core.run('consent.scene', { sceneId: scene.id });
    expect(status.label).toBe('101/4');
    expect(status.performers[0]).toMatchObject({ noticeCallAt: `${tomorrow}T06:00:00.000Z`, noticeOk: false });
    expect(status.missing[0]).toMatch(
      /^Ana Ortiz's rider was sent \d+ hours before the call; 48 hours of notice are due\.$/,
    );
  });
});
