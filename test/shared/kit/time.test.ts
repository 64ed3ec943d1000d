import { describe, expect, it } from 'vitest';
import {
  ageOn,
  callInstant,
  formatClock,
  formatMoment,
  isMinorOn,
  localToUtc,
  zoneLabel,
} from '../../../shared/kit/time';
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

describe('one formatter for every moment shown, with the zone named', () => {
  it('shows the same instant on the production wall clock, across a daylight-saving change', () => {
    // Vancouver falls back on 1 Nov 2026 and springs forward on 14 Mar 2027.
    expect(formatMoment('2026-12-04T18:07:00.000Z', 'America/Vancouver')).toBe('Fri 4 Dec 2026, 10:07 PST');
    expect(formatMoment('2026-10-31T17:07:00.000Z', 'America/Vancouver')).toBe('Sat 31 Oct 2026, 10:07 PDT');
    expect(formatMoment('2027-03-14T09:59:00.000Z', 'America/Vancouver')).toBe('Sun 14 Mar 2027, 01:59 PST');
    expect(formatMoment('2027-03-14T10:00:00.000Z', 'America/Vancouver')).toBe('Sun 14 Mar 2027, 03:00 PDT');
    expect(formatClock('2026-12-04T18:07:00.000Z', 'America/Vancouver')).toBe('10:07 PST');
    expect(formatClock('2026-12-04T18:07:00.000Z', 'Europe/London')).toBe('18:07 GMT');
  });

  it('names a zone by its place and abbreviation, never the raw IANA name', () => {
    const winter = new Date('2026-12-04T18:00:00Z');
    const summer = new Date('2027-07-04T18:00:00Z');
    expect(zoneLabel('America/New_York', winter)).toBe('New York (EST)');
    expect(zoneLabel('America/New_York', summer)).toBe('New York (EDT)');
    expect(zoneLabel('America/Vancouver', winter)).toBe('Vancouver (PST)');
    expect(zoneLabel('UTC', winter)).toBe('UTC');
    expect(zoneLabel('Europe/London', summer)).toBe('London (BST)');
    expect(zoneLabel('America/Los_Angeles', winter)).not.toContain('/');
  });
});
