import { datesFrom } from '../../../shared/dashboard/rules';
import { todayIn } from '../../../shared/kit/time';
import type { Scene } from '../../../shared/scenes/schema';
import type { CommandRunner } from '../kit/handler';

/**
 * Two shoot days in the coming week (relative to today, in the production's zone), so the
 * dashboard and on-set mode have a real day to show: the binder's demo days are used when it has
 * scheduled two in the coming week; otherwise scenes move onto two days (a small cast and three
 * scenes are made when there are none). Two
 * checked items show what a day in progress looks like. All fictional.
 */
export async function seedShootDays(
  core: CommandRunner,
  productionId: string,
  now: Date = new Date(),
): Promise<string[]> {
  const production = await core.run('production.get', { id: productionId });
  const week = datesFrom(todayIn(production.timeZone, now), 8).slice(1);
  const all: Scene[] = (await core.run('scene.list', { productionId })).filter((s) => s.performers.length > 0);
  // The binder's demo may already schedule the coming week: use its days as they are.
  const scheduled = [
    ...new Set(all.map((s) => s.shootDate).filter((d): d is string => d !== null && week.includes(d))),
  ];
  let days = scheduled.slice(0, 2);
  if (days.length < 2) {
    days = [week[0] ?? '', week[2] ?? ''];
    const scenes = all.length >= 3 ? all : await demoScenes(core, productionId);
    const plan: [string, string][] = [
      [days[0] ?? '', '07:00'],
      [days[0] ?? '', '10:30'],
      [days[1] ?? '', '08:15'],
    ];
    for (const [i, [shootDate, callTime]] of plan.entries()) {
      const scene = scenes[i];
      if (scene) await core.run('scene.update', { id: scene.id, patch: { shootDate, callTime } });
    }
  }
  const day = await core.run('onset.day', { productionId, date: days[0] ?? '' });
  const opening = day.scenes[0];
  if (opening) {
    await core.run('onset.mark', { sceneId: opening.id, date: day.date, item: 'closed-set', done: true });
    await core.run('onset.mark', {
      sceneId: opening.id,
      date: day.date,
      item: 'robe-person',
      done: true,
      value: 'Noor Haddad (wardrobe)',
    });
  }
  return days;
}

async function demoScenes(core: CommandRunner, productionId: string): Promise<Scene[]> {
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
