import { describe, expect, it } from 'vitest';
import { productionInput, unlockedCore } from '../helpers';

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
  });
});
