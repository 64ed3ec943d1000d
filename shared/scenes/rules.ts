/**
 * How a scene is named wherever a person reads it: "101/4" for scene 4 of episode 101, "4" for a
 * feature's scene (no episode). Every list, dashboard, on-set card, PDF, search hit and CLI line
 * names a scene through this one function, so block shooting (episodes mixed on one day) reads the
 * same everywhere.
 */
export function sceneLabel(scene: { episode?: string | null; number?: string | null }): string {
  const number = (scene.number ?? '').trim();
  const episode = (scene.episode ?? '').trim();
  return episode === '' ? number : `${episode}/${number}`;
}

/** The key a scene is matched by across imports: (episode, number), case and spacing aside. */
export function sceneKey(scene: { episode?: string | null; number: string }): string {
  return `${(scene.episode ?? '').trim().toUpperCase()}\u0000${scene.number.trim().toUpperCase()}`;
}

/** INT/EXT as a schedule or scene heading writes it ("INT.", "EXT", "I/E", "INT./EXT."), or null. */
export function parseIntExt(text: string): 'INT' | 'EXT' | 'INT/EXT' | '' | null {
  const t = text.trim().toUpperCase().replace(/\./g, '').replace(/\s+/g, '');
  if (t === '') return '';
  if (t === 'INT' || t === 'I') return 'INT';
  if (t === 'EXT' || t === 'E') return 'EXT';
  if (['INT/EXT', 'EXT/INT', 'I/E', 'E/I', 'INTEXT', 'EXTINT'].includes(t)) return 'INT/EXT';
  return null;
}

/** Day or night as schedules abbreviate it: D, N, M, E... written out in full ("DAY", "NIGHT"). */
export function normaliseDayNight(text: string): string {
  const t = text.trim().toUpperCase();
  const short: Record<string, string> = {
    D: 'DAY',
    N: 'NIGHT',
    M: 'MORNING',
    E: 'EVENING',
    DN: 'DAWN',
    DK: 'DUSK',
    C: 'CONTINUOUS',
  };
  return short[t] ?? t;
}
