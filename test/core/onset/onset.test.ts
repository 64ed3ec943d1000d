import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newCore, PASS, productionInput, tempDir, unlockedCore } from '../../helpers';

async function setup() {
  const ctx = await unlockedCore();
  const { core } = ctx;
  const production = await core.run('production.create', productionInput('Night Shift'));
  const ana = await core.run('person.create', { name: 'Ana Ortiz' });
  const ben = await core.run('person.create', { name: 'Ben Okafor' });
  const cam = await core.run('person.create', { name: 'Cam Reyes' });
  for (const [p, role, characterName] of [
    [ana, 'performer', 'Maya'],
    [ben, 'performer', 'Tom'],
    [cam, 'crew', ''],
  ] as const) {
    await core.run('member.add', { productionId: production.id, personId: p.id, role, characterName });
  }
  const late = await core.run('scene.create', {
    productionId: production.id,
    number: '14',
    shootDate: '2026-12-03',
    callTime: '14:00',
    intimacyTypes: ['kiss'],
    performers: [{ personId: ana.id }, { personId: ben.id }],
  });
  const early = await core.run('scene.create', {
    productionId: production.id,
    number: '12A',
    shootDate: '2026-12-03',
    callTime: '07:30',
    intimacyTypes: ['nudity-partial'],
    performers: [{ personId: ana.id, nudity: 'partial' }, { personId: cam.id }],
  });
  await core.run('scene.create', { productionId: production.id, number: '20', shootDate: '2026-12-04' });
  return { ...ctx, production, ana, ben, cam, late, early };
}

describe('on set: the shoot day', () => {
  it("lists the day's scenes in shooting order with their performers", async () => {
    const { core, production } = await setup();
    const day = await core.run('onset.day', { productionId: production.id, date: '2026-12-03' });
    expect(day.scenes.map((s) => s.number)).toEqual(['12A', '14']);
    expect(day.scenes[0]?.callAt).toBe('2026-12-03T15:30:00.000Z');
    expect(day.scenes[1]?.performers.map((p) => p.name)).toEqual(['Ana Ortiz', 'Ben Okafor']);
    expect(day.scenes.every((s) => !s.prerollComplete)).toBe(true);
    const days = await core.run('onset.days', { productionId: production.id, from: '2026-12-01' });
    expect(days.map((d) => [d.date, d.sceneCount])).toEqual([
      ['2026-12-03', 2],
      ['2026-12-04', 1],
    ]);
  });

  it('completes the pre-roll checklist one tap at a time, each with its time', async () => {
    const { core, production, early, ana } = await setup();
    const date = '2026-12-03';
    for (const item of ['closed-set', 'monitors', 'crew-briefed', 'garments-fitted'] as const) {
      const mark = await core.run('onset.mark', { sceneId: early.id, date, item, done: true });
      expect(mark).toMatchObject({ item, done: true, personId: null });
      expect(Date.parse(mark.markedAt)).toBeGreaterThan(Date.now() - 60_000);
    }
    await core.run('onset.mark', { sceneId: early.id, date, item: 'robe-person', done: true, value: 'Noor Haddad' });
    let day = await core.run('onset.day', { productionId: production.id, date });
    // Crew are not checked in for consent; the performer still is.
    expect(day.scenes[0]?.prerollComplete).toBe(false);
    await core.run('onset.mark', { sceneId: early.id, date, item: 'consent-checkin', personId: ana.id, done: true });
    day = await core.run('onset.day', { productionId: production.id, date });
    expect(day.scenes[0]?.prerollComplete).toBe(true);
    expect(day.scenes[0]?.marks.find((m) => m.item === 'robe-person')?.value).toBe('Noor Haddad');
    // Unchecking opens the item again; the audit trail keeps both taps.
    await core.run('onset.mark', { sceneId: early.id, date, item: 'monitors', done: false });
    day = await core.run('onset.day', { productionId: production.id, date });
    expect(day.scenes[0]?.prerollComplete).toBe(false);
    const audit = await core.run('audit.list', { productionId: production.id, entity: 'preroll_mark' });
    expect(audit.filter((a) => a.entityId.includes(':monitors:')).map((a) => a.action)).toEqual([
      'unchecked',
      'checked',
    ]);
    // The checklist of another day is its own.
    const other = await core.run('onset.day', { productionId: production.id, date: '2026-12-04' });
    expect(other.scenes[0]?.marks).toEqual([]);
  });

  it('refuses a robe person without a name and a check-in for someone not in the scene', async () => {
    const { core, early, ben, cam } = await setup();
    const date = '2026-12-03';
    const noName = await core.handle('onset.mark', { sceneId: early.id, date, item: 'robe-person', done: true });
    expect(noName).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'value' }] } });
    const notInScene = await core.handle('onset.mark', {
      sceneId: early.id,
      date,
      item: 'consent-checkin',
      personId: ben.id,
      done: true,
    });
    expect(notInScene).toMatchObject({ ok: false, error: { issues: [{ path: 'personId' }] } });
    const crew = await core.handle('onset.mark', {
      sceneId: early.id,
      date,
      item: 'consent-checkin',
      personId: cam.id,
      done: true,
    });
    expect(crew).toMatchObject({ ok: false, error: { issues: [{ path: 'personId' }] } });
    const noPerson = await core.handle('onset.mark', { sceneId: early.id, date, item: 'consent-checkin', done: true });
    expect(noPerson).toMatchObject({ ok: false, error: { issues: [{ path: 'personId' }] } });
  });
});

