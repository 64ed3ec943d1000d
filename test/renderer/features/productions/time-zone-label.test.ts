import { describe, expect, it } from 'vitest';
import { timeZoneLabel, timeZoneOptionLabel } from '../../../../renderer/src/features/productions/options';

describe('time zones read as a city and its abbreviation', () => {
  const winter = new Date('2026-01-15T12:00:00Z');
  it('shows New York (EST), not America/New_York', () => {
    expect(timeZoneLabel('America/New_York', winter)).toBe('New York (EST)');
    expect(timeZoneLabel('America/Los_Angeles', winter)).toBe('Los Angeles (PST)');
    expect(timeZoneOptionLabel('America/Los_Angeles', winter)).toBe('Los Angeles (PST), America');
    expect(timeZoneLabel('UTC', winter)).toBe('UTC');
  });
});
