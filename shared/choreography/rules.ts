import { BODY_AREA_LABELS, type BodyMarks } from '../communication/schema';
import type { BeatFlag, Contact } from './schema';

export interface BeatForFlags {
  id: string;
  contacts: readonly Contact[];
}

/**
 * Checks every contact of every beat against the touched performer's body map. A contact on an
 * area marked "never" is a red flag; "ask first" is a softer flag that stays visible once the
 * performer has agreed (`confirmed`). Unmarked areas raise nothing here: the communication pillar
 * reports an unfinished body map instead.
 */
export function beatFlags(
  beats: readonly BeatForFlags[],
  bodyMaps: Readonly<Record<string, BodyMarks | undefined>>,
  names: Readonly<Record<string, string | undefined>>,
): BeatFlag[] {
  const flags: BeatFlag[] = [];
  beats.forEach((beat, i) => {
    beat.contacts.forEach((c, contactIndex) => {
      const mark = bodyMaps[c.toPersonId]?.[c.area];
      if (mark !== 'never' && mark !== 'ask') return;
      const who = names[c.toPersonId] ?? 'A performer';
      const by = names[c.fromPersonId] ?? 'another performer';
      const area = BODY_AREA_LABELS[c.area].toLowerCase();
      const message =
        mark === 'never'
          ? `Beat ${i + 1}: contact by ${by} on ${who}'s ${area}, an area ${who} marked "never".`
          : c.confirmed
            ? `Beat ${i + 1}: contact by ${by} on ${who}'s ${area} ("ask first"), agreed with ${who}.`
            : `Beat ${i + 1}: contact by ${by} on ${who}'s ${area} is "ask first": confirm with ${who}.`;
      flags.push({
        beatId: beat.id,
        beatNumber: i + 1,
        contactIndex,
        severity: mark,
        confirmed: mark === 'ask' && c.confirmed,
        personId: c.toPersonId,
        area: c.area,
        message,
      });
    });
  });
  return flags;
}
