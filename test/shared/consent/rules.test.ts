import { describe, expect, it } from 'vitest';
import {
  type BeatContacts,
  beatViolations,
  type ConsentScene,
  type ConsentScope,
  contactConsentFlags,
  doubleViolations,
  governingRider,
  minorRiderViolations,
  noticeCallAt,
  noticeCheck,
  type RiderFact,
  sceneConsent,
} from '../../../shared/consent/rules';
import { RiderTerms } from '../../../shared/consent/schema';
import { localToUtc } from '../../../shared/kit/time';
import { needsRider } from '../../../shared/scenes/restricted';

const ANA = 'P0000000000000000000000ANA';
const BEN = 'P0000000000000000000000BEN';
const S12 = 'S00000000000000000000000012';
const S14 = 'S00000000000000000000000014';

const scene = (over: Partial<ConsentScene> = {}): ConsentScene => ({
  id: S12,
  number: '12',
  callAt: '2027-01-20T14:00:00.000Z',
  intimacyTypes: ['nudity-partial', 'simulated-sex'],
  performers: [
    { personId: ANA, name: 'Ana Ortiz', nudity: 'partial', simulatedSex: true, isMinorOnShootDate: false },
    { personId: BEN, name: 'Ben Okafor', nudity: 'none', simulatedSex: false, isMinorOnShootDate: false },
  ],
  ...over,
});

const rider = (over: Partial<RiderFact> = {}): RiderFact => ({
  riderId: 'R1',
  personId: ANA,
  version: 1,
  status: 'signed',
  sceneIds: [S12],
  sentAt: '2027-01-15T10:00:00.000Z',
  signedAt: '2027-01-16T10:00:00.000Z',
  withdrawnAt: null,
  terms: { nudity: 'partial', acts: [{ act: 'simulated-intercourse', detail: '' }] },
  ...over,
});

describe('who needs a rider', () => {
  it('is everyone with nudity or simulated sex in the scene, and no one else', () => {
    expect(needsRider({ nudity: 'none', simulatedSex: false })).toBe(false);
    expect(needsRider({ nudity: 'implied', simulatedSex: false })).toBe(true);
    expect(needsRider({ nudity: 'none', simulatedSex: true })).toBe(true);
  });
});

