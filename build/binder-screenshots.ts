// Renders pages of a fictional demo binder to docs/screenshots/binder-*.png for the README
// (`npm run screenshots:binder`; needs pdftoppm from poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Core } from '../electron/core/core';
import { seedDemo } from '../electron/core/demo';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'docs', 'screenshots');
const work = mkdtempSync(path.join(tmpdir(), 'closed-set-binder-'));
const core = new Core({ home: path.join(work, 'home'), door: 'cli', rememberRecent: false });

try {
  await core.run('vault.create', { path: path.join(work, 'demo.closedset'), passphrase: 'velvet-curtain-harbour-71' });
  const { productionId } = await seedDemo(core);
  const ines = await core.run('person.create', {
    name: 'Ines Calder',
    pronouns: 'she/her',
    sizes: { clothing: 'S', bust: '34B', waist: '27', hips: '37', underwear: 'S' },
    allergies: 'Latex',
    adhesiveAllergy: true,
  });
  const owen = await core.run('person.create', {
    name: 'Owen Hale',
    pronouns: 'he/him',
    sizes: { clothing: 'L', waist: '33', inseam: '32', underwear: 'M' },
  });
  const rae = await core.run('person.create', { name: 'Rae Okafor', pronouns: 'they/them', sizes: { clothing: 'M' } });
  await core.run('member.add', { productionId, personId: ines.id, role: 'performer', characterName: 'Maren Holt' });
  await core.run('member.add', { productionId, personId: owen.id, role: 'performer', characterName: 'Tom Fairley' });
  await core.run('member.add', { productionId, personId: rae.id, role: 'background', characterName: 'Pub patron' });
  const scenes = [
    {
      number: '12A',
      shootDate: '2026-12-02',
      callTime: '06:30',
      location: 'Keeper cottage, upstairs bedroom (Stage 2)',
      intimacyTypes: ['kiss', 'nudity-partial'] as const,
      riskLevel: 'medium' as const,
      mitigation: 'Robes between takes; closed set; monitors limited; IC checks in before each setup.',
      storyContext:
        'Maren and Tom reconnect after the storm. The scene marks the first moment of trust between them since the wreck.',
      directorIntent: 'Tender and hesitant rather than passionate; the audience should feel the risk Maren takes.',
      audienceSees: 'Maren’s bare back and shoulders from behind; Tom from the chest up. No frontal nudity.',
      heightenedFlags: ['grief'] as const,
      performers: [
        { personId: ines.id, nudity: 'partial' as const },
        { personId: owen.id, nudity: 'implied' as const },
      ],
    },
    {
      number: '14',
      shootDate: '2026-12-02',
      callTime: '14:00',
      location: 'Harbour Arms pub, back room',
      intimacyTypes: ['kiss'] as const,
      riskLevel: 'low' as const,
      mitigation: 'Background told of the kiss in advance.',
      storyContext: 'A brief kiss noticed by the regulars; it sets off the village gossip in episode 4.',
      directorIntent: 'Public and a little awkward.',
      audienceSees: 'A short kiss in a wide shot, then reactions.',
      heightenedFlags: [] as const,
      performers: [
        { personId: ines.id, nudity: 'none' as const },
        { personId: owen.id, nudity: 'none' as const },
        { personId: rae.id, nudity: 'none' as const },
      ],
    },
    {
      number: '31',
      shootDate: '2026-12-04',
      callTime: '07:00',
      location: 'Lighthouse lamp room (location, Point Atkinson)',
      intimacyTypes: ['simulated-sex', 'nudity-implied'] as const,
      riskLevel: 'high' as const,
      mitigation: 'Barrier pillow; modesty garments; two-person closed set for the widest setup; de-roling after.',
      storyContext: 'The night before Tom leaves. The scene closes the first act of their relationship.',
      directorIntent: 'Quiet, close, mostly faces and hands; the sea is louder than the people.',
      audienceSees: 'Implied nudity under a blanket; faces, hands and shoulders only.',
      heightenedFlags: [] as const,
      performers: [
        { personId: ines.id, nudity: 'implied' as const, simulatedSex: true },
        { personId: owen.id, nudity: 'implied' as const, simulatedSex: true },
      ],
    },
  ];
  for (const s of scenes) {
    await core.run('scene.create', {
      productionId,
      episode: '3',
      pageEighths: 11,
      scriptDay: 'D4',
      closedSet: ['Director', 'DP', '1st AC', 'Boom operator', 'Intimacy coordinator'],
      monitorsRestrictedTo: 'Director, IC, DIT (video village closed)',
      icPresent: true,
      ...s,
      intimacyTypes: [...s.intimacyTypes],
      heightenedFlags: [...s.heightenedFlags],
    });
  }
  mkdirSync(out, { recursive: true });
  const shots: [string, string, number[]][] = [
    ['full', 'Avery Lindqvist (incoming IC)', [1, 2, 6, 7]],
    ['costume', 'Dana Whitlock, costume supervisor', [5]],
    ['production', 'Sam Ortiz, 1st AD', [4]],
  ];
  for (const [cut, recipient, pages] of shots) {
    const pdf = path.join(work, `${cut}.pdf`);
    await core.run('handoff.export', { productionId, format: 'pdf', cut, recipient, path: pdf } as never);
    for (const page of pages) {
      const prefix = path.join(work, `${cut}-${page}`);
      execFileSync('pdftoppm', [
        '-r',
        '60',
        '-png',
        '-singlefile',
        '-f',
        String(page),
        '-l',
        String(page),
        pdf,
        prefix,
      ]);
      renameSync(`${prefix}.png`, path.join(out, `binder-${cut}-p${page}.png`));
    }
  }
  console.log(`wrote binder pages to ${path.relative(root, out)}`);
} finally {
  core.dispose();
  rmSync(work, { recursive: true, force: true });
}
