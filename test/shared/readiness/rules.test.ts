import { describe, expect, it } from 'vitest';
import { beatFlags } from '../../../shared/choreography/rules';
import { BODY_AREAS, type BodyMarks } from '../../../shared/communication/schema';
import {
  type ConsentInput,
  choreographyReadiness,
  closureReadiness,
  communicationReadiness,
  consentReadiness,
  contextReadiness,
  type ReadinessBeat,
  type ReadinessInput,
  sceneReadiness,
} from '../../../shared/readiness/rules';

const ANA = '01HZZZZZZZZZZZZZZZZZZZANA0';
const BEN = '01HZZZZZZZZZZZZZZZZZZZBEN0';
const KIT = '01HZZZZZZZZZZZZZZZZZZZK1T0';
const EXTRA = '01HZZZZZZZZZZZZZZZZZZZEXT0';

const allOk = (): BodyMarks => Object.fromEntries(BODY_AREAS.map((a) => [a.id, 'ok']));

function beat(over: Partial<ReadinessBeat> = {}): ReadinessBeat {
  return {
    id: '01HZZZZZZZZZZZZZZZZZZZBEAT',
    performerIds: [ANA, BEN],
    contacts: [],
    bodyPosition: 'Seated on the bed, facing each other',
    cameraAngle: 'Medium two-shot from the door',
    onScreen: 'Shoulders up',
    description: 'Ana rests her hand on Ben’s shoulder; they lean in for a closed-mouth kiss.',
    ...over,
  };
}

const signedRiders: ConsentInput = {
  source: 'riders',
  performers: [
    { needsRider: true, blockers: [], missing: [] },
    { needsRider: false, blockers: [], missing: [] },
  ],
};

/** A scene in which every pillar is complete; each test breaks one thing. */
function ready(): ReadinessInput {
  const b = beat({
    contacts: [{ fromPersonId: ANA, toPersonId: BEN, area: 'shoulders', means: 'hand', confirmed: false }],
  });
  const communication = {
    [ANA]: { areas: allOk(), breakSignal: 'Says "hold"', checkIns: 1 },
    [BEN]: { areas: allOk(), breakSignal: 'Taps twice', checkIns: 2 },
  };
  return {
    scene: {
      id: '01HZZZZZZZZZZZZZZZZZZSCENE',
      intimacyTypes: ['kiss', 'nudity-partial'],
      storyContext: 'They reconcile after the storm.',
      directorIntent: 'Tenderness, not heat.',
      audienceSees: 'Bare back of Ana; kiss in silhouette.',
      riskLevel: 'medium',
      mitigation: 'Closed set, robes between takes.',
      closedSet: ['Director', 'DP', 'IC'],
      icPresent: true,
    },
    performers: [
      {
        personId: ANA,
        name: 'Ana Ortiz',
        role: 'performer',
        isMinorOnShootDate: false,
        nudity: 'partial',
        simulatedSex: false,
      },
      {
        personId: BEN,
        name: 'Ben Okafor',
        role: 'performer',
        isMinorOnShootDate: false,
        nudity: 'none',
        simulatedSex: false,
      },
    ],
    communication,
    beats: [b],
    flags: beatFlags([b], { [ANA]: communication[ANA].areas, [BEN]: communication[BEN].areas }, {}),
    closure: {
      records: [
        { personId: ANA, practices: ['tag-out'] },
        { personId: BEN, practices: ['de-roling'] },
      ],
      followUps: [{ description: 'Call Ana’s agent', dueDate: '2027-01-20', doneAt: null }],
    },
    consent: signedRiders,
    today: '2027-01-15',
  };
}