describe('the consent pillar of a scene', () => {
  it('is complete with a signed, current rider that covers the scene and its terms', () => {
    const c = sceneConsent(scene(), [rider()], 48);
    expect(c.status).toBe('complete');
    expect(c.missing).toEqual([]);
    expect(c.blockers).toEqual([]);
    expect(c.performers.map((p) => p.state)).toEqual(['signed', 'not-needed']);
  });

  it('says whose rider is missing', () => {
    const c = sceneConsent(scene(), [], 48);
    expect(c.status).toBe('incomplete');
    expect(c.missing).toEqual(['Ana Ortiz has no rider for this scene.']);
  });

  it('is not needed when nobody has nudity or simulated sex', () => {
    const c = sceneConsent(
      scene({
        intimacyTypes: ['kiss'],
        performers: [
          { personId: BEN, name: 'Ben Okafor', nudity: 'none', simulatedSex: false, isMinorOnShootDate: false },
        ],
      }),
      [],
      48,
    );
    expect([c.needed, c.status, c.missing]).toEqual([false, 'complete', []]);
  });

  it('counts a draft or a sent rider as not yet signed', () => {
    expect(sceneConsent(scene(), [rider({ status: 'draft', signedAt: null, sentAt: null })], 48).missing).toEqual([
      "Ana Ortiz's rider (version 1) is a draft, not signed.",
    ]);
    expect(sceneConsent(scene(), [rider({ status: 'sent', signedAt: null })], 48).missing).toEqual([
      "Ana Ortiz's rider (version 1) is sent, not signed.",
    ]);
  });

  it('loses readiness at once when consent is withdrawn', () => {
    const c = sceneConsent(scene(), [rider({ status: 'withdrawn', withdrawnAt: '2027-01-19T09:00:00.000Z' })], 48);
    expect(c.status).toBe('blocked');
    expect(c.performers[0]).toMatchObject({ state: 'withdrawn', withdrawnAt: '2027-01-19T09:00:00.000Z' });
    expect(c.blockers).toEqual(['Ana Ortiz has withdrawn consent for this scene.']);
  });

  it('lets a later withdrawal on another rider for the same scene override a signed one', () => {
    const signed = rider();
    const withdrawn = rider({ riderId: 'R2', status: 'withdrawn', withdrawnAt: '2027-01-18T09:00:00.000Z' });
    expect(governingRider([signed, withdrawn])?.riderId).toBe('R2');
    const earlierWithdrawal = rider({ riderId: 'R0', status: 'withdrawn', withdrawnAt: '2027-01-10T09:00:00.000Z' });
    expect(governingRider([earlierWithdrawal, signed])?.riderId).toBe('R1');
  });

  it('does not count a rider for another scene or another performer', () => {
    expect(sceneConsent(scene(), [rider({ sceneIds: [S14] })], 48).status).toBe('incomplete');
    expect(sceneConsent(scene(), [rider({ personId: BEN })], 48).status).toBe('incomplete');
  });

  it('lets one rider cover several scenes, each judged on its own call time', () => {
    const r = rider({ sceneIds: [S12, S14], sentAt: '2027-01-18T14:00:00.000Z' });
    const early = sceneConsent(scene({ callAt: '2027-01-19T14:00:00.000Z' }), [r], 48);
    const late = sceneConsent(scene({ id: S14, number: '14', callAt: '2027-01-25T14:00:00.000Z' }), [r], 48);
    // Short notice holds the earlier scene (not ready, not blocked); the later one had its notice.
    expect([early.status, late.status]).toEqual(['incomplete', 'complete']);
    expect(early.missing).toHaveLength(1);
    expect(late.missing).toEqual([]);
  });

  it('blocks a signed rider whose terms fall short of the scene, saying what each side says', () => {
    const c = sceneConsent(
      scene({
        performers: [
          { personId: ANA, name: 'Ana Ortiz', nudity: 'full', simulatedSex: true, isMinorOnShootDate: false },
        ],
      }),
      [rider({ terms: { nudity: 'partial', acts: [{ act: 'embrace', detail: '' }] } })],
      48,
    );
    expect(c.status).toBe('blocked');
    expect(c.blockers).toEqual([
      "Ana Ortiz's rider agrees to partial nudity; the scene lists full nudity.",
      "Ana Ortiz's rider lists no simulated sex act; the scene has simulated sex.",
    ]);
    expect(c.missing).toEqual([]);
  });

  it('blocks a minor in a scene with nudity, and asks whose nudity it is when no performer has it', () => {
    const minor = sceneConsent(
      scene({
        performers: [
          { personId: BEN, name: 'Ben Okafor', nudity: 'none', simulatedSex: false, isMinorOnShootDate: true },
        ],
      }),
      [],
      48,
    );
    expect(minor.status).toBe('blocked');
    expect(minor.blockers).toEqual([
      'Ben Okafor is a minor on the shoot date and cannot be in a scene with nudity or simulated sex.',
    ]);
    expect(minor.missing).toEqual([
      "The scene lists nudity or simulated sex, but no performer's nudity or simulated sex is set.",
    ]);
  });
});

