import type { BeatFlag } from '../../../../shared/choreography/schema';

export interface BeatWarnings {
  /** Contacts outside a boundary: a "never" area or beyond a signed rider. Saving them blocks the scene. */
  outside: string[];
  /** "Ask first" contacts not agreed yet. */
  ask: string[];
  /** Per contact row (by index), the worst flag on it. */
  byContact: Map<number, 'never' | 'ask'>;
}

/** What the beat form says before saving, from the flags the core's rules give for its contacts. */
export function beatWarnings(flags: readonly BeatFlag[]): BeatWarnings {
  const outside: string[] = [];
  const ask: string[] = [];
  const byContact = new Map<number, 'never' | 'ask'>();
  for (const f of flags) {
    if (f.severity === 'never') {
      outside.push(f.message);
      byContact.set(f.contactIndex, 'never');
    } else if (!f.confirmed) {
      ask.push(f.message);
      if (byContact.get(f.contactIndex) !== 'never') byContact.set(f.contactIndex, 'ask');
    }
  }
  return { outside, ask, byContact };
}
