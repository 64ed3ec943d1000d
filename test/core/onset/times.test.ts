import { describe, expect, it } from 'vitest';
import { formatMoment } from '../../../shared/kit/time';
import { productionInput, unlockedCore } from '../../helpers';

describe('times shown to a person', () => {
  it('show one on-set check-in at the same local time, zone named, on set, on the rider and in the audit trail', async () => {
    const { core } = await unlockedCore();
    const production = await core.run('production.create', {
      ...productionInput('Night Shift'),
      timeZone: 'America/Vancouver',
    });
    const ana = await core.run('person.create', { name: 'Ana Ortiz' });
    await core.run('member.add', { productionId: production.id, personId: ana.id, role: 'performer' });
    const scene = await core.run('scene.create', {
      productionId: production.id,
      number: '12A',
      shootDate: '2026-12-04',
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
    const mark = await core.run('onset.mark', {
      sceneId: scene.id,
      date: '2026-12-04',
      item: 'consent-checkin',
      personId: ana.id,
      done: true,
    });
    const onSet = (
      await core.run('onset.day', { productionId: production.id, date: '2026-12-04' })
    ).scenes[0]?.marks.find((m) => m.item === 'consent-checkin');
    const detail = await core.run('rider.get', { id: r.rider.id });
    const checkIn = detail.checkIns[0];
    const audited = detail.audit.find((e) => e.action === 'check-in');
    expect(onSet?.markedAtLocal).toMatch(/^\d\d:\d\d P[SD]T$/);
    // The rider page and the audit trail give the production's clock, the same as on set.
    expect(formatMoment(checkIn?.at ?? '', production.timeZone)).toContain(onSet?.markedAtLocal ?? 'missing');
    expect(formatMoment(audited?.at ?? '', production.timeZone)).toContain(onSet?.markedAtLocal ?? 'missing');
    expect(checkIn?.at).toBe(mark.markedAt);
    // A call is shown the same way, with the zone named.
    expect(formatMoment(scene.callAt ?? '', production.timeZone)).toBe('Fri 4 Dec 2026, 07:30 PST');
  });
});
