import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/core/productions/demo';
import { todayIn } from '../../../shared/kit/time';

import { unlockedCore } from '../../helpers';

describe('the binder demo', () => {
  it('fills a production with scenes, cast, body maps, beats and closure that obey every rule', async () => {
    const { core } = await unlockedCore();
    const { productionId } = await seedDemo(core);
    const production = await core.run('production.get', { id: productionId });
    const today = todayIn(production.timeZone);
    const scenes = await core.run('scene.list', { productionId });
    expect(scenes).toHaveLength(12);
    expect(new Set(scenes.map((s) => s.episode))).toEqual(new Set(['101', '102']));
    const inWeek = scenes
      .map((s) => s.shootDate)
      .filter((d): d is string => d !== null && d > today && d <= addDays(today, 7));
    expect(new Set(inWeek).size).toBe(2);

    const members = await core.run('member.list', { productionId });
    const minor = members.find((m) => m.person.isMinor);
    expect(minor).toBeDefined();
    const minorScenes = scenes.filter((s) => s.performers.some((p) => p.personId === minor?.person.id));
    expect(minorScenes.length).toBeGreaterThan(0);
    for (const s of minorScenes) expect(s.performers.every((p) => p.nudity === 'none' && !p.simulatedSex)).toBe(true);
    expect(members.filter((m) => m.role === 'background').length).toBeGreaterThanOrEqual(3);

    expect((await core.run('communication.list', { productionId })).length).toBeGreaterThanOrEqual(4);
    const flagged = await Promise.all(scenes.map((s) => core.run('beats.get', { sceneId: s.id })));
    // One contact is flagged "never" (by the body map, and by the rider, which does not agree to it either).
    const never = flagged.flatMap((b) => b.flags).filter((f) => f.severity === 'never');
    expect(new Set(never.map((f) => `${f.beatId}/${f.contactIndex}`)).size).toBe(1);

    const due = await core.run('followUp.due', { productionId });
    expect([due.overdue.length, due.dueToday.length]).toEqual([1, 1]);
    const readiness = await core.run('readiness.production', { productionId });
    const states = new Set(readiness.map((r) => r.overall));
    expect(states).toEqual(new Set(['complete', 'incomplete', 'blocked']));
    expect((await core.run('audit.verify', {})).ok).toBe(true);
  });
});

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
