import { describe, expect, it } from 'vitest';
import { BODY_AREAS, type BodyMarks } from '../../../shared/communication/schema';
import { todayIn } from '../../../shared/kit/time';
import { productionInput, unlockedCore } from '../../helpers';

const allOk = (): BodyMarks => Object.fromEntries(BODY_AREAS.map((a) => [a.id, 'ok']));

async function setup() {
  const ctx = await unlockedCore();
  const { core } = ctx;
  const production = await core.run('production.create', productionInput('Night Shift'));
  const person = async (name: string, role: 'performer' | 'background' | 'crew', extra: object = {}) => {
    const p = await core.run('person.create', { name, ...extra });
    await core.run('member.add', { productionId: production.id, personId: p.id, role });
    return p;
  };
  const ana = await person('Ana Ortiz', 'performer', { dateOfBirth: '1994-05-02' });
  const ben = await person('Ben Okafor', 'performer');
  const crew = await person('Cass Hale', 'crew');
  const scene = await core.run('scene.create', {
    productionId: production.id,
    number: '12',
    episode: '101',
    shootDate: '2027-01-20',
    callTime: '07:00',
    intimacyTypes: ['kiss'],
    performers: [{ personId: ana.id }, { personId: ben.id }],
  });
  return { ...ctx, production, ana, ben, crew, scene };
}

