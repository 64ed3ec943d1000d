import type { RiderTermsInput } from '../../shared/schemas/consent';
import { NUDITY_LEVELS, type NudityLevel } from '../../shared/schemas/scenes';
import type { Core } from './core';

const TEMPLATE: RiderTermsInput = {
  present: ['Director', 'Director of photography', 'Camera operator', 'Boom operator', 'Intimacy coordinator'],
  howShot: 'Closed set. Monitors limited to the director and the intimacy coordinator. Robe handed over between takes.',
  useInTrailer: false,
  useInPromotion: false,
  stillsNeedApproval: true,
  useNotes: 'No use outside the episode without a new written agreement.',
  destroyUnusedFootage: true,
  offLimits: 'No improvised contact. Any change to the choreography is agreed before the take.',
};

interface Need {
  personId: string;
  name: string;
  sceneIds: string[];
  numbers: string[];
  nudity: NudityLevel;
  simulatedSex: boolean;
}

/**
 * Riders for the demo: one per performer who needs one, covering all their scenes. Most are
 * signed; one stays a draft and one is withdrawn, so the demo shows each state. Runs over whatever
 * scenes the demo production has, through the command table like a user would.
 */
export async function seedConsentDemo(core: Core, productionId: string): Promise<void> {
  const template = await core.run('riderTemplate.create', {
    productionId,
    name: 'Closed set, standard use limits',
    terms: TEMPLATE,
  });
  const scenes = await core.run('scene.list', { productionId });
  const needs = new Map<string, Need>();
  for (const s of scenes) {
    for (const p of s.performers) {
      if (p.nudity === 'none' && !p.simulatedSex) continue;
      const n = needs.get(p.personId) ?? {
        personId: p.personId,
        name: p.name,
        sceneIds: [],
        numbers: [],
        nudity: 'none',
        simulatedSex: false,
      };
      n.sceneIds.push(s.id);
      n.numbers.push(s.number);
      if (NUDITY_LEVELS.indexOf(p.nudity) > NUDITY_LEVELS.indexOf(n.nudity)) n.nudity = p.nudity;
      n.simulatedSex ||= p.simulatedSex;
      needs.set(p.personId, n);
    }
  }
  const list = [...needs.values()];
  for (const [i, need] of list.entries()) {
    const rider = await core.run('rider.create', {
      productionId,
      personId: need.personId,
      title: `Scenes ${need.numbers.join(', ')}`,
      sceneIds: need.sceneIds,
      templateId: template.id,
      terms: termsFor(need),
    });
    const id = rider.rider.id;
    if (list.length >= 2 && i === list.length - 1) continue; // left as a draft
    await core.run('rider.send', { id });
    await core.run('rider.sign', {
      id,
      signature: { kind: 'typed', name: need.name },
      witness: 'Rosa Lindqvist (intimacy coordinator)',
    });
    if (list.length >= 3 && i === 1) {
      await core.run('rider.withdraw', {
        id,
        reason: 'Asked to talk the scene through again with the director before anything is filmed.',
      });
    } else {
      await core.run('rider.checkIn', {
        riderId: id,
        kind: 'rehearsal',
        who: `${need.name} with Rosa Lindqvist`,
        outcome: 'confirmed',
        note: 'Walked the choreography; terms confirmed as signed.',
      });
    }
  }
}

function termsFor(need: Need): RiderTermsInput {
  const partial = need.nudity === 'partial' || need.nudity === 'full';
  return {
    nudity: need.nudity,
    acts: [
      { act: 'embrace', detail: '' },
      { act: 'kiss-closed-mouth', detail: '' },
      ...(need.simulatedSex
        ? [{ act: 'simulated-intercourse' as const, detail: 'Above the sheets; barrier pillow between performers.' }]
        : []),
    ],
    exposure: [
      { area: 'back-upper', shown: true, angle: 'Wide and medium shots', maxSeconds: null },
      { area: 'shoulders', shown: true, angle: '', maxSeconds: null },
      { area: 'breasts', shown: partial && need.nudity === 'full', angle: 'Side only', maxSeconds: 8 },
      { area: 'groin', shown: false, angle: '', maxSeconds: null },
    ],
    contactAreas: ['face', 'shoulders', 'back-upper', 'hands'],
    offLimitsAreas: ['groin', 'breasts'],
    bodyDouble: { allowed: partial, terms: partial ? 'Wide shots of the back only; no close-ups.' : '' },
    digitalDouble: { allowed: false, terms: '' },
    scriptPages: need.numbers.join(', '),
  };
}
