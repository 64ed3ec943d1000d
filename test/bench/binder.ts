// Benchmark: a full binder of about 300 pages must render in under 10 s (`npm run bench:binder`).
// A benchmark, not a timed test: it prints its numbers and exits non-zero only when the target is missed.
import { performance } from 'node:perf_hooks';
import { ulid } from 'ulid';
import { renderBinder } from '../../electron/core/handoff/pdf/binder';
import { cutSnapshot } from '../../shared/handoff/cuts';
import { SNAPSHOT_FORMAT_VERSION, SNAPSHOT_KIND, Snapshot } from '../../shared/handoff/schema';

const SCENES = Number(process.env.BENCH_SCENES ?? 120);
const PEOPLE = 40;
const now = '2026-11-01T09:00:00.000Z';
const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Sentence ${i + 1} of the scene's context, written in plain and neutral terms.`,
  ).join(' ');

function bigSnapshot(): Snapshot {
  const productionId = ulid();
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    id: ulid(),
    name: `Performer ${String(i + 1).padStart(2, '0')}`,
    pronouns: i % 2 ? 'he/him' : 'she/her',
    email: '',
    phone: '',
    representative: '',
    dateOfBirth: null,
    isMinor: false,
    sizes: { clothing: 'M', bust: '34B', waist: '28', hips: '38', shoe: '8' },
    allergies: i % 5 === 0 ? 'Latex' : '',
    adhesiveAllergy: i % 7 === 0,
    notes: '',
    deletedAt: null,
    createdAt: now,
    updatedAt: now,
  }));
  const scenes = Array.from({ length: SCENES }, (_, i) => ({
    id: ulid(),
    productionId,
    number: `${i + 1}A`,
    episode: String(1 + Math.floor(i / 12)),
    pageEighths: 11,
    scriptDay: `D${1 + (i % 9)}`,
    shootDate: `2027-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    callTime: '06:30',
    location: 'Keeper cottage, bedroom',
    intimacyTypes: ['kiss' as const, 'nudity-partial' as const],
    riskLevel: 'medium' as const,
    mitigation: prose(3),
    closedSet: ['Director', 'DP', '1st AC', 'IC', 'Boom operator'],
    monitorsRestrictedTo: 'Director, IC',
    icPresent: true,
    bodyDoubles: '',
    storyContext: prose(14),
    directorIntent: prose(8),
    audienceSees: prose(6),
    heightenedFlags: ['grief' as const],
    deletedAt: null,
    createdAt: now,
    updatedAt: now,
  }));
  return Snapshot.parse({
    kind: SNAPSHOT_KIND,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    exportedAt: now,
    generator: 'bench',
    production: {
      id: productionId,
      title: 'The Lighthouse Keeper',
      type: 'series',
      company: 'Saltmarsh Pictures Ltd',
      unionStatus: 'sag-aftra',
      startDate: '2027-01-01',
      endDate: '2027-04-30',
      timeZone: 'America/Vancouver',
      status: 'shooting',
      noticeHours: 48,
      archivedAt: null,
      createdAt: now,
      updatedAt: now,
    },
    tables: {
      person: people,
      productionMember: people.map((p, i) => ({
        id: ulid(),
        productionId,
        personId: p.id,
        role: 'performer',
        characterName: `Character ${i + 1}`,
        department: '',
        deletedAt: null,
        createdAt: now,
        updatedAt: now,
      })),
      scene: scenes,
      scenePerformer: scenes.flatMap((s, i) =>
        [0, 1, 2].map((k) => ({
          sceneId: s.id,
          personId: people[(i + k * 7) % PEOPLE]?.id ?? '',
          nudity: k === 0 ? 'partial' : 'implied',
          simulatedSex: false,
          createdAt: now,
          updatedAt: now,
        })),
      ),
      auditEntry: [],
    },
  });
}

const view = cutSnapshot(bigSnapshot(), 'full', 'Coordinator handoff');
const t0 = performance.now();
const { pages, bytes } = await renderBinder(view);
const seconds = (performance.now() - t0) / 1000;
console.log(
  `binder: ${SCENES} scenes, ${pages} pages, ${(bytes.length / 1024).toFixed(0)} KiB in ${seconds.toFixed(2)} s (${((seconds * 1000) / pages).toFixed(1)} ms/page)`,
);
if (pages < 300) console.log('note: fewer than 300 pages; raise BENCH_SCENES');
if (seconds >= 10) {
  console.error('binder: slower than the 10 s target');
  process.exit(1);
}

// One scene whose story context is a single 20,000-character word (pdfkit alone took 24 s),
// timed against the same binder with ordinary prose: the word itself must cost well under 1 s.
async function oneScene(storyContext: string | null): Promise<number> {
  const snap = bigSnapshot();
  const first = snap.tables.scene[0];
  if (first) snap.tables.scene = [{ ...first, ...(storyContext === null ? {} : { storyContext }) }];
  const t = performance.now();
  await renderBinder(cutSnapshot(snap, 'full', 'Coordinator handoff'));
  return (performance.now() - t) / 1000;
}
const ordinary = await oneScene(null);
const longWord = await oneScene('harbourlight'.repeat(1667).slice(0, 20_000));
console.log(
  `binder: one scene in ${ordinary.toFixed(2)} s; with a 20,000-character word in ${longWord.toFixed(2)} s (+${(longWord - ordinary).toFixed(2)} s)`,
);
if (longWord - ordinary >= 1) {
  console.error('binder: an overlong word cost more than the 1 s target');
  process.exit(1);
}