describe('communication pillar', () => {
  it('saves a body map and appends a body_map audit entry per change', async () => {
    const { core, production, ana } = await setup();
    const key = { productionId: production.id, personId: ana.id };
    expect(await core.run('communication.get', key)).toMatchObject({ id: null, areas: {} });
    const first = await core.run('communication.save', {
      ...key,
      patch: { areas: { face: 'ok', 'thighs-inner': 'never' }, breakSignal: 'Says "hold"' },
    });
    const second = await core.run('communication.save', {
      ...key,
      patch: { areas: { ...first.areas, hips: 'ask' }, notify: ['Director', 'First AD'] },
    });
    expect(second).toMatchObject({
      id: first.id,
      areas: { face: 'ok', 'thighs-inner': 'never', hips: 'ask' },
      breakSignal: 'Says "hold"',
      notify: ['Director', 'First AD'],
    });
    const audit = await core.run('audit.list', { entity: 'body_map', entityId: first.id ?? '' });
    expect(audit.map((a) => a.action)).toEqual(['update', 'create']);
    expect(audit[0]?.oldValue).toMatchObject({ areas: { face: 'ok', 'thighs-inner': 'never' } });
    expect(audit[0]?.newValue).toMatchObject({ areas: { hips: 'ask' } });
    expect((await core.run('audit.verify', {})).ok).toBe(true);
  });

  it('refuses an unknown area or mark, and crew members, naming the field', async () => {
    const { core, production, ana, crew } = await setup();
    const bad = await core.handle('communication.save', {
      productionId: production.id,
      personId: ana.id,
      patch: { areas: { tail: 'ok', face: 'maybe' } },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!bad.ok) expect(bad.error.issues?.map((i) => i.path).sort()).toEqual(['patch.areas.face', 'patch.areas.tail']);
    const notCast = await core.handle('communication.save', {
      productionId: production.id,
      personId: crew.id,
      patch: { notes: 'x' },
    });
    expect(notCast).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', issues: [{ path: 'personId' }] } });
  });

  it('logs meetings and check-ins, newest first', async () => {
    const { core, production, ana, scene } = await setup();
    await core.run('checkIn.add', {
      productionId: production.id,
      personId: ana.id,
      at: '2027-01-10T18:00:00Z',
      kind: 'meeting',
      attendees: 'Ana, IC, director',
      agreed: 'Kiss is closed-mouth; no contact below the shoulders.',
    });
    await core.run('checkIn.add', {
      productionId: production.id,
      personId: ana.id,
      sceneId: scene.id,
      at: '2027-01-19T17:00:00Z',
      agreed: 'Still comfortable with the plan.',
    });
    const list = await core.run('checkIn.list', { productionId: production.id, personId: ana.id });
    expect(list.map((c) => [c.kind, c.agreed.slice(0, 5)])).toEqual([
      ['check-in', 'Still'],
      ['meeting', 'Kiss '],
    ]);
    const missing = await core.handle('checkIn.add', { productionId: production.id, personId: ana.id, at: 'soon' });
    if (missing.ok) throw new Error('expected a validation error');
    expect(missing.error.issues?.map((i) => i.path).sort()).toEqual(['agreed', 'at']);
  });
});

describe('choreography pillar', () => {
  const beat = (performerIds: string[], extra: object = {}) => ({
    performerIds,
    bodyPosition: 'Standing at the window',
    cameraAngle: 'Over-the-shoulder',
    onScreen: 'Faces and shoulders',
    description: 'They step together and share a brief closed-mouth kiss.',
    ...extra,
  });

  it('versions every save and keeps earlier versions readable', async () => {
    const { core, scene, ana, ben } = await setup();
    const v1 = await core.run('beats.save', {
      sceneId: scene.id,
      baseVersion: 0,
      beats: [beat([ana.id, ben.id], { title: 'Approach' })],
    });
    expect(v1.version).toBe(1);
    const first = v1.beats[0];
    if (!first) throw new Error('no beat');
    const v2 = await core.run('beats.save', {
      sceneId: scene.id,
      baseVersion: 1,
      note: 'Added the embrace',
      beats: [
        { ...beat([ana.id, ben.id], { title: 'Approach, slower' }), id: first.id },
        beat([ana.id, ben.id], { title: 'Embrace' }),
      ],
    });
    expect(v2.beats.map((b) => [b.position, b.title])).toEqual([
      [1, 'Approach, slower'],
      [2, 'Embrace'],
    ]);
    expect(v2.beats[0]?.id).toBe(first.id);
    const old = await core.run('beats.get', { sceneId: scene.id, version: 1 });
    expect(old).toMatchObject({ version: 1, latestVersion: 2 });
    expect(old.beats.map((b) => b.title)).toEqual(['Approach']);
    const versions = await core.run('beats.versions', { sceneId: scene.id });
    expect(versions.map((v) => [v.version, v.beatCount, v.note])).toEqual([
      [2, 2, 'Added the embrace'],
      [1, 1, ''],
    ]);
    const audit = await core.run('audit.list', { entity: 'beat', entityId: first.id });
    expect(audit.map((a) => a.action)).toEqual(['update', 'create']);
    expect(await core.handle('beats.get', { sceneId: scene.id, version: 9 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', issues: [{ path: 'version' }] },
    });
  });

  it('refuses a save over a newer version, so nothing is lost', async () => {
    const { core, scene, ana } = await setup();
    await core.run('beats.save', { sceneId: scene.id, baseVersion: 0, beats: [beat([ana.id])] });
    const stale = await core.handle('beats.save', { sceneId: scene.id, baseVersion: 0, beats: [] });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: 'baseVersion' }] } });
    expect((await core.run('beats.get', { sceneId: scene.id })).beats).toHaveLength(1);
  });

  it('names the beat and field when a performer or contact is not in the scene or beat', async () => {
    const { core, scene, ana, ben, crew } = await setup();
    const res = await core.handle('beats.save', {
      sceneId: scene.id,
      baseVersion: 0,
      beats: [
        beat([ana.id]),
        beat([ana.id, crew.id], {
          contacts: [{ fromPersonId: ana.id, toPersonId: ben.id, area: 'face', means: 'hand' }],
        }),
      ],
    });
    if (res.ok) throw new Error('expected a validation error');
    expect(res.error.code).toBe('VALIDATION');
    expect(res.error.issues?.map((i) => i.path)).toEqual(['beats.1.performerIds.1', 'beats.1.contacts.0.toPersonId']);
    expect((await core.run('beats.get', { sceneId: scene.id })).version).toBe(0);
  });

  it('flags a contact on a "never" area at once, and "ask first" more softly', async () => {
    const { core, production, scene, ana, ben } = await setup();
    await core.run('communication.save', {
      productionId: production.id,
      personId: ana.id,
      patch: { areas: { 'thighs-inner': 'never', hips: 'ask', face: 'ok' } },
    });
    const sheet = await core.run('beats.save', {
      sceneId: scene.id,
      baseVersion: 0,
      beats: [
        beat([ana.id, ben.id], {
          contacts: [
            { fromPersonId: ben.id, toPersonId: ana.id, area: 'face', means: 'hand' },
            { fromPersonId: ben.id, toPersonId: ana.id, area: 'thighs-inner', means: 'hand' },
          ],
        }),
        beat([ana.id, ben.id], {
          contacts: [{ fromPersonId: ben.id, toPersonId: ana.id, area: 'hips', means: 'hand' }],
        }),
      ],
    });
    expect(sheet.flags.map((f) => [f.beatNumber, f.contactIndex, f.severity, f.area])).toEqual([
      [1, 1, 'never', 'thighs-inner'],
      [2, 0, 'ask', 'hips'],
    ]);
    const readiness = await core.run('readiness.scene', { sceneId: scene.id });
    expect(readiness.pillars.choreography.status).toBe('blocked');
    expect(readiness.overall).toBe('blocked');
  });

  it('reorders by the new order of ids as a new version, refusing an order that drops a beat', async () => {
    const { core, scene, ana } = await setup();
    const v1 = await core.run('beats.save', {
      sceneId: scene.id,
      baseVersion: 0,
      beats: ['One', 'Two', 'Three'].map((title) => beat([ana.id], { title })),
    });
    const [a, b, c] = v1.beats.map((x) => x.id) as [string, string, string];
    const moved = await core.run('beats.move', { sceneId: scene.id, baseVersion: 1, order: [c, a, b] });
    expect(moved.version).toBe(2);
    expect(moved.beats.map((x) => x.title)).toEqual(['Three', 'One', 'Two']);
    expect((await core.run('audit.list', { entity: 'beat', entityId: c }))[0]?.action).toBe('move');
    const dropped = await core.handle('beats.move', { sceneId: scene.id, baseVersion: 2, order: [c, a] });
    expect(dropped).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'order' }] } });
    expect((await core.run('beats.get', { sceneId: scene.id })).version).toBe(2);
  });
});

