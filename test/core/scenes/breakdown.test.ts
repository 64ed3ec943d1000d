import { describe, expect, it } from 'vitest';
import { productionInput, unlockedCore } from '../../helpers';

async function setup() {
  const ctx = await unlockedCore();
  const { core } = ctx;
  const production = await core.run('production.create', productionInput('Night Shift'));
  for (const [name, role, dateOfBirth] of [
    ['Ana Ortiz', 'performer', '1994-05-02'],
    ['Ben Okafor', 'performer', null],
    ['Kit Lamb', 'performer', '2012-09-01'],
    ['Dee Marsh', 'background', null],
    ['Cass Hale', 'crew', null],
  ] as const) {
    const p = await core.run('person.create', { name, dateOfBirth });
    await core.run('member.add', { productionId: production.id, personId: p.id, role });
  }
  await core.run('scene.create', { productionId: production.id, number: '1' });
  return { ...ctx, production };
}

const GOOD = `Scene,Episode,Pages,Script day,Shoot date,Call time,Location,Intimacy,Performers,Background,Risk,Notes
12,101,1 3/8,D3,2027-01-20,07:30,Lighthouse bedroom,kiss; partial nudity,Ana Ortiz (partial); Ben Okafor,Dee Marsh,medium,ignored
14A,101,3/8,D3,2027-01-20,,Harbour wall,Kiss,ana ortiz; Kit Lamb,,low,
`;

describe('breakdown CSV import', () => {
  it('previews every row without writing, then imports them all', async () => {
    const { core, production } = await setup();
    const preview = await core.run('breakdown.preview', { productionId: production.id, csv: GOOD });
    expect(preview.errors).toEqual([]);
    expect(preview.ignoredColumns).toEqual(['Notes']);
    expect(preview.rows.map((r) => [r.row, r.number, r.pageEighths, r.intimacyTypes, r.performers.length])).toEqual([
      [2, '12', 11, ['kiss', 'nudity-partial'], 3],
      [3, '14A', 3, ['kiss'], 2],
    ]);
    expect(preview.rows[0]?.performers[0]).toMatchObject({ name: 'Ana Ortiz', nudity: 'partial', simulatedSex: false });
    expect(await core.run('scene.list', { productionId: production.id })).toHaveLength(1);

    const result = await core.run('breakdown.import', { productionId: production.id, csv: GOOD });
    expect(result.created).toBe(2);
    const scenes = await core.run('scene.list', { productionId: production.id, sort: 'number' });
    expect(scenes.map((s) => [s.number, s.callTime, s.location, s.riskLevel])).toEqual([
      ['1', null, '', 'low'],
      ['12', '07:30', 'Lighthouse bedroom', 'medium'],
      ['14A', null, 'Harbour wall', 'low'],
    ]);
    expect(scenes[1]?.callAt).toBe('2027-01-20T15:30:00.000Z');
  });

  it('reports each problem by row and column and imports nothing', async () => {
    const { core, production } = await setup();
    const csv = `Scene,Pages,Shoot date,Call time,Intimacy,Performers
12,1 9/8,2027-02-30,7am,kiss; cuddle,Nobody Known
1,2,,,simulated sex,Kit Lamb (simulated sex)
15,1,2027-01-21,06:00,kiss,Ana Ortiz (sideways)
15,1,2027-01-21,06:00,kiss,Cass Hale
16,1,2027-01-22,06:00,kiss,Ben Okafor
`;
    const preview = await core.run('breakdown.preview', { productionId: production.id, csv });
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Pages'],
      [2, 'Intimacy'],
      [2, 'Performers'],
      [2, 'Shoot date'],
      [2, 'Call time'],
      [3, 'Scene'],
      [3, 'Performers'],
      [4, 'Performers'],
      [5, 'Performers'],
      [5, 'Scene'],
    ]);
    expect(preview.errors[2]?.message).toBe('No cast member named "Nobody Known" in this production');
    expect(preview.errors[6]?.message).toMatch(/Kit Lamb is a minor/);
    expect(preview.errors[9]?.message).toBe('Scene 15 is also on row 4');
    expect(preview.rows.map((r) => r.valid)).toEqual([false, false, false, false, true]);

    const res = await core.handle('breakdown.import', { productionId: production.id, csv });
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!res.ok) {
      expect(res.error.message).toMatch(/^Nothing was imported: 10 problem\(s\), the first on row 2 \(Pages\)/);
      expect(res.error.issues?.[0]?.path).toBe('rows.2.Pages');
    }
    expect((await core.run('scene.list', { productionId: production.id })).map((s) => s.number)).toEqual(['1']);
  });

  it('needs a Scene column and at least one row', async () => {
    const { core, production } = await setup();
    const noScene = await core.run('breakdown.preview', { productionId: production.id, csv: 'Episode,Pages\n101,1\n' });
    expect(noScene.errors).toEqual([
      { row: 1, column: 'Scene', message: 'No "Scene" column: the first row must name the columns.' },
    ]);
    const empty = await core.run('breakdown.preview', { productionId: production.id, csv: 'Scene,Episode\n' });
    expect(empty.errors.map((e) => e.message)).toEqual(['The file has no scene rows.']);
  });
});
