import { describe, expect, it } from 'vitest';
import { productionInput, unlockedCore } from '../../helpers';

async function setup() {
  const ctx = await unlockedCore();
  const { core } = ctx;
  const production = await core.run('production.create', productionInput('Night Shift'));
  const ana = await core.run('person.create', {
    name: 'Ana Ortiz',
    pronouns: 'she/her',
    dateOfBirth: '1994-05-02',
    sizes: { bust: '34B', waist: '28' },
    adhesiveAllergy: true,
  });
  const ben = await core.run('person.create', { name: 'Ben Okafor', pronouns: 'he/him' });
  const kit = await core.run('person.create', { name: 'Kit Lamb', dateOfBirth: '2010-09-01' });
  await core.run('member.add', {
    productionId: production.id,
    personId: ana.id,
    role: 'performer',
    characterName: 'Maya',
  });
  await core.run('member.add', {
    productionId: production.id,
    personId: ben.id,
    role: 'performer',
    characterName: 'Tom',
  });
  await core.run('member.add', {
    productionId: production.id,
    personId: kit.id,
    role: 'performer',
    characterName: 'Jess',
  });
  return { ...ctx, production, ana, ben, kit };
}

describe('people', () => {
  it('are typed once and can join several productions', async () => {
    const { core, ana } = await setup();
    const second = await core.run('production.create', productionInput('Harbour Lights'));
    await core.run('member.add', {
      productionId: second.id,
      personId: ana.id,
      role: 'performer',
      characterName: 'Iris',
    });
    const members = await core.run('member.list', { productionId: second.id });
    expect(members.map((m) => [m.person.name, m.characterName])).toEqual([['Ana Ortiz', 'Iris']]);
    expect(members[0]?.person.sizes).toEqual({ bust: '34B', waist: '28' });
    expect((await core.run('person.list', {})).length).toBe(3);
  });

  it('refuses a malformed e-mail, naming the field', async () => {
    const { core } = await setup();
    const res = await core.handle('person.create', { name: 'X', email: 'not-an-email' });
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'email' }] } });
  });

  it('soft-deletes and restores', async () => {
    const { core, ben, production } = await setup();
    await core.run('person.delete', { id: ben.id });
    expect((await core.run('person.list', {})).map((p) => p.name)).not.toContain('Ben Okafor');
    expect((await core.run('member.list', { productionId: production.id })).length).toBe(2);
    await core.run('person.delete', { id: ben.id, deleted: false });
    expect((await core.run('member.list', { productionId: production.id })).length).toBe(3);
  });
});

describe('scenes', () => {
  it('break down a scene with performers, and derive the call instant in the production time zone', async () => {
    const { core, production, ana, ben } = await setup();
    const scene = await core.run('scene.create', {
      productionId: production.id,
      number: '12A',
      episode: '103',
      pageEighths: 11,
      shootDate: '2027-03-14',
      callTime: '06:30',
      intimacyTypes: ['kiss', 'nudity-partial'],
      closedSet: ['Director', 'DP', '1st AC'],
      performers: [
        { personId: ana.id, nudity: 'partial' },
        { personId: ben.id, nudity: 'none' },
      ],
    });
    // 2027-03-14 is the day US clocks spring forward: 06:30 PDT is 13:30 UTC.
    expect(scene.callAt).toBe('2027-03-14T13:30:00.000Z');
    expect(scene.performers.map((p) => [p.name, p.characterName, p.nudity])).toEqual([
      ['Ana Ortiz', 'Maya', 'partial'],
      ['Ben Okafor', 'Tom', 'none'],
    ]);
  });

  it('refuses to put a minor in a scene with nudity or simulated sex, and saves nothing', async () => {
    const { core, production, ana, kit } = await setup();
    const res = await core.handle('scene.create', {
      productionId: production.id,
      number: '30',
      shootDate: '2027-01-20',
      intimacyTypes: ['simulated-sex'],
      performers: [{ personId: ana.id, simulatedSex: true }, { personId: kit.id }],
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
    if (!res.ok) expect(res.error.message).toMatch(/Kit Lamb is a minor/);
    expect(await core.run('scene.list', { productionId: production.id })).toEqual([]);

    const kiss = await core.run('scene.create', {
      productionId: production.id,
      number: '31',
      shootDate: '2027-01-20',
      intimacyTypes: ['kiss'],
      performers: [{ personId: kit.id }],
    });
    const upgrade = await core.handle('scene.update', { id: kiss.id, patch: { intimacyTypes: ['nudity-implied'] } });
    expect(upgrade).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
    expect((await core.run('scene.get', { id: kiss.id })).intimacyTypes).toEqual(['kiss']);
  });

  it('lets an adult born on the day turn 18 on the shoot date', async () => {
    const { core, production } = await setup();
    const sam = await core.run('person.create', { name: 'Sam Reyes', dateOfBirth: '2009-01-20' });
    const onBirthday = await core.handle('scene.create', {
      productionId: production.id,
      number: '40',
      shootDate: '2027-01-20',
      intimacyTypes: ['nudity-partial'],
      performers: [{ personId: sam.id, nudity: 'partial' }],
    });
    expect(onBirthday.ok).toBe(true);
    const dayBefore = await core.handle('scene.create', {
      productionId: production.id,
      number: '41',
      shootDate: '2027-01-19',
      intimacyTypes: ['nudity-partial'],
      performers: [{ personId: sam.id, nudity: 'partial' }],
    });
    expect(dayBefore).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
  });

  it('keeps scene numbers unique per production and lists in shooting order', async () => {
    const { core, production } = await setup();
    const base = { productionId: production.id };
    await core.run('scene.create', { ...base, number: '5', shootDate: '2027-01-21', callTime: '07:00' });
    await core.run('scene.create', { ...base, number: '2', shootDate: '2027-01-20', callTime: '14:00' });
    await core.run('scene.create', { ...base, number: '9' });
    await core.run('scene.create', { ...base, number: '3', shootDate: '2027-01-20', callTime: '06:00' });
    const dup = await core.handle('scene.create', { ...base, number: '5' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: 'number' }] } });
    const list = await core.run('scene.list', { productionId: production.id });
    expect(list.map((s) => s.number)).toEqual(['3', '2', '5', '9']);
  });

  it('soft-deletes a scene and restores it', async () => {
    const { core, production } = await setup();
    const s = await core.run('scene.create', { productionId: production.id, number: '7' });
    await core.run('scene.delete', { id: s.id });
    expect(await core.run('scene.list', { productionId: production.id })).toEqual([]);
    await core.run('scene.delete', { id: s.id, deleted: false });
    expect((await core.run('scene.list', { productionId: production.id })).length).toBe(1);
  });
});
