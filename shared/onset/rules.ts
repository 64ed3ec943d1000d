import type { RollGate } from '../readiness/schema';
import { PREROLL_LABELS, type PrerollMark, SCENE_ITEMS } from './schema';

export interface PrerollPerformer {
  personId: string;
  name: string;
  role: 'performer' | 'background' | 'crew' | null;
}

/** Who must check in before roll: everyone in the scene in front of the camera (not crew). */
export function checkInRequired<P extends PrerollPerformer>(performers: P[]): P[] {
  return performers.filter((p) => p.role !== 'crew');
}

/**
 * What is still open on a scene's pre-roll checklist, in checklist order, in words for the screen.
 * Only the latest mark per item counts (an unchecked item is open again). A blocked scene is never
 * "all done", however many boxes are ticked: the block comes first.
 */
export function prerollMissing(
  marks: PrerollMark[],
  performers: PrerollPerformer[],
  gate: Pick<RollGate, 'state' | 'label'> = { state: 'ready', label: '' },
): string[] {
  const done = new Set(marks.filter((m) => m.done).map((m) => `${m.item}:${m.personId ?? ''}`));
  const missing: string[] = gate.state === 'blocked' ? [gate.label] : [];
  for (const item of SCENE_ITEMS) if (!done.has(`${item}:`)) missing.push(PREROLL_LABELS[item]);
  for (const p of checkInRequired(performers))
    if (!done.has(`consent-checkin:${p.personId}`)) missing.push(`Consent check-in: ${p.name}`);
  return missing;
}