describe('on set: the break log', () => {
  it('records a break with the time and no reason; a note can be added later', async () => {
    const { core, production, early, ana } = await setup();
    const date = '2026-12-03';
    const entry = await core.run('onset.logBreak', {
      productionId: production.id,
      personId: ana.id,
      date,
      sceneId: early.id,
    });
    expect(entry).toMatchObject({ personName: 'Ana Ortiz', note: '', sceneId: early.id, deletedAt: null });
    expect(Date.parse(entry.calledAt)).toBeGreaterThan(Date.now() - 60_000);
    const reason = await core.handle('onset.logBreak', {
      productionId: production.id,
      personId: ana.id,
      date,
      reason: 'x',
    });
    expect(reason).toMatchObject({ ok: false, error: { issues: [{ path: 'reason' }] } });
    await core.run('onset.noteBreak', { id: entry.id, note: 'Water and a few minutes off set' });
    let day = await core.run('onset.day', { productionId: production.id, date });
    expect(day.breaks.map((b) => b.note)).toEqual(['Water and a few minutes off set']);
    await core.run('onset.deleteBreak', { id: entry.id });
    day = await core.run('onset.day', { productionId: production.id, date });
    expect(day.breaks).toEqual([]);
    await core.run('onset.deleteBreak', { id: entry.id, deleted: false });
    day = await core.run('onset.day', { productionId: production.id, date });
    expect(day.breaks).toHaveLength(1);
    const verdict = await core.run('audit.verify', { productionId: production.id });
    expect(verdict.ok).toBe(true);
  });

  it('refuses a scene of another production', async () => {
    const { core, early, ana } = await setup();
    const other = await core.run('production.create', productionInput('Harbour Lights'));
    const res = await core.handle('onset.logBreak', {
      productionId: other.id,
      personId: ana.id,
      date: '2026-12-03',
      sceneId: early.id,
    });
    expect(res).toMatchObject({ ok: false, error: { issues: [{ path: 'sceneId' }] } });
  });
});

describe('on set: in a handoff', () => {
  it('the checklist and the break log travel in the full binder and import into another vault', async () => {
    const { core, production, early, ana } = await setup();
    const date = '2026-12-03';
    await core.run('onset.mark', { sceneId: early.id, date, item: 'robe-person', done: true, value: 'Noor Haddad' });
    await core.run('onset.mark', { sceneId: early.id, date, item: 'consent-checkin', personId: ana.id, done: true });
    const entry = await core.run('onset.logBreak', { productionId: production.id, personId: ana.id, date });
    await core.run('onset.noteBreak', { id: entry.id, note: 'A few minutes off set' });
    const file = path.join(tempDir(), 'handoff.json');
    await core.run('handoff.export', {
      productionId: production.id,
      format: 'json',
      recipient: 'Second unit IC',
      path: file,
    });

    const other = newCore(tempDir());
    await other.run('vault.create', { path: path.join(tempDir(), 'b.closedset'), passphrase: PASS });
    await other.run('handoff.import', { path: file });
    const day = await other.run('onset.day', { productionId: production.id, date });
    expect(day.breaks.map((b) => [b.personName, b.note, b.calledAt])).toEqual([
      ['Ana Ortiz', 'A few minutes off set', entry.calledAt],
    ]);
    const marks = day.scenes.find((s) => s.id === early.id)?.marks ?? [];
    expect(marks.map((m) => [m.item, m.value, m.personId]).sort()).toEqual([
      ['consent-checkin', '', ana.id],
      ['robe-person', 'Noor Haddad', null],
    ]);
    expect((await other.run('audit.verify', { productionId: production.id })).ok).toBe(true);
  });
});

describe('recently deleted', () => {
  it('lists soft-deleted records newest first across kinds, each restored by its own command', async () => {
    const { core, production, early, ana } = await setup();
    const entry = await core.run('onset.logBreak', {
      productionId: production.id,
      personId: ana.id,
      date: '2026-12-03',
    });
    const followUp = await core.run('followUp.add', {
      sceneId: early.id,
      description: 'Call Ana',
      dueDate: '2026-12-04',
    });
    await core.run('onset.deleteBreak', { id: entry.id });
    await core.run('followUp.delete', { id: followUp.id });
    await core.run('scene.delete', { id: early.id });
    const trash = await core.run('trash.list', {});
    expect(trash.map((t) => [t.kind, t.title])).toEqual([
      ['scene', 'Scene 12A'],
      ['follow-up', 'Follow-up: Call Ana'],
      ['break', 'Break: Ana Ortiz'],
    ]);
    expect(trash[0]?.productionTitle).toBe('Night Shift');
    const other = await core.run('production.create', productionInput('Harbour Lights'));
    expect(await core.run('trash.list', { productionId: other.id })).toEqual([]);
    await core.run('scene.delete', { id: early.id, deleted: false });
    expect((await core.run('trash.list', {})).map((t) => t.kind)).toEqual(['follow-up', 'break']);
  });
});