describe('notice before call time', () => {
  it('flags a rider sent less than the notice window before the call, and not one sent in time', () => {
    expect(noticeCheck('2027-01-18T14:00:00.000Z', '2027-01-20T14:00:00.000Z', 48)).toEqual({
      ok: true,
      hoursGiven: 48,
    });
    expect(noticeCheck('2027-01-18T14:00:01.000Z', '2027-01-20T14:00:00.000Z', 48).ok).toBe(false);
    expect(noticeCheck('2027-01-19T14:00:00.000Z', '2027-01-20T14:00:00.000Z', 24).ok).toBe(true);
  });

  it('cannot judge before the rider is sent or the scene is scheduled', () => {
    expect(noticeCheck(null, '2027-01-20T14:00:00.000Z', 48).ok).toBeNull();
    expect(noticeCheck('2027-01-18T14:00:00.000Z', null, 48).ok).toBeNull();
    const c = sceneConsent(scene({ callAt: null }), [rider()], 48);
    expect(c.performers[0]?.noticeOk).toBeNull();
    expect(c.status).toBe('complete');
  });

  it('holds short notice as not ready (never blocked), and names the hours given', () => {
    const c = sceneConsent(scene(), [rider({ sentAt: '2027-01-19T08:00:00.000Z' })], 48);
    expect(c.status).toBe('incomplete');
    expect(c.blockers).toEqual([]);
    expect(c.performers[0]?.noticeOk).toBe(false);
    expect(c.missing).toEqual(["Ana Ortiz's rider was sent 30 hours before the call; 48 hours of notice are due."]);
  });

  it('says when a rider was sent after the call', () => {
    const c = sceneConsent(scene(), [rider({ sentAt: '2027-01-21T08:00:00.000Z' })], 48);
    expect(c.missing[0]).toMatch(/sent after the call time/);
  });

  it('counts real hours across a spring-forward change: 48 wall-clock hours are only 47', () => {
    // Los Angeles springs forward at 02:00 on 2027-03-14.
    const sent = localToUtc('2027-03-13', '06:00', 'America/Los_Angeles').toISOString();
    const call = localToUtc('2027-03-15', '06:00', 'America/Los_Angeles').toISOString();
    expect(noticeCheck(sent, call, 48)).toEqual({ ok: false, hoursGiven: 47 });
  });

  it('counts real hours across a fall-back change: 48 wall-clock hours are 49', () => {
    // Los Angeles falls back at 02:00 on 2026-11-01.
    const sent = localToUtc('2026-10-31', '06:00', 'America/Los_Angeles').toISOString();
    const call = localToUtc('2026-11-02', '06:00', 'America/Los_Angeles').toISOString();
    expect(noticeCheck(sent, call, 48)).toEqual({ ok: true, hoursGiven: 49 });
  });

  it("counts notice to the performer's own call on the shoot day when the call sheet gives one", () => {
    // Scene estimated at 14:00Z; Ana is called at 08:00Z for make-up. Sent 50 h before the scene
    // but only 44 h before her call: short of 48 h.
    const sentAt = '2027-01-18T12:00:00.000Z';
    const withCall = scene({
      performers: [
        {
          personId: ANA,
          name: 'Ana Ortiz',
          nudity: 'partial',
          simulatedSex: true,
          isMinorOnShootDate: false,
          callAt: '2027-01-20T08:00:00.000Z',
        },
      ],
    });
    const c = sceneConsent(withCall, [rider({ sentAt })], 48);
    expect(c.performers[0]).toMatchObject({ noticeCallAt: '2027-01-20T08:00:00.000Z', noticeOk: false });
    expect(c.missing).toEqual(["Ana Ortiz's rider was sent 44 hours before the call; 48 hours of notice are due."]);
    // Without a call of her own, the scene's time counts, and 50 h is enough.
    const without = sceneConsent(scene(), [rider({ sentAt })], 48);
    expect(without.performers[0]).toMatchObject({ noticeCallAt: '2027-01-20T14:00:00.000Z', noticeOk: true });
    expect(noticeCallAt('2027-01-20T14:00:00.000Z', null)).toBe('2027-01-20T14:00:00.000Z');
  });

  it("counts real hours to a performer's call across a spring-forward change", () => {
    // Los Angeles springs forward at 02:00 on 2027-03-14: a 06:00 call on the 15th, 48 wall-clock
    // hours after 06:00 on the 13th, is 47 real hours away; the scene at 10:00 is 51.
    const sentAt = localToUtc('2027-03-13', '06:00', 'America/Los_Angeles').toISOString();
    const performerCall = localToUtc('2027-03-15', '06:00', 'America/Los_Angeles').toISOString();
    const sceneCall = localToUtc('2027-03-15', '10:00', 'America/Los_Angeles').toISOString();
    const c = sceneConsent(
      scene({
        callAt: sceneCall,
        performers: [
          {
            personId: ANA,
            name: 'Ana Ortiz',
            nudity: 'partial',
            simulatedSex: true,
            isMinorOnShootDate: false,
            callAt: performerCall,
          },
        ],
      }),
      [rider({ sentAt })],
      48,
    );
    expect(c.performers[0]?.noticeOk).toBe(false);
    expect(c.missing[0]).toMatch(/sent 47 hours before the call/);
  });

  it('judges the same wall-clock call differently in different time zones', () => {
    const sent = '2027-01-18T12:00:00.000Z';
    const london = localToUtc('2027-01-20', '11:00', 'Europe/London').toISOString(); // 11:00Z
    const vancouver = localToUtc('2027-01-20', '11:00', 'America/Vancouver').toISOString(); // 19:00Z
    expect(noticeCheck(sent, london, 48).ok).toBe(false);
    expect(noticeCheck(sent, vancouver, 48).ok).toBe(true);
  });
});