describe('readiness', () => {
  it('is complete when every pillar is complete', () => {
    const r = sceneReadiness(ready());
    expect(r.overall).toBe('complete');
    expect(r.readyToShoot).toBe(true);
    for (const p of Object.values(r.pillars)) expect(p).toEqual({ status: 'complete', missing: [], blockers: [] });
  });

  describe('context', () => {
    it('names each empty context field', () => {
      const input = ready();
      input.scene = { ...input.scene, storyContext: '', directorIntent: '', audienceSees: '' };
      expect(contextReadiness(input)).toEqual({
        status: 'incomplete',
        missing: ['Story context is empty.', "Director's intent is empty.", 'What the audience sees is empty.'],
        blockers: [],
      });
    });

    it('wants a mitigation plan for medium and high risk, not for low', () => {
      const input = ready();
      input.scene = { ...input.scene, mitigation: '', riskLevel: 'high' };
      expect(contextReadiness(input).missing).toEqual(['A mitigation plan is needed for a high-risk scene.']);
      input.scene = { ...input.scene, riskLevel: 'low' };
      expect(contextReadiness(input).status).toBe('complete');
    });

    it('wants a closed set and an IC for nudity or simulated sex', () => {
      const input = ready();
      input.scene = { ...input.scene, closedSet: [], icPresent: false };
      expect(contextReadiness(input).missing).toEqual([
        'The closed-set list is empty (nudity or simulated sex).',
        'No intimacy coordinator is marked present (nudity or simulated sex).',
      ]);
      input.scene = { ...input.scene, intimacyTypes: ['kiss'] };
      input.performers = input.performers.map((p) => ({ ...p, nudity: 'none' }));
      expect(contextReadiness(input).status).toBe('complete');
    });

    it('wants performers and a type of intimacy', () => {
      const input = ready();
      input.performers = [];
      input.scene = { ...input.scene, intimacyTypes: [] };
      expect(contextReadiness(input).missing).toEqual([
        'No performers are in the scene yet.',
        'The type of intimacy is not set.',
      ]);
    });
  });

  describe('communication', () => {
    it('counts undiscussed body map areas, a missing break signal and no check-in', () => {
      const input = ready();
      input.communication = {
        ...input.communication,
        [ANA]: { areas: { face: 'ok', hands: 'ask' }, breakSignal: '', checkIns: 0 },
      };
      expect(communicationReadiness(input).missing).toEqual([
        `Ana Ortiz: ${BODY_AREAS.length - 2} of ${BODY_AREAS.length} body map areas not yet discussed.`,
        'Ana Ortiz: no break signal agreed.',
        'Ana Ortiz: no meeting or check-in logged.',
      ]);
    });

    it('reports a performer with nothing recorded in one line', () => {
      const input = ready();
      input.communication = { [ANA]: input.communication[ANA] };
      expect(communicationReadiness(input).missing).toEqual(['Ben Okafor: no body map, break signal or check-in yet.']);
    });

    it('asks only for a briefing from background performers', () => {
      const input = ready();
      input.performers = [
        ...input.performers,
        {
          personId: EXTRA,
          name: 'Dee Marsh',
          role: 'background',
          isMinorOnShootDate: false,
          nudity: 'none',
          simulatedSex: false,
        },
      ];
      expect(communicationReadiness(input).missing).toEqual([
        'Dee Marsh (background) has not been briefed: no check-in logged.',
      ]);
      input.communication = { ...input.communication, [EXTRA]: { areas: {}, breakSignal: '', checkIns: 1 } };
      expect(communicationReadiness(input).status).toBe('complete');
    });
  });

  describe('consent', () => {
    it('is blocked when a minor is in a scene with nudity', () => {
      const input = ready();
      input.performers = [
        ...input.performers,
        {
          personId: KIT,
          name: 'Kit Lamb',
          role: 'performer',
          isMinorOnShootDate: true,
          nudity: 'none',
          simulatedSex: false,
        },
      ];
      const r = sceneReadiness(input);
      expect(r.pillars.consent.status).toBe('blocked');
      expect(r.pillars.consent.blockers).toEqual([
        'Kit Lamb is a minor on the shoot date and cannot be in a scene with nudity or simulated sex.',
      ]);
      expect(r.overall).toBe('blocked');
      expect(r.readyToShoot).toBe(false);
    });

    it('lets a minor be in a scene without nudity or simulated sex', () => {
      const input = ready();
      input.scene = { ...input.scene, intimacyTypes: ['kiss'] };
      input.performers = [
        {
          personId: KIT,
          name: 'Kit Lamb',
          role: 'performer',
          isMinorOnShootDate: true,
          nudity: 'none',
          simulatedSex: false,
        },
      ];
      expect(consentReadiness(input)).toEqual({ status: 'complete', missing: [], blockers: [] });
    });

    it('says there is no rider data until the riders module supplies it', () => {
      const input = ready();
      input.consent = { source: 'none' };
      expect(consentReadiness(input)).toEqual({
        status: 'incomplete',
        missing: ['No rider system data: riders for Ana Ortiz cannot be checked yet.'],
        blockers: [],
      });
    });

    it('needs no rider when nobody has nudity or simulated sex', () => {
      const input = ready();
      input.scene = { ...input.scene, intimacyTypes: ['kiss'] };
      input.performers = input.performers.map((p) => ({ ...p, nudity: 'none' }));
      input.consent = { source: 'none' };
      expect(consentReadiness(input).status).toBe('complete');
    });

    it('asks whose nudity it is when the scene lists nudity but no performer has it', () => {
      const input = ready();
      input.performers = input.performers.map((p) => ({ ...p, nudity: 'none' }));
      expect(consentReadiness(input).missing).toEqual([
        "The scene lists nudity or simulated sex, but no performer's nudity or simulated sex is set.",
      ]);
    });

    it("takes each performer's reasons from the riders, word for word: blocked by a withdrawal, else incomplete", () => {
      const input = ready();
      input.performers = input.performers.map((p) => ({ ...p, simulatedSex: true }));
      input.consent = {
        source: 'riders',
        performers: [
          { needsRider: true, blockers: ['Ana Ortiz has withdrawn consent for this scene.'], missing: [] },
          { needsRider: true, blockers: [], missing: ['Ben Okafor has no rider for this scene.'] },
        ],
      };
      expect(consentReadiness(input)).toEqual({
        status: 'blocked',
        missing: ['Ben Okafor has no rider for this scene.'],
        blockers: ['Ana Ortiz has withdrawn consent for this scene.'],
      });
      input.consent = {
        source: 'riders',
        performers: [
          { needsRider: true, blockers: [], missing: ["Ana Ortiz's rider (version 2) is a draft, not signed."] },
          // A performer who needs no rider holds nothing, whatever is said of them.
          { needsRider: false, blockers: [], missing: ['Ben Okafor has no rider for this scene.'] },
        ],
      };
      expect(consentReadiness(input)).toEqual({
        status: 'incomplete',
        missing: ["Ana Ortiz's rider (version 2) is a draft, not signed."],
        blockers: [],
      });
    });
  });

  describe('choreography', () => {
    it('wants beats', () => {
      const input = ready();
      input.beats = [];
      input.flags = [];
      expect(choreographyReadiness(input).missing).toEqual(['No beats are written yet.']);
    });

    it('names the missing fields of each beat', () => {
      const input = ready();
      input.beats = [
        beat(),
        beat({ id: '01HZZZZZZZZZZZZZZZZZZBEAT2', performerIds: [], cameraAngle: '', onScreen: '' }),
      ];
      input.flags = [];
      expect(choreographyReadiness(input).missing).toEqual([
        'Beat 2: performers, camera angle, what is seen on screen missing.',
      ]);
    });

    it('is blocked by a contact on an area marked never', () => {
      const input = ready();
      const b = beat({
        contacts: [{ fromPersonId: BEN, toPersonId: ANA, area: 'thighs-inner', means: 'hand', confirmed: false }],
      });
      input.beats = [b];
      input.flags = beatFlags(
        [b],
        { [ANA]: { ...allOk(), 'thighs-inner': 'never' } },
        { [ANA]: 'Ana Ortiz', [BEN]: 'Ben Okafor' },
      );
      const r = sceneReadiness(input);
      expect(r.pillars.choreography).toEqual({
        status: 'blocked',
        missing: [],
        blockers: ['Beat 1: contact by Ben Okafor on Ana Ortiz\'s inner thighs, an area Ana Ortiz marked "never".'],
      });
      expect(r.overall).toBe('blocked');
    });

    it('holds an ask-first contact until it is confirmed', () => {
      const input = ready();
      const contact = {
        fromPersonId: BEN,
        toPersonId: ANA,
        area: 'hips' as const,
        means: 'hand' as const,
        confirmed: false,
      };
      const maps = { [ANA]: { ...allOk(), hips: 'ask' as const } };
      const names = { [ANA]: 'Ana Ortiz', [BEN]: 'Ben Okafor' };
      input.beats = [beat({ contacts: [contact] })];
      input.flags = beatFlags(input.beats, maps, names);
      expect(choreographyReadiness(input)).toEqual({
        status: 'incomplete',
        missing: ['Beat 1: contact by Ben Okafor on Ana Ortiz\'s hips is "ask first": confirm with Ana Ortiz.'],
        blockers: [],
      });
      input.beats = [beat({ contacts: [{ ...contact, confirmed: true }] })];
      input.flags = beatFlags(input.beats, maps, names);
      expect(input.flags).toHaveLength(1);
      expect(choreographyReadiness(input).status).toBe('complete');
    });

    it('notices a beat that names someone no longer in the scene', () => {
      const input = ready();
      input.beats = [beat({ performerIds: [ANA, KIT] })];
      expect(choreographyReadiness(input).missing).toEqual(['Beat 1: 1 performer(s) no longer in the scene.']);
    });
  });

  describe('closure', () => {
    it('wants a practice recorded for each principal performer', () => {
      const input = ready();
      input.closure = {
        ...input.closure,
        records: [
          { personId: ANA, practices: ['tag-out'] },
          { personId: BEN, practices: [] },
        ],
      };
      expect(closureReadiness(input).missing).toEqual(['Ben Okafor: no closure practice recorded.']);
    });

    it('reports overdue follow-ups, not those due today or later, nor done ones', () => {
      const input = ready();
      input.closure = {
        ...input.closure,
        followUps: [
          { description: 'Send de-roling resources', dueDate: '2027-01-14', doneAt: null },
          { description: 'Check in with Ben', dueDate: '2027-01-15', doneAt: null },
          { description: 'Return robe', dueDate: '2027-01-10', doneAt: '2027-01-10T12:00:00.000Z' },
        ],
      };
      expect(closureReadiness(input).missing).toEqual(['Follow-up overdue since 2027-01-14: Send de-roling resources']);
    });

    it('keeps readiness to shoot while closure is still open', () => {
      const input = ready();
      input.closure = { records: [], followUps: [] };
      const r = sceneReadiness(input);
      expect(r.overall).toBe('incomplete');
      expect(r.readyToShoot).toBe(true);
    });
  });
});

