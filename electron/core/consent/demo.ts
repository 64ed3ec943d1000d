import type { RiderTermsInput } from '../../../shared/consent/schema';
import { NUDITY_LEVELS, type NudityLevel } from '../../../shared/scenes/schema';
import type { CommandRunner } from '../kit/handler';

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
 * Riders for the demo: one per performer who needs one, covering their scenes. Most are signed;
 * one stays a draft and one is withdrawn, so the demo shows each state. Runs over whatever
 * scenes the demo production has, through the command table like a user would.
 */
export async function seedConsentDemo(core: CommandRunner, productionId: string): Promise<void> {
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
  // One rider is withdrawn: the last scene of the first performer with several scenes gets a rider
  // of its own, signed and then withdrawn (a performer rethinking one scene, not the whole part).
  const splitter = list.find((n) => n.sceneIds.length >= 2);
  for (const [i, need] of list.entries()) {
    const draft = list.length >= 2 && i === list.length - 1;
    if (need === splitter) {
      const last = need.sceneIds.length - 1;
      const kept = { ...need, sceneIds: need.sceneIds.slice(0, last), numbers: need.numbers.slice(0, last) };
      const alone = { ...need, sceneIds: need.sceneIds.slice(last), numbers: need.numbers.slice(last) };
      await signed(core, productionId, template.id, kept, true);
      const id = await signed(core, productionId, template.id, alone, false);
      await core.run('rider.withdraw', {
        id,
        reason: 'Asked to talk the scene through again with the director before anything is filmed.',
      });
    } else if (draft) {
      await create(core, productionId, template.id, need);
    } else {
      await signed(core, productionId, template.id, need, true);
    }
  }
}

async function create(core: CommandRunner, productionId: string, templateId: string, need: Need): Promise<string> {
  const rider = await core.run('rider.create', {
    productionId,
    personId: need.personId,
    sceneIds: need.sceneIds,
    templateId,
    terms: termsFor(need),
  });
  return rider.rider.id;
}

async function signed(core: CommandRunner, productionId: string, templateId: string, need: Need, checkIn: boolean) {
  const id = await create(core, productionId, templateId, need);
  await core.run('rider.send', { id });
  await core.run('rider.sign', {
    id,
    signature: { kind: 'typed', name: need.name },
    witness: 'Rosa Lindqvist (intimacy coordinator)',
  });
  if (checkIn) {
    await core.run('rider.checkIn', {
      riderId: id,
      kind: 'rehearsal',
      who: `${need.name} with Rosa Lindqvist`,
      outcome: 'confirmed',
      note: 'Walked the choreography; terms confirmed as signed.',
    });
  }
  return id;
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
      need.nudity === 'full'
        ? { area: 'breasts', shown: true, angle: 'Side only, no close-ups', maxSeconds: 8 }
        : { area: 'breasts', shown: false, angle: '', maxSeconds: null },
      { area: 'groin', shown: false, angle: '', maxSeconds: null },
    ],
    contactAreas: ['face', 'shoulders', 'back-upper', 'hands'],
    offLimitsAreas: ['groin', 'breasts'],
    bodyDouble: { allowed: partial, terms: partial ? 'Wide shots of the back only; no close-ups.' : '' },
    digitalDouble: { allowed: false, terms: '' },
    scriptPages: need.numbers.join(', '),
  };
}