describe('minors', () => {
  const terms = (over: Parameters<typeof RiderTerms.parse>[0]) => RiderTerms.parse(over);

  it('refuse nudity, nudity areas shown and simulated sex, and allow the rest', () => {
    expect(minorRiderViolations(terms({ nudity: 'implied' }), 'Kit')).toEqual([
      'Kit is a minor: a rider cannot include nudity.',
    ]);
    expect(minorRiderViolations(terms({ exposure: [{ area: 'buttocks', shown: true }] }), 'Kit')[0]).toMatch(
      /cannot show buttocks/,
    );
    expect(minorRiderViolations(terms({ acts: [{ act: 'simulated-intercourse' }] }), 'Kit')[0]).toMatch(
      /simulated sex \(simulated intercourse\)/,
    );
    expect(
      minorRiderViolations(
        terms({ acts: [{ act: 'kiss-closed-mouth' }], exposure: [{ area: 'shoulders', shown: true }] }),
        'Kit',
      ),
    ).toEqual([]);
  });
});

describe('doubles', () => {
  const terms = RiderTerms.parse({
    acts: [{ act: 'embrace' }, { act: 'simulated-intercourse' }],
    exposure: [
      { area: 'back-upper', shown: true },
      { area: 'breasts', shown: false },
    ],
    bodyDouble: { allowed: true, terms: 'Back and legs only' },
  });

  it('may be assigned within the original terms', () => {
    expect(doubleViolations(terms, { kind: 'body', acts: ['embrace'], shownAreas: ['back-upper'] })).toEqual([]);
  });

  it('may not do more than the performer agreed to', () => {
    expect(doubleViolations(terms, { kind: 'body', acts: ['simulated-oral'], shownAreas: ['breasts'] })).toEqual([
      "Simulated oral contact is not in the rider's terms.",
      "Showing the breasts is not in the rider's terms.",
    ]);
  });

  it('needs the rider to allow that kind of double', () => {
    expect(doubleViolations(terms, { kind: 'digital', acts: [], shownAreas: [] })).toEqual([
      'The rider does not allow a digital double.',
    ]);
  });
});

