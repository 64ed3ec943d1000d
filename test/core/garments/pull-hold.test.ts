import { describe, expect, it } from 'vitest';
import { ON_HOLD_LABEL } from '../../../shared/garments/pull';
import { garmentFixture } from './fixture';

describe('the pull list holds a scene that cannot roll', () => {
  it('marks every line of a blocked scene on hold, and only those, without saying why', async () => {
    const { core, productionId, ana, ben, scene1, scene2, thongM, thongS } = await garmentFixture();
    await core.run('garment.needSet', { sceneId: scene1, personId: ana, variantId: thongM, quantity: 1 });
    await core.run('garment.needSet', { sceneId: scene1, personId: ben, variantId: thongS, quantity: 1 });
    await core.run('garment.needSet', { sceneId: scene2, personId: ana, variantId: thongM, quantity: 1 });
    const before = await core.run('stock.pullList', { productionId, date: '2026-12-03' });
    expect(before.lines.map((l) => l.onHold)).toEqual([false, false, false]);

    // Ana withdraws consent for scene 12: the roll gate blocks it.
    const r = await core.run('rider.create', {
      productionId,
      personId: ana,
      sceneIds: [scene1],
      terms: { nudity: 'partial' },
    });
    await core.run('rider.send', { id: r.rider.id });
    await core.run('rider.sign', { id: r.rider.id, signature: { kind: 'typed', name: 'Ana' }, witness: 'IC' });
    await core.run('rider.withdraw', { id: r.rider.id, reason: 'Changed my mind' });

    const after = await core.run('stock.pullList', { productionId, date: '2026-12-03' });
    expect(after.lines.map((l) => `${l.sceneNumber} ${l.personName} ${l.onHold ? 'hold' : 'pull'}`)).toEqual([
      '12 Ana Ferreira hold',
      '12 Ben Okafor hold',
      '14A Ana Ferreira pull',
    ]);
    // The reason stays with the coordinator: nothing on the list names the withdrawal.
    expect(JSON.stringify(after)).not.toMatch(/withdr|Changed my mind|consent/i);

    const csv = await core.run('stock.exportCsv', { productionId, what: 'pull-list', date: '2026-12-03' });
    const rows = csv.csv.split('\n').filter((l) => l.includes(ON_HOLD_LABEL));
    expect(rows).toHaveLength(2);
  });
});