describe('closure pillar', () => {
  it('records practices per performer and lists follow-ups due today and overdue', async () => {
    const { core, production, scene, ana, crew } = await setup();
    await core.run('closure.save', {
      sceneId: scene.id,
      personId: ana.id,
      practices: ['tag-out', 'de-roling'],
      debrief: 'Felt supported; asked for a robe sooner next time.',
    });
    const again = await core.run('closure.save', { sceneId: scene.id, personId: ana.id, practices: ['tag-out'] });
    expect(again.practices).toEqual(['tag-out']);
    expect(
      await core.handle('closure.save', { sceneId: scene.id, personId: ana.id, practices: ['other'] }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'practiceNote' }] },
    });
    expect(await core.handle('closure.save', { sceneId: scene.id, personId: crew.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', issues: [{ path: 'personId' }] },
    });
    const add = (description: string, dueDate: string) =>
      core.run('followUp.add', { sceneId: scene.id, personId: ana.id, description, dueDate });
    const late = await add('Send resources on de-roling', '2027-01-18');
    await add('Check in after the shoot', '2027-01-21');
    await add('Confirm robe person for the pickup', '2027-01-25');
    const done = await add('Return the heat pack', '2027-01-19');
    await core.run('followUp.update', { id: done.id, patch: { done: true } });
    const due = await core.run('followUp.due', { productionId: production.id, today: '2027-01-21' });
    expect(due.today).toBe('2027-01-21');
    expect(due.overdue.map((f) => [f.description, f.sceneNumber, f.personName])).toEqual([
      [late.description, '12', 'Ana Ortiz'],
    ]);
    expect(due.dueToday.map((f) => f.description)).toEqual(['Check in after the shoot']);
    const closure = await core.run('closure.get', { sceneId: scene.id });
    expect(closure.records).toHaveLength(1);
    expect(closure.followUps).toHaveLength(4);
  });

  it("takes today from the production's time zone", async () => {
    const instant = new Date('2027-01-15T11:00:00Z');
    expect(todayIn('Pacific/Kiritimati', instant)).toBe('2027-01-16');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2027-01-15');
    const { core, production, scene } = await setup();
    await core.run('followUp.add', {
      sceneId: scene.id,
      description: 'Due today wherever the production is',
      dueDate: todayIn(production.timeZone),
    });
    const due = await core.run('followUp.due', { productionId: production.id });
    expect(due.dueToday).toHaveLength(1);
  });
});