describe('beats', () => {
  const scope: ConsentScope = RiderTerms.parse({
    acts: [{ act: 'kiss-closed-mouth' }, { act: 'embrace' }],
    contactAreas: ['face', 'shoulders', 'back-upper'],
    offLimitsAreas: ['buttocks'],
    exposure: [{ area: 'back-upper', shown: true }],
  });
  const part = { personId: ANA, name: 'Ana Ortiz', acts: [], contactAreas: [], shownAreas: [] };

  it('pass when they stay inside every performer consent', () => {
    const scopes = new Map([[ANA, scope]]);
    expect(
      beatViolations(
        [{ ...part, acts: ['embrace'], contactAreas: ['back-upper'], shownAreas: ['back-upper'] }],
        scopes,
      ),
    ).toEqual([]);
  });

  it('are flagged for an act, a contact area, an off-limits area or a shown area outside consent', () => {
    const scopes = new Map([[ANA, scope]]);
    expect(
      beatViolations(
        [
          {
            ...part,
            acts: ['kiss-open-mouth'],
            contactAreas: ['thighs-inner', 'buttocks'],
            shownAreas: ['breasts'],
          },
        ],
        scopes,
      ),
    ).toEqual([
      'Ana Ortiz did not agree to: kiss, open mouth.',
      'Ana Ortiz did not agree to contact on the inner thighs.',
      "Contact on Ana Ortiz's buttocks is off limits.",
      'Ana Ortiz did not agree to the breasts being shown.',
    ]);
  });

  it('are flagged when a performer in them has no signed rider, unless they do nothing intimate', () => {
    const scopes = new Map<string, ConsentScope | null>([[BEN, null]]);
    expect(beatViolations([{ ...part, personId: BEN, name: 'Ben', acts: ['embrace'] }], scopes)).toEqual([
      'Ben has no signed, current rider for this beat.',
    ]);
    expect(beatViolations([{ ...part, personId: BEN, name: 'Ben' }], scopes)).toEqual([]);
  });

  it('check every performer, not just the first', () => {
    const scopes = new Map([
      [ANA, scope],
      [BEN, scope],
    ]);
    const flags = beatViolations(
      [
        { ...part, acts: ['embrace'] },
        { ...part, personId: BEN, name: 'Ben', acts: ['caress'] },
      ],
      scopes,
    );
    expect(flags).toEqual(['Ben did not agree to: caress.']);
  });
});

describe('contacts in choreography beats', () => {
  const scope: ConsentScope = RiderTerms.parse({
    contactAreas: ['face', 'back-upper'],
    offLimitsAreas: ['groin'],
  });
  const names = { [ANA]: 'Ana Ortiz', [BEN]: 'Ben Okafor' };
  const beat = (contacts: BeatContacts['contacts']): BeatContacts => ({ id: 'B1', contacts });

  it('pass inside the signed terms and flag, as "never", contact outside them or off limits', () => {
    const flags = contactConsentFlags(
      [
        beat([
          { fromPersonId: BEN, toPersonId: ANA, area: 'face' },
          { fromPersonId: BEN, toPersonId: ANA, area: 'hips' },
          { fromPersonId: BEN, toPersonId: ANA, area: 'groin' },
        ]),
      ],
      new Map([[ANA, scope]]),
      new Set([ANA]),
      names,
    );
    expect(flags.map((f) => [f.contactIndex, f.severity, f.area])).toEqual([
      [1, 'never', 'hips'],
      [2, 'never', 'groin'],
    ]);
    expect(flags[1]?.message).toBe(
      "Beat 1: contact by Ben Okafor on Ana Ortiz's genitals and groin, an area Ana Ortiz's rider puts off limits.",
    );
  });

  it('flag any contact on a performer who needs a rider and has none signed, and leave others to the body map', () => {
    const contact = { fromPersonId: ANA, toPersonId: BEN, area: 'shoulders' as const };
    expect(contactConsentFlags([beat([contact])], new Map([[BEN, null]]), new Set([BEN]), names)).toHaveLength(1);
    expect(contactConsentFlags([beat([contact])], new Map(), new Set(), names)).toEqual([]);
  });
});