describe('beat flags', () => {
  const names = { [ANA]: 'Ana Ortiz', [BEN]: 'Ben Okafor' };
  it('flags never and ask-first areas of the touched performer only', () => {
    const flags = beatFlags(
      [
        {
          id: 'b1',
          contacts: [
            { fromPersonId: ANA, toPersonId: BEN, area: 'face', means: 'hand', confirmed: false },
            { fromPersonId: BEN, toPersonId: ANA, area: 'face', means: 'mouth', confirmed: false },
            { fromPersonId: BEN, toPersonId: ANA, area: 'neck-back', means: 'hand', confirmed: false },
          ],
        },
      ],
      { [ANA]: { face: 'ask', 'neck-back': 'ok' }, [BEN]: { face: 'never' } },
      names,
    );
    expect(flags.map((f) => [f.contactIndex, f.severity, f.personId, f.area])).toEqual([
      [0, 'never', BEN, 'face'],
      [1, 'ask', ANA, 'face'],
    ]);
  });

  it('raises nothing for unmarked areas or performers without a body map', () => {
    expect(
      beatFlags(
        [
          {
            id: 'b1',
            contacts: [{ fromPersonId: ANA, toPersonId: BEN, area: 'hands', means: 'hand', confirmed: false }],
          },
        ],
        { [ANA]: { hands: 'never' } },
        names,
      ),
    ).toEqual([]);
  });
});
