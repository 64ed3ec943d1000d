import type { Snapshot } from '../../../shared/handoff/schema';

/**
 * The block an AD pastes into the day's call sheet: which scenes run closed, that the intimacy
 * coordinator is on set, robes, no stills. Built from scene numbers, call times and fixed words
 * only: a call sheet goes to the whole crew, so nothing a person typed (what is shot, who shows
 * what, boundaries) can reach it.
 */
export function callSheetBlock(snapshot: Snapshot, date: string): { text: string; scenes: number } {
  const scenes = snapshot.tables.scene
    .filter((s) => !s.deletedAt && s.shootDate === date)
    .sort((a, b) => (a.callTime ?? '99:99').localeCompare(b.callTime ?? '99:99') || a.number.localeCompare(b.number));
  if (scenes.length === 0) return { text: '', scenes: 0 };
  const label = (s: (typeof scenes)[number]) =>
    `Sc. ${s.episode ? `${s.episode}/` : ''}${s.number}${s.callTime ? ` (${s.callTime})` : ''}`;
  const ic = scenes.some((s) => s.icPresent);
  const lines = [
    `CLOSED SET: ${scenes.map(label).join(', ')}.`,
    'Essential crew only, as listed by the 1st AD; monitors restricted.',
    ic ? 'Intimacy coordinator on set.' : '',
    'Robes standing by for performers between takes.',
    'No stills, phones or behind-the-scenes photography on the closed set.',
  ];
  return { text: lines.filter(Boolean).join('\n'), scenes: scenes.length };
}
