import { BODY_AREAS, type BodyMarks } from '../../../shared/communication/schema';
import { todayIn } from '../../../shared/kit/time';
import type { CommandRunner } from '../kit/handler';

/*
 * The binder part of the demo: a cast with a minor and a background group, a dozen scenes over two
 * episodes (two shoot days in the coming week), body maps, beats (one flagged), closure and
 * follow-ups. Everything is fictional and written in neutral, near-medical language.
 */

function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function marks(overrides: BodyMarks, rest: 'ok' | 'ask' = 'ok'): BodyMarks {
  return { ...Object.fromEntries(BODY_AREAS.map((a) => [a.id, rest])), ...overrides };
}

type Role = 'performer' | 'background' | 'crew';

export async function seedBinderDemo(core: CommandRunner, productionId: string): Promise<void> {
  const production = await core.run('production.get', { id: productionId });
  const today = todayIn(production.timeZone);
  const [year] = today.split('-');
  const day1 = plusDays(today, 2);
  const day2 = plusDays(today, 5);

  const people: Record<string, string> = {};
  const cast = async (key: string, role: Role, person: object, member: object = {}) => {
    const p = await core.run('person.create', person);
    await core.run('member.add', { productionId, personId: p.id, role, ...member });
    people[key] = p.id;
  };
  await cast(
    'maren',
    'performer',
    {
      name: 'Maren Holt',
      pronouns: 'she/her',
      dateOfBirth: '1990-03-14',
      representative: 'Northlight Talent, Vancouver',
      sizes: { bust: '34B', waist: '28', hips: '37', underwear: 'S', shoe: '8' },
      adhesiveAllergy: true,
      allergies: 'Latex-based adhesives (skin reaction); use medical-grade silicone tape.',
    },
    { characterName: 'Elin Voss' },
  );
  await cast(
    'tobias',
    'performer',
    {
      name: 'Tobias Reyes',
      pronouns: 'he/him',
      dateOfBirth: '1987-08-02',
      sizes: { waist: '32', inseam: '32', underwear: 'M' },
    },
    { characterName: 'Callum Dray' },
  );
  await cast(
    'priya',
    'performer',
    { name: 'Priya Nandakumar', pronouns: 'she/they', dateOfBirth: '1993-11-21', sizes: { clothing: 'M', shoe: '7' } },
    { characterName: 'Dr Asha Rao' },
  );
  await cast(
    'jonah',
    'performer',
    { name: 'Jonah Whitlock', pronouns: 'he/him', dateOfBirth: '1979-01-30' },
    { characterName: 'Silas Keane' },
  );
  await cast(
    'isla',
    'performer',
    { name: 'Isla Fenwick', pronouns: 'she/her', dateOfBirth: `${Number(year) - 15}-06-09`, isMinor: true },
    { characterName: 'Wren Voss' },
  );
  for (const [key, name] of [
    ['dara', 'Dara Quinn'],
    ['lou', 'Lou Beck'],
    ['sam', 'Sam Ortega'],
    ['nell', 'Nell Park'],
  ] as const) {
    await cast(key, 'background', { name }, { characterName: 'Dance hall patron' });
  }
  await cast('agnes', 'crew', { name: 'Agnes Moreau', pronouns: 'she/her' }, { department: 'Direction' });
  await cast('hollis', 'crew', { name: 'Hollis Grant', pronouns: 'he/him' }, { department: 'Costume' });

  const id = (key: string) => people[key] as string;
  const background = ['dara', 'lou', 'sam', 'nell'].map((k) => ({ personId: id(k) }));
  const closedSet = ['Director', 'Director of photography', 'Camera operator', 'Boom operator', 'Intimacy coordinator'];
  const scenes: Record<string, string> = {};
  const scene = async (input: Record<string, unknown>) => {
    const s = await core.run('scene.create', { productionId, ...input });
    scenes[s.number] = s.id;
    return s.id;
  };

  await scene({
    number: '4',
    episode: '101',
    pageEighths: 10,
    scriptDay: 'D2',
    shootDate: day1,
    callTime: '07:00',
    location: 'Lighthouse keeper’s cottage, kitchen (Stage 2)',
    intimacyTypes: ['kiss'],
    storyContext: 'Elin and Callum meet again after years apart; the first sign the old feeling remains.',
    directorIntent: 'Hesitant and warm. The kiss interrupts itself; neither is sure.',
    audienceSees: 'A brief closed-mouth kiss in a medium two-shot; faces and shoulders.',
    closedSet: ['Director', 'Camera operator', 'Intimacy coordinator'],
    performers: [{ personId: id('maren') }, { personId: id('tobias') }],
  });
  await scene({
    number: '9',
    episode: '101',
    pageEighths: 6,
    scriptDay: 'N2',
    shootDate: day1,
    callTime: '10:30',
    location: 'Cottage bedroom (Stage 2)',
    intimacyTypes: ['nudity-partial', 'contact'],
    riskLevel: 'medium',
    mitigation: 'Closed set; robe person on the mark between takes; monitors only at the video village tent.',
    storyContext: 'Elin changes after the storm; Callum brings her a towel and steadies her.',
    directorIntent: 'Exhaustion and trust, not display.',
    audienceSees: 'Elin’s bare back from the waist up; no frontal nudity.',
    closedSet,
    monitorsRestrictedTo: 'Director, DP, IC',
    performers: [{ personId: id('maren'), nudity: 'partial' }, { personId: id('tobias') }],
  });
  await scene({
    number: '15',
    episode: '101',
    pageEighths: 12,
    scriptDay: 'D3',
    shootDate: day1,
    callTime: '14:00',
    location: 'Harbour wall (exterior)',
    intimacyTypes: ['contact'],
    heightenedFlags: ['grief'],
    storyContext: 'Wren learns her father’s boat is missing; Asha comforts her.',
    directorIntent: 'Quiet shock; the embrace is protective.',
    audienceSees: 'A side-on embrace, wide then medium.',
    performers: [{ personId: id('isla') }, { personId: id('priya') }],
  });
  await scene({
    number: '22',
    episode: '101',
    pageEighths: 14,
    scriptDay: 'N3',
    shootDate: day2,
    callTime: '18:00',
    location: 'Cottage bedroom (Stage 2)',
    intimacyTypes: ['simulated-sex', 'nudity-partial'],
    riskLevel: 'high',
    mitigation: 'Closed set, barrier pillow, modesty garments fitted at 16:00; tag-out and check-in after each set-up.',
    storyContext: 'Elin and Callum reconcile; the scene marks the turn of the season.',
    directorIntent: 'Tender and unhurried; the audience should feel relief.',
    audienceSees: 'Shoulders and backs; implied movement under bedding; no genital nudity.',
    closedSet,
    monitorsRestrictedTo: 'Director, DP, IC',
    bodyDoubles: 'None: both performers prefer to do the scene themselves.',
    performers: [
      { personId: id('maren'), nudity: 'partial', simulatedSex: true },
      { personId: id('tobias'), nudity: 'partial', simulatedSex: true },
    ],
  });
  await scene({
    number: '27',
    episode: '101',
    pageEighths: 9,
    scriptDay: 'N4',
    shootDate: day2,
    callTime: '21:00',
    location: 'Seamen’s Hall (location)',
    intimacyTypes: ['kiss', 'contact'],
    storyContext: 'The harvest dance; couples in the background, Silas watching Elin.',
    directorIntent: 'Crowded and warm; background couples slow-dance.',
    audienceSees: 'Wide shots of dancing couples; one background couple’s kiss in soft focus.',
    performers: [{ personId: id('jonah') }, { personId: id('maren') }, ...background],
  });
  await scene({
    number: '31',
    episode: '101',
    pageEighths: 16,
    scriptDay: 'D5',
    location: 'Clinic (Stage 3)',
    intimacyTypes: ['nudity-implied'],
    heightenedFlags: ['birth', 'medical'],
    riskLevel: 'medium',
    storyContext: 'Asha delivers a baby during the blackout.',
    performers: [{ personId: id('priya'), nudity: 'implied' }],
  });
  await scene({
    number: '3',
    episode: '102',
    pageEighths: 5,
    scriptDay: 'D6',
    shootDate: plusDays(today, 9),
    callTime: '08:00',
    location: 'Ferry deck (location)',
    intimacyTypes: ['kiss'],
    storyContext: 'Callum leaves for the mainland; a goodbye kiss.',
    performers: [{ personId: id('maren') }, { personId: id('tobias') }],
  });
  await scene({
    number: '8',
    episode: '102',
    pageEighths: 7,
    scriptDay: 'D7',
    location: 'Keeper’s cottage, porch',
    intimacyTypes: ['contact'],
    storyContext: 'Silas and Asha share a moment of comfort; a hand held, a head on a shoulder.',
    performers: [{ personId: id('jonah') }, { personId: id('priya') }],
  });
  await scene({
    number: '8A',
    episode: '102',
    pageEighths: 3,
    scriptDay: 'D7',
    location: 'Keeper’s cottage, porch',
    intimacyTypes: ['kiss'],
    performers: [{ personId: id('jonah') }, { personId: id('priya') }],
  });
  await scene({
    number: '14',
    episode: '102',
    pageEighths: 11,
    scriptDay: 'N7',
    location: 'Boathouse (Stage 3)',
    intimacyTypes: ['sexual-violence'],
    heightenedFlags: ['assault', 'violence'],
    riskLevel: 'high',
    mitigation: 'Choreographed with the stunt coordinator; safe word and hand signal; therapist on call.',
    storyContext: 'Silas is attacked by the smuggler; no sexual content, physical assault only.',
    performers: [{ personId: id('jonah') }, { personId: id('tobias') }],
  });
  await scene({
    number: '20',
    episode: '102',
    pageEighths: 8,
    scriptDay: 'D9',
    location: 'School yard (location)',
    intimacyTypes: ['contact'],
    storyContext: 'Wren and her mother reconcile with a hug at the school gate.',
    performers: [{ personId: id('isla') }, { personId: id('maren') }],
  });
  await scene({
    number: '26',
    episode: '102',
    pageEighths: 13,
    scriptDay: 'N10',
    location: 'Lighthouse lamp room (Stage 2)',
    intimacyTypes: ['nudity-full'],
    riskLevel: 'high',
    storyContext: 'Elin swims at night and climbs back to the lamp room.',
    performers: [{ personId: id('maren'), nudity: 'full' }],
  });

  const communication = async (key: string, patch: Record<string, unknown>) =>
    core.run('communication.save', { productionId, personId: id(key), patch });
  await communication('maren', {
    areas: marks({ 'thighs-inner': 'never', groin: 'never', breasts: 'ask', buttocks: 'ask', 'neck-front': 'ask' }),
    breakSignal: 'Says “hold, please” or raises her right hand',
    preferredName: 'Maren',
    notes: 'Comfortable with hands on back and shoulders. Wants a verbal check before any new contact.',
    notify: ['Agnes Moreau (director)', 'First AD'],
  });
  await communication('tobias', {
    areas: marks({ groin: 'never', buttocks: 'ask', face: 'ok' }),
    breakSignal: 'Taps the mattress twice',
    preferredName: 'Toby',
    notify: ['Agnes Moreau (director)'],
  });
  await communication('priya', {
    areas: marks({ groin: 'never', breasts: 'never', abdomen: 'ask' }, 'ok'),
    breakSignal: 'Says “pause”',
    preferredName: 'Priya',
  });
  await communication('jonah', { areas: { shoulders: 'ok', hands: 'ok', face: 'ask' }, breakSignal: '' });
  await communication('isla', {
    areas: marks({
      groin: 'never',
      breasts: 'never',
      buttocks: 'never',
      'thighs-inner': 'never',
      'thighs-outer': 'ask',
    }),
    breakSignal: 'Steps back and says “break”',
    notes: 'A parent or guardian and the studio teacher are present at all times.',
    notify: ['Guardian: Ruth Fenwick', 'Studio teacher'],
  });

  const at = (date: string, time: string) => new Date(`${date}T${time}:00Z`).toISOString();
  for (const [key, agreed] of [
    ['maren', 'Walked through scenes 4, 9 and 22; boundaries confirmed; asked for silicone tape only.'],
    ['tobias', 'Walked through scenes 4 and 22; happy with the beats as written.'],
    ['priya', 'Discussed scene 31; implied nudity only, blanket coverage agreed.'],
    ['isla', 'Met with Isla and her guardian: scenes 15 and 20 are a hug only; no other contact.'],
  ] as const) {
    await core.run('checkIn.add', {
      productionId,
      personId: id(key),
      at: at(plusDays(today, -3), '17:00'),
      kind: 'meeting',
      attendees: 'Performer, intimacy coordinator',
      agreed,
    });
  }
  for (const k of ['dara', 'lou', 'sam', 'nell']) {
    await core.run('checkIn.add', {
      productionId,
      personId: id(k),
      sceneId: scenes['27'] ?? null,
      at: at(plusDays(today, -1), '19:00'),
      kind: 'call',
      attendees: 'Background group, 2nd AD, intimacy coordinator',
      agreed: 'Told in advance: slow dancing in pairs, period dress, one closed-mouth kiss for one couple.',
    });
  }

  const beat = (performerIds: string[], fields: Record<string, unknown>) => ({ performerIds, ...fields });
  const maren = id('maren');
  const tobias = id('tobias');
  await core.run('beats.save', {
    sceneId: scenes['4'],
    baseVersion: 0,
    beats: [
      beat([maren, tobias], {
        title: 'Approach',
        bodyPosition: 'Standing at the kitchen table, an arm’s length apart',
        cameraAngle: 'Medium two-shot, profile',
        onScreen: 'Both from the waist up',
        description: 'Callum steps in; Elin places her right hand on his upper arm.',
        contacts: [{ fromPersonId: maren, toPersonId: tobias, area: 'upper-arms', means: 'hand' }],
      }),
      beat([maren, tobias], {
        title: 'Kiss',
        bodyPosition: 'Standing, facing',
        cameraAngle: 'Close two-shot over Callum’s shoulder',
        onScreen: 'Faces and shoulders',
        description: 'A closed-mouth kiss, three seconds; Elin breaks away first.',
        contacts: [{ fromPersonId: tobias, toPersonId: maren, area: 'face', means: 'mouth' }],
      }),
    ],
  });
  const sheet = await core.run('beats.save', {
    sceneId: scenes['22'],
    baseVersion: 0,
    beats: [
      beat([maren, tobias], {
        title: 'Lying down',
        bodyPosition: 'Side by side under the duvet, barrier pillow between hips',
        cameraAngle: 'Overhead, wide',
        onScreen: 'Heads and shoulders above the duvet',
        description: 'Elin rests her head on Callum’s chest; his hand on her upper back.',
        contacts: [{ fromPersonId: tobias, toPersonId: maren, area: 'back-upper', means: 'hand' }],
      }),
      beat([maren, tobias], {
        title: 'Turn',
        bodyPosition: 'Callum on his back, Elin above on her forearms',
        cameraAngle: 'Low angle from the foot of the bed',
        onScreen: 'Bare shoulders and backs; bedding to the waist',
        description: 'Simulated movement, slow; Callum’s hand moves to the inside of Elin’s thigh.',
        contacts: [{ fromPersonId: tobias, toPersonId: maren, area: 'thighs-inner', means: 'hand' }],
      }),
    ],
  });
  await core.run('beats.save', {
    sceneId: scenes['22'],
    baseVersion: sheet.version,
    note: 'Added the closing beat',
    beats: [
      ...sheet.beats.map(({ position: _p, ...b }) => b),
      beat([maren, tobias], {
        title: 'Stillness',
        bodyPosition: 'Lying side by side',
        cameraAngle: 'Medium, from the window',
        onScreen: 'Faces only',
        description: 'They lie still; Elin’s hand on Callum’s shoulder.',
        contacts: [{ fromPersonId: maren, toPersonId: tobias, area: 'shoulders', means: 'hand' }],
      }),
    ],
  });

  await core.run('closure.save', {
    sceneId: scenes['4'],
    personId: maren,
    practices: ['tag-out', 'de-roling'],
    debrief: 'Rehearsal felt comfortable. Would like the kiss kept to one take per set-up.',
    nextShootNotes: 'Warm the set before call; Maren runs cold.',
  });
  await core.run('closure.save', {
    sceneId: scenes['4'],
    personId: tobias,
    practices: ['tag-out'],
    debrief: 'No concerns.',
  });
  await core.run('closure.save', {
    sceneId: scenes['15'],
    personId: id('isla'),
    practices: ['de-roling', 'other'],
    practiceNote: 'Quiet time with her guardian and a snack before the next set-up',
    debrief: 'Rehearsal only so far; Isla was calm and chatty afterwards.',
  });
  await core.run('followUp.add', {
    sceneId: scenes['9'],
    personId: maren,
    description: 'Send Maren the revised blocking for the towel beat',
    dueDate: plusDays(today, -1),
  });
  await core.run('followUp.add', {
    sceneId: scenes['22'],
    personId: tobias,
    description: 'Confirm modesty garment fitting time with costume',
    dueDate: today,
  });
  await core.run('followUp.add', {
    sceneId: scenes['15'],
    personId: id('isla'),
    description: 'Check in with Isla’s guardian about the rain machine',
    dueDate: plusDays(today, 1),
  });
}
