import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/trail';
import { seedConsentDemo } from '../../../electron/core/consent/demo';
import { productionInput, unlockedCore } from '../../helpers';

describe('the demo riders', () => {
  it('give every performer who needs one a rider: signed, one draft, one withdrawn', async () => {
    const { core } = await unlockedCore();
    const production = await core.run('production.create', productionInput('Demo'));
    const people = [];
    for (const name of ['Ines Varga', 'Tomas Hale', 'June Okoro', 'Priya Nand']) {
      const p = await core.run('person.create', { name });
      await core.run('member.add', { productionId: production.id, personId: p.id, role: 'performer' });
      people.push(p);
    }
    const [a, b, c, d] = people.map((p) => p.id) as [string, string, string, string];
    await core.run('scene.create', {
      productionId: production.id,
      number: '7',
      shootDate: '2027-01-12',
      callTime: '07:30',
      performers: [
        { personId: a, nudity: 'partial', simulatedSex: true },
        { personId: b, nudity: 'none', simulatedSex: true },
      ],
    });
    await core.run('scene.create', {
      productionId: production.id,
      number: '9',
      performers: [
        { personId: a, nudity: 'implied' },
        { personId: c, nudity: 'full' },
        { personId: d, nudity: 'none' },
      ],
    });
    await seedConsentDemo(core, production.id);
    const riders = await core.run('rider.list', { productionId: production.id });
    expect(riders.map((r) => [r.personName, r.status, r.scenes.map((s) => s.number)])).toEqual([
      ['Ines Varga', 'signed', ['7']],
      ['Ines Varga', 'withdrawn', ['9']],
      ['June Okoro', 'draft', ['9']],
      ['Tomas Hale', 'signed', ['7']],
    ]);
    expect((await core.run('riderTemplate.list', { productionId: production.id })).length).toBe(1);
    expect(verifyAudit(core.db()).ok).toBe(true);
  });
});
