import { datesFrom, todayIn } from '../../shared/rules/dashboard';
import type { Scene } from '../../shared/schemas/scenes';
import type { Core } from './core';

/**
 * Two shoot days in the coming week (relative to today, in the production's zone), so the
 * dashboard and on-set mode have a real day to show: the production's first scheduled scenes move
 * onto those days when the demo has them; otherwise a small cast and three scenes are made. Two
 * checked items show what a day in progress looks like. All fictional.
 */
export async function seedShootDays(core: Core, productionId: string, now: Date = new Date()): Promise<string[]> {
  const production = await core.run('production.get', { id: productionId });
  const [, first, , second] = datesFrom(todayIn(production.timeZone, now), 4);
  const days = [first ?? '', second ?? ''];
  let scenes: Scene[] = (await core.run('scene.list', { productionId })).filter((s) => s.performers.length > 0);
  if (scenes.length < 3) scenes = await demoScenes(core, productionId);
  const plan: [string, string][] = [
    [days[0] ?? '', '07:00'],
    [days[0] ?? '', '10:30'],
    [days[1] ?? '', '08:15'],
  ];
  const moved: Scene[] = [];
  for (const [i, [shootDate, callTime]] of plan.entries()) {
    const scene = scenes[i];
    if (scene) moved.push(await core.run('scene.update', { id: scene.id, patch: { shootDate, callTime } }));
  }
  const opening = moved[0];
  if (opening) {
    await core.run('onset.mark', { sceneId: opening.id, date: days[0] ?? '', item: 'closed-set', done: true });
    await core.run('onset.mark', {
      sceneId: opening.id,
      date: days[0] ?? '',
      item: 'robe-person',
      done: true,
      value: 'Noor Haddad (wardrobe)',
    });
  }
  return days;
}

async function demoScenes(core: Core, productionId: string): Promise<Scene[]> {
  const cast = [
    { name: 'Ines Calloway', pronouns: 'she/her', character: 'Mara Quint' },
    { name: 'Theo Marchetti', pronouns: 'he/him', character: 'Silas Quint' },
    { name: 'Rosa Delgado-Finch', pronouns: 'they/them', character: 'Harbourmaster Pell' },
  ];
  const ids: string[] = [];
  for (const c of cast) {
    const person = await core.run('person.create', { name: c.name, pronouns: c.pronouns });
    await core.run('member.add', { productionId, personId: person.id, role: 'performer', characterName: c.character });
    ids.push(person.id);
  }
  const [ines = '', theo = '', rosa = ''] = ids;
  const specs = [
    {
      number: '104',
      episode: '1',
      location: 'Keeper’s cottage, bedroom (stage 2)',
      intimacyTypes: ['kiss', 'nudity-implied'] as const,
      storyContext: 'Mara and Silas reconnect after the storm; quiet, tender, no hurry.',
      performers: [
        { personId: ines, nudity: 'implied' as const },
        { personId: theo, nudity: 'implied' as const },
      ],
    },
    {
      number: '107',
      episode: '1',
      location: 'Lamp room (stage 2)',
      intimacyTypes: ['kiss'] as const,
      storyContext: 'A brief kiss interrupted by the foghorn.',
      performers: [{ personId: ines }, { personId: theo }],
    },
    {
      number: '212',
      episode: '2',
      location: 'Harbour office (location: Steveston)',
      intimacyTypes: ['contact'] as const,
      storyContext: 'Pell steadies Mara after the inquest; a held embrace.',
      performers: [{ personId: ines }, { personId: rosa }],
    },
  ];
  const out: Scene[] = [];
  for (const s of specs) {
    out.push(
      await core.run('scene.create', {
        productionId,
        ...s,
        intimacyTypes: [...s.intimacyTypes],
        closedSet: ['Director', 'DP', 'Boom operator', 'Intimacy coordinator'],
        monitorsRestrictedTo: 'Director and DP only',
      }),
    );
  }
  return out;
}
