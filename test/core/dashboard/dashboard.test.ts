import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/core/productions/demo';
import { readinessOf } from '../../../electron/core/readiness/readiness';
import { productionInput, unlockedCore } from '../../helpers';

describe('the production dashboard', () => {
  it('shows the coming fortnight, the next shoot days and what to do before each call', async () => {
    const { core } = await unlockedCore();
    const production = await core.run('production.create', productionInput('Night Shift')); // Los Angeles
    const ana = await core.run('person.create', { name: 'Ana Ortiz' });
    await core.run('member.add', { productionId: production.id, personId: ana.id, role: 'performer' });
    const today = await core.run('scene.create', {
      productionId: production.id,
      number: '12A',
      shootDate: '2026-12-03',
      callTime: '07:30',
      performers: [{ personId: ana.id }],
    });
    const untimed = await core.run('scene.create', {
      productionId: production.id,
      number: '14',
      shootDate: '2026-12-05',
    });
    await core.run('scene.create', { productionId: production.id, number: '2', shootDate: '2026-11-20' });
    // 06:00 on 3 December in Los Angeles.
    const now = '2026-12-03T14:00:00.000Z';
    const d = await core.run('dashboard.get', { productionId: production.id, now });
    expect(d.today).toBe('2026-12-03');
    expect(d.strip).toHaveLength(14);
    expect(d.strip.filter((s) => s.sceneCount > 0).map((s) => s.date)).toEqual(['2026-12-03', '2026-12-05']);
    expect(d.strip[0]?.isToday).toBe(true);
    expect(d.shootDays.map((s) => [s.date, s.scenes.map((x) => x.number)])).toEqual([
      ['2026-12-03', ['12A']],
      ['2026-12-05', ['14']],
    ]);
    expect(d.shootDays[0]?.scenes[0]?.performerNames).toEqual(['Ana Ortiz']);
    // Today's pre-roll before the 07:30 call; then scene 14's gaps on the 5th.
    expect(d.todos.map((t) => [t.source, t.link.to, t.link.id, t.due])).toEqual([
      ['onset', 'onset', today.id, 'today'],
      ['scenes', 'scene', untimed.id, 'soon'],
      ['scenes', 'scene', untimed.id, 'soon'],
    ]);
    expect(d.todos[0]?.link.date).toBe('2026-12-03');
    expect(d.todos[0]?.detail).toContain('Consent check-in: Ana Ortiz');

    // Once the checklist is done, its to-do goes.
    for (const item of ['closed-set', 'monitors', 'crew-briefed', 'garments-fitted'] as const)
      await core.run('onset.mark', { sceneId: today.id, date: '2026-12-03', item, done: true });
    await core.run('onset.mark', {
      sceneId: today.id,
      date: '2026-12-03',
      item: 'robe-person',
      done: true,
      value: 'Noor',
    });
    await core.run('onset.mark', {
      sceneId: today.id,
      date: '2026-12-03',
      item: 'consent-checkin',
      personId: ana.id,
      done: true,
    });
    const after = await core.run('dashboard.get', { productionId: production.id, now });
    expect(after.todos.map((t) => t.source)).toEqual(['scenes', 'scenes']);

    // A follow-up past its day comes first, overdue; one due next week is listed, later ones not yet.
    await core.run('followUp.add', {
      sceneId: today.id,
      personId: ana.id,
      description: 'Check in with Ana',
      dueDate: '2026-12-01',
    });
    await core.run('followUp.add', {
      sceneId: today.id,
      description: 'Send the closed-set list',
      dueDate: '2026-12-09',
    });
    await core.run('followUp.add', { sceneId: today.id, description: 'Far off', dueDate: '2027-01-20' });
    const withFollowUps = await core.run('dashboard.get', { productionId: production.id, now });
    expect(withFollowUps.todos.map((t) => [t.title, t.due])).toEqual([
      ['Follow-up: Check in with Ana', 'overdue'],
      ['List the performers in scene 14', 'soon'],
      ['Set a call time for scene 14', 'soon'],
      ['Follow-up: Send the closed-set list', 'later'],
    ]);
    expect(withFollowUps.todos[0]?.link).toEqual({ to: 'closure', id: today.id, date: null });
    // Each scene carries the binder's five pillar marks.
    expect(withFollowUps.shootDays[0]?.scenes[0]?.pillars.map((p) => p.pillar)).toEqual([
      'context',
      'communication',
      'consent',
      'choreography',
      'closure',
    ]);
  });
});

describe('the demo', () => {
  it('has two shoot days in the coming week for the dashboard and on-set mode', async () => {
    const { core } = await unlockedCore();
    const { productionId } = await seedDemo(core);
    const d = await core.run('dashboard.get', { productionId });
    const week = d.strip.slice(1, 8).filter((day) => day.sceneCount > 0);
    expect(week).toHaveLength(2);
    const [first] = d.shootDays;
    expect(first?.date).toBe(week[0]?.date);
    expect(first?.scenes.length).toBeGreaterThanOrEqual(2);
    // Garments still to fit before the first calls, and follow-ups from the binder, are on the list.
    expect(d.todos.some((t) => t.source === 'garments' && t.link.to === 'pull-list')).toBe(true);
    expect(d.todos.some((t) => t.source === 'closure')).toBe(true);
    const [variant] = await core.run('garment.variantList', {});
    expect(variant).toBeDefined();
    const hits = await core.run('search.query', { text: variant?.typeName ?? '' });
    expect(hits.map((h) => h.kind)).toContain('garment');
    const day = await core.run('onset.day', { productionId, date: first?.date ?? '' });
    expect(day.scenes[0]?.marks.map((m) => m.item).sort()).toEqual(['closed-set', 'robe-person']);
    expect(day.scenes[0]?.performers.length).toBeGreaterThan(0);
  });
});

