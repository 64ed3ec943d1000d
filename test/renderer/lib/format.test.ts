import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../../renderer/src/lib/format';
import { formatMoment } from '../../../shared/kit/time';

describe('formatInstant', () => {
  it("shows a moment on the production's clock with the zone named, through the one shared formatter", () => {
    const at = '2026-12-04T18:07:00.000Z';
    expect(formatInstant(at, 'America/Vancouver')).toBe('Fri 4 Dec 2026, 10:07 PST');
    expect(formatInstant(at, 'America/Vancouver')).toBe(formatMoment(at, 'America/Vancouver'));
    // Without a production, this device's zone, still named.
    expect(formatInstant(at)).toMatch(/^Fri 4 Dec 2026, \d\d:\d\d \S+$/);
  });
});
