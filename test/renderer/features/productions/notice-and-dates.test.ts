import { describe, expect, it } from 'vitest';
import { noticeHint, shootDateWarning } from '../../../../renderer/src/features/productions/options';

describe('production rules shown on forms', () => {
  it('names the chosen union in the rider-notice hint', () => {
    expect(noticeHint('sag-aftra')).toContain('SAG-AFTRA');
    expect(noticeHint('equity-uk')).toContain('Equity UK');
    expect(noticeHint('equity-uk')).not.toContain('SAG-AFTRA');
    expect(noticeHint('non-union')).not.toContain('SAG-AFTRA');
  });

  it("warns about a shoot date outside the production's dates", () => {
    expect(shootDateWarning('2026-02-27', '2026-03-02', '2026-05-29')).toContain('before the production starts');
    expect(shootDateWarning('2026-06-01', '2026-03-02', '2026-05-29')).toContain('after the production wraps');
    expect(shootDateWarning('2026-04-01', '2026-03-02', '2026-05-29')).toBeNull();
    expect(shootDateWarning('', '2026-03-02', null)).toBeNull();
  });
});