describe('readiness through the commands', () => {
  it('turns complete pillar by pillar as the binder is filled in', async () => {
    const { core, production, scene, ana, ben } = await setup();
    const status = async () => {
      const r = await core.run('readiness.scene', { sceneId: scene.id });
      return Object.fromEntries(Object.entries(r.pillars).map(([k, v]) => [k, v.status]));
    };
    expect(await status()).toEqual({
      context: 'incomplete',
      communication: 'incomplete',
      consent: 'complete',
      choreography: 'incomplete',
      closure: 'incomplete',
    });
    await core.run('scene.update', {
      id: scene.id,
      patch: { storyContext: 'Reunion.', directorIntent: 'Relief.', audienceSees: 'A kiss in profile.' },
    });
    for (const p of [ana, ben]) {
      await core.run('communication.save', {
        productionId: production.id,
        personId: p.id,
        patch: { areas: allOk(), breakSignal: 'Hand up' },
      });
      await core.run('checkIn.add', {
        productionId: production.id,
        personId: p.id,
        at: '2027-01-10T18:00:00Z',
        agreed: 'Plan agreed.',
      });
      await core.run('closure.save', { sceneId: scene.id, personId: p.id, practices: ['tag-out'] });
    }
    await core.run('beats.save', {
      sceneId: scene.id,
      baseVersion: 0,
      beats: [
        {
          performerIds: [ana.id, ben.id],
          contacts: [{ fromPersonId: ana.id, toPersonId: ben.id, area: 'face', means: 'hand' }],
          bodyPosition: 'Standing',
          cameraAngle: 'Profile two-shot',
          onScreen: 'Heads and shoulders',
          description: 'Ana cups Ben’s face; a brief closed-mouth kiss.',
        },
      ],
    });
    const done = await core.run('readiness.scene', { sceneId: scene.id });
    expect(done).toMatchObject({ overall: 'complete', readyToShoot: true });
    const all = await core.run('readiness.production', { productionId: production.id });
    expect(all).toEqual([done]);
  });

  it('blocks a scene whose performer turns out to be a minor on the shoot date', async () => {
    const { core, scene, ana, ben } = await setup();
    await core.run('scene.setPerformers', {
      sceneId: scene.id,
      performers: [{ personId: ana.id, nudity: 'partial' }, { personId: ben.id }],
    });
    await core.run('person.update', { id: ben.id, patch: { dateOfBirth: '2009-06-01' } });
    const r = await core.run('readiness.scene', { sceneId: scene.id });
    expect(r.overall).toBe('blocked');
    expect(r.pillars.consent.blockers).toEqual([
      'Ben Okafor is a minor on the shoot date and cannot be in a scene with nudity or simulated sex.',
    ]);
  });

  it('says consent is incomplete, naming whose rider is missing, when a performer needs one', async () => {
    const { core, scene, ana, ben } = await setup();
    await core.run('scene.setPerformers', {
      sceneId: scene.id,
      performers: [
        { personId: ana.id, simulatedSex: true },
        { personId: ben.id, simulatedSex: true },
      ],
    });
    const r = await core.run('readiness.scene', { sceneId: scene.id });
    expect(r.pillars.consent).toEqual({
      status: 'incomplete',
      missing: ['Ana Ortiz has no rider for this scene.', 'Ben Okafor has no rider for this scene.'],
      blockers: [],
    });
  });
});

describe('scene list filters and sorting', () => {
  it('filters by episode, performer, dates and readiness and sorts as asked', async () => {
    const { core, production, scene, ana, ben } = await setup();
    const make = (number: string, episode: string, shootDate: string | null, performers: string[]) =>
      core.run('scene.create', {
        productionId: production.id,
        number,
        episode,
        shootDate,
        intimacyTypes: ['kiss'],
        performers: performers.map((personId) => ({ personId })),
      });
    await make('3', '102', '2027-01-22', [ben.id]);
    await make('12A', '101', '2027-01-19', [ana.id]);
    await make('2', '102', null, [ana.id, ben.id]);
    await core.run('person.update', { id: ben.id, patch: {} });
    const numbers = async (q: object) =>
      (await core.run('scene.list', { productionId: production.id, ...q })).map((s) => s.number);
    expect(await numbers({})).toEqual(['12A', '12', '3', '2']);
    expect(await numbers({ sort: 'number' })).toEqual(['2', '3', '12', '12A']);
    expect(await numbers({ sort: 'number', direction: 'desc' })).toEqual(['12A', '12', '3', '2']);
    expect(await numbers({ sort: 'episode' })).toEqual(['12', '12A', '2', '3']);
    expect(await numbers({ episode: '102' })).toEqual(['3', '2']);
    expect(await numbers({ performerId: ben.id })).toEqual(['12', '3', '2']);
    expect(await numbers({ shootDateFrom: '2027-01-20', shootDateTo: '2027-01-31' })).toEqual(['12', '3']);
    await core.run('scene.setPerformers', {
      sceneId: scene.id,
      performers: [{ personId: ana.id, nudity: 'full' }, { personId: ben.id }],
    });
    await core.run('person.update', { id: ben.id, patch: { dateOfBirth: '2010-01-01' } });
    expect(await numbers({ readiness: 'blocked' })).toEqual(['12']);
    expect((await numbers({ sort: 'readiness' }))[0]).toBe('12');
    expect(
      await core.handle('scene.list', {
        productionId: production.id,
        shootDateFrom: '2027-02-01',
        shootDateTo: '2027-01-01',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'shootDateTo' }] } });
  });
});

describe('patches', () => {
  it('to a person change only the fields given', async () => {
    const { core } = await setup();
    const p = await core.run('person.create', { name: 'Rae Lin', email: 'rae@example.org' });
    expect(await core.run('person.update', { id: p.id, patch: { notes: 'Prefers morning calls.' } })).toMatchObject({
      email: 'rae@example.org',
      notes: 'Prefers morning calls.',
    });
  });

  it('to a scene change only the fields given', async () => {
    const { core, scene } = await setup();
    const updated = await core.run('scene.update', { id: scene.id, patch: { storyContext: 'Reunion.' } });
    expect(updated).toMatchObject({
      storyContext: 'Reunion.',
      episode: '101',
      shootDate: '2027-01-20',
      callTime: '07:00',
      intimacyTypes: ['kiss'],
    });
  });
});
