// A child for the crash torture test: unlocks the vault through the core and writes transactions
// until it is killed, printing each id only after `core.run` returned (the commit is done).
// Pipes are synchronous on POSIX, so a printed id is an acknowledged commit.
import { Core } from '../../../electron/core/core';

const [file, productionId, seedArg] = process.argv.slice(2);
const passphrase = process.env.CLOSED_SET_PASSPHRASE ?? '';
if (!file || !productionId) throw new Error('usage: crash-writer <vault> <productionId> <seed>');

let seed = Number(seedArg ?? 1) >>> 0 || 1;
function rand(): number {
  // xorshift32: reproducible from the seed the test prints on failure.
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
}

const core = new Core({ home: `${file}.home`, door: 'test', rememberRecent: false, idleLockMinutes: 0 });
await core.run('vault.unlock', { path: file, passphrase });
process.stdout.write('ready\n');

const people: string[] = [];
for (let i = 0; ; i++) {
  const r = rand();
  if (r < 0.6 || people.length === 0) {
    // Notes of up to ~6 KB spread one transaction across several pages.
    const notes = 'Prefers a closed set and a written check-in before each take. '.repeat(Math.floor(rand() * 100));
    const p = await core.run('person.create', { name: `Performer ${i}`, notes });
    people.push(p.id);
    process.stdout.write(`person ${p.id}\n`);
  } else {
    const performers = [people[Math.floor(rand() * people.length)] ?? ''].map((personId) => ({
      personId,
      nudity: 'partial' as const,
      simulatedSex: false,
    }));
    const s = await core.run('scene.create', {
      productionId,
      number: `${seedArg}-${i}`,
      location: 'Stage 4, lighthouse interior',
      mitigation: 'Closed set, modesty garments, monitors restricted',
      performers,
    });
    process.stdout.write(`scene ${s.id}\n`);
  }
}
