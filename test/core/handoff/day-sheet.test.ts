import { describe, expect, it } from 'vitest';
import { unlockedCore } from '../../helpers';
import { plantedProduction } from './fixture';

const SENSITIVE = /nud|naked|sex|kiss|breast|genital|groin|buttock|nipple|simulat|thigh|topless|intimate contact/i;

describe('the call-sheet block', () => {
  it("names the day's closed scenes by number and call, the IC, robes and no stills; nothing anyone typed", async () => {
    const { core } = await unlockedCore();
    const { production } = await plantedProduction(core);
    const { text, scenes } = await core.run('handoff.callSheetBlock', {
      productionId: production.id,
      date: '2026-12-02',
    });
    expect(scenes).toBe(1);
    expect(text).toContain('CLOSED SET: Sc. 3/12A (06:30).');
    expect(text).toContain('Intimacy coordinator on set.');
    expect(text).toMatch(/Robes/);
    expect(text).toMatch(/No stills/);
    expect(text).not.toContain('22A');
    // Every free-text field of the production carries a marker: none reaches the call sheet.
    expect(text).not.toMatch(/MK[A-Za-z]+Z\d/);
    expect(text).not.toMatch(SENSITIVE);
  });

  it('is empty on a day without intimate scenes, and refuses a malformed date by name', async () => {
    const { core } = await unlockedCore();
    const { production } = await plantedProduction(core);
    expect(await core.run('handoff.callSheetBlock', { productionId: production.id, date: '2026-12-25' })).toEqual({
      text: '',
      scenes: 0,
    });
    await expect(
      core.run('handoff.callSheetBlock', { productionId: production.id, date: '25/12/2026' }),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ path: 'date' }] });
  });
});