describe('the dashboard reads readiness for the days it shows only', () => {
  it('gives each shown scene the readiness the binder gives it; scenes outside the window change nothing', async () => {
    const { core } = await unlockedCore();
    const { productionId } = await seedDemo(core);
    // Fill the dashboard's five shoot days, so that a later day falls outside them.
    let days = (await core.run('dashboard.get', { productionId })).shootDays.length;
    for (let year = 2090; days < 5; year++, days++)
      await core.run('scene.create', { productionId, number: `F${year}`, shootDate: `${year}-03-02` });
    const full = new Map((await core.run('readiness.production', { productionId })).map((r) => [r.sceneId, r]));
    const d = await core.run('dashboard.get', { productionId });
    const shown = d.shootDays.flatMap((day) => day.scenes);
    expect(d.shootDays).toHaveLength(5);
    expect(shown.length).toBeLessThan(full.size);
    for (const scene of shown) {
      const r = full.get(scene.id);
      expect(scene.ready).toBe(r?.readyToShoot);
      expect(scene.pillars).toHaveLength(5);
      for (const p of scene.pillars) expect(p.status).toBe(r?.pillars[p.pillar].status);
    }
    // Scoped to some scenes, readiness is exactly the whole production's for those scenes.
    const db = core.db();
    const ids = [...full.keys()].filter((_, i) => i % 2 === 0);
    const scoped = readinessOf(db, { productionId, sceneIds: ids });
    expect(scoped.map((r) => r.sceneId).sort()).toEqual([...ids].sort());
    for (const r of scoped) expect(r).toEqual(full.get(r.sceneId));

    // A scene far outside the window, with a gap of its own, leaves the shown scenes as they were.
    const later = await core.run('scene.create', { productionId, number: '99', shootDate: '2099-01-05' });
    const again = await core.run('dashboard.get', { productionId, now: d.now });
    expect(again.shootDays).toEqual(d.shootDays);
    expect(again.shootDays.flatMap((day) => day.scenes.map((s) => s.id))).not.toContain(later.id);
  });
});

describe('the dashboard: consent before the call', () => {
  it('asks for a rider by the notice deadline, then for the signature, and names a withdrawal', async () => {
    const { core } = await unlockedCore();
    const production = await core.run('production.create', productionInput('Night Shift')); // Los Angeles, 48 h
    const ana = await core.run('person.create', { name: 'Ana Ortiz' });
    await core.run('member.add', { productionId: production.id, personId: ana.id, role: 'performer' });
    const scene = await core.run('scene.create', {
      productionId: production.id,
      number: '12A',
      shootDate: '2026-12-05',
      callTime: '07:30',
      intimacyTypes: ['nudity-partial'],
      performers: [{ personId: ana.id, nudity: 'partial' }],
    });
    const now = '2026-12-03T14:00:00.000Z';
    const consent = async () =>
      (await core.run('dashboard.get', { productionId: production.id, now })).todos.filter(
        (t) => t.source === 'consent',
      );
    let todos = await consent();
    expect(todos.map((t) => [t.title, t.dueAt, t.due])).toEqual([
      // 07:30 in Los Angeles on the 5th is 15:30Z; 48 hours before is 15:30Z on the 3rd: later today.
      ['Scene 12A: no rider yet for Ana Ortiz', '2026-12-03T15:30:00.000Z', 'today'],
    ]);
    const rider = await core.run('rider.create', {
      productionId: production.id,
      personId: ana.id,
      sceneIds: [scene.id],
    });
    todos = await consent();
    expect(todos.map((t) => [t.title, t.link])).toEqual([
      ['Scene 12A: rider not sent for Ana Ortiz', { to: 'rider', id: rider.rider.id, date: null }],
    ]);
  });

  it('marks a scene with withdrawn consent "Blocked - do not roll", naming whose', async () => {
    const { core } = await unlockedCore();
    const production = await core.run('production.create', productionInput('Night Shift'));
    const ana = await core.run('person.create', { name: 'Ana Ortiz' });
    await core.run('member.add', { productionId: production.id, personId: ana.id, role: 'performer' });
    const scene = await core.run('scene.create', {
      productionId: production.id,
      number: '12A',
      shootDate: '2026-12-05',
      callTime: '07:30',
      intimacyTypes: ['nudity-partial'],
      performers: [{ personId: ana.id, nudity: 'partial' }],
    });
    const r = await core.run('rider.create', {
      productionId: production.id,
      personId: ana.id,
      sceneIds: [scene.id],
      terms: { nudity: 'partial' },
    });
    await core.run('rider.send', { id: r.rider.id });
    await core.run('rider.sign', { id: r.rider.id, signature: { kind: 'typed', name: 'Ana' }, witness: 'IC' });
    await core.run('rider.withdraw', { id: r.rider.id, reason: '' });
    const d = await core.run('dashboard.get', { productionId: production.id, now: '2026-12-03T14:00:00.000Z' });
    const shown = d.shootDays.flatMap((day) => day.scenes).find((s) => s.id === scene.id);
    expect(shown?.gate).toMatchObject({ state: 'blocked', label: 'Blocked - do not roll' });
    expect(shown?.gate.reasons).toContainEqual({
      pillar: 'consent',
      text: 'Ana Ortiz has withdrawn consent for this scene.',
    });
  });
});
