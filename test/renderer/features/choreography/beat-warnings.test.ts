import { describe, expect, it } from 'vitest';
import { beatWarnings } from '../../../../renderer/src/features/choreography/beat-warnings';
import type { BeatFlag } from '../../../../shared/choreography/schema';

const flag = (contactIndex: number, severity: 'never' | 'ask', confirmed = false): BeatFlag => ({
  beatId: '00000000000000000000000000',
  beatNumber: 2,
  contactIndex,
  severity,
  confirmed,
  personId: '01J0000000000000000000000A',
  area: 'hips',
  message: `contact ${contactIndex} ${severity}${confirmed ? ' agreed' : ''}`,
});

describe('the beat form warns before saving', () => {
  it('says nothing for a beat with no flags', () => {
    const w = beatWarnings([]);
    expect(w.outside).toEqual([]);
    expect(w.ask).toEqual([]);
    expect(w.byContact.size).toBe(0);
  });

  it('puts "never" and rider flags outside boundaries, unagreed "ask first" apart, and marks each contact by its worst', () => {
    const w = beatWarnings([flag(0, 'ask'), flag(0, 'never'), flag(1, 'ask', true), flag(2, 'ask')]);
    expect(w.outside).toEqual(['contact 0 never']);
    expect(w.ask).toEqual(['contact 0 ask', 'contact 2 ask']);
    expect([...w.byContact]).toEqual([
      [0, 'never'],
      [2, 'ask'],
    ]);
  });
});
