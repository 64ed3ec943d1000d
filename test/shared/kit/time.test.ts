import { describe, expect, it } from 'vitest';
import { ageOn, callInstant, isMinorOn, localToUtc } from '../../../shared/kit/time';
import { formatEighths, parseEighths } from '../../../shared/scenes/schema';

describe('call times across time zones', () => {
  it('converts a local call time to UTC, around daylight-saving changes', () => {
    expect(localToUtc('2027-01-15', '06:00', 'America/Los_Angeles').toISOString()).toBe('2027-01-15T14:00:00.000Z');
    expect(localToUtc('2027-07-15', '06:00', 'America/Los_Angeles').toISOString()).toBe('2027-07-15T13:00:00.000Z');
    // London springs forward at 01:00 on 2027-03-28.
    expect(localToUtc('2027-03-27', '09:00', 'Europe/London').toISOString()).toBe('2027-03-27T09:00:00.000Z');
    expect(localToUtc('2027-03-28', '09:00', 'Europe/London').toISOString()).toBe('2027-03-28T08:00:00.000Z');
    expect(callInstant(null, '06:00', 'UTC')).toBeNull();
    expect(callInstant('2027-01-01', null, 'UTC')).toBeNull();
  });
});

describe('ages and minors', () => {
  it('counts whole years, turning 18 on the birthday', () => {
    expect(ageOn('2009-01-20', '2027-01-19')).toBe(17);
    expect(ageOn('2009-01-20', '2027-01-20')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('treats the minor flag as the answer only when no date of birth is known', () => {
    expect(isMinorOn({ dateOfBirth: null, isMinor: true }, '2027-01-01')).toBe(true);
    expect(isMinorOn({ dateOfBirth: null, isMinor: false }, '2027-01-01')).toBe(false);
    expect(isMinorOn({ dateOfBirth: '1990-01-01', isMinor: true }, '2027-01-01')).toBe(false);
  });
});

describe('page counts in eighths', () => {
  it('formats and parses', () => {
    expect(formatEighths(11)).toBe('1 3/8');
    expect(formatEighths(3)).toBe('3/8');
    expect(formatEighths(16)).toBe('2');
    expect(parseEighths('1 3/8')).toBe(11);
    expect(parseEighths('3/8')).toBe(3);
    expect(parseEighths('2')).toBe(16);
    expect(parseEighths('1 9/8')).toBeNull();
    expect(parseEighths('one')).toBeNull();
  });
});
