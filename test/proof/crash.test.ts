import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityCheck } from '../../electron/core/vault/connection';
import { Vault } from '../../electron/core/vault/vault';
import { PASS, productionInput, unlockedCore } from '../helpers';
import { bundleChild } from './children/bundle';

const ROUNDS = Number(process.env.CLOSED_SET_CRASH_ROUNDS ?? 120);

interface Round {
  acknowledged: string[];
  sawReady: boolean;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the writer, kills it with SIGKILL `delayMs` after it is ready (or after spawn, when `early`). */
function killedRound(child: string, file: string, productionId: string, seed: number, delayMs: number, early: boolean) {
  return new Promise<Round>((resolve) => {
    const proc = spawn(process.execPath, [child, file, productionId, String(seed)], {
      env: { ...process.env, CLOSED_SET_PASSPHRASE: PASS },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const round: Round = { acknowledged: [], sawReady: false, signal: null, stderr: '' };
    let buffered = '';
    const kill = () => proc.kill('SIGKILL');
    if (early) setTimeout(kill, delayMs);
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') {
          round.sawReady = true;
          if (!early) setTimeout(kill, delayMs);
        } else {
          const id = line.split(' ')[1];
          if (id) round.acknowledged.push(line);
        }
      }
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      round.stderr += chunk;
    });
    proc.on('exit', (_code, signal) => {
      round.signal = signal;
      resolve(round);
    });
  });
}

describe('crash torture', () => {
  let child: { file: string; dir: string };
  beforeAll(async () => {
    child = await bundleChild('test/proof/children/crash-writer.ts');
  });
  afterAll(() => rmSync(child.dir, { recursive: true, force: true }));

  it(`keeps every acknowledged commit and an intact vault through ${ROUNDS} SIGKILLs`, async () => {
    const { core, file } = await unlockedCore();
    const production = await core.run('production.create', productionInput('Torture Test'));
    core.lock('user');
    const acknowledged = { person: new Set<string>(), scene: new Set<string>() };
    let seed = Number(process.env.CLOSED_SET_CRASH_SEED ?? Date.now() % 1_000_000) || 1;
    let roundsWithWrites = 0;
    for (let round = 0; round < ROUNDS; round++) {
      seed = (seed * 48271) % 2147483647;
      const early = seed % 8 === 0;
      // Early kills land during start-up and WAL recovery; the rest during writes and checkpoints.
      const delay = early ? 60 + (seed % 300) : seed % 120;
      const result = await killedRound(child.file, file, production.id, seed, delay, early);
      const where = `round ${round}, seed ${seed}, delay ${delay}ms${early ? ' (early)' : ''}`;
      expect(result.signal, `${where}: the writer died on its own: ${result.stderr}`).toBe('SIGKILL');
      for (const line of result.acknowledged) {
        const [kind, id] = line.split(' ') as ['person' | 'scene', string];
        acknowledged[kind].add(id);
      }
      if (result.acknowledged.length > 0) roundsWithWrites++;

      const vault = Vault.unlock(file, PASS);
      try {
        expect(integrityCheck(vault.db), where).toBeNull();
        const people = new Set((vault.db.prepare('SELECT id FROM person').all() as { id: string }[]).map((r) => r.id));
        const scenes = new Set((vault.db.prepare('SELECT id FROM scene').all() as { id: string }[]).map((r) => r.id));
        const lostPeople = [...acknowledged.person].filter((id) => !people.has(id));
        const lostScenes = [...acknowledged.scene].filter((id) => !scenes.has(id));
        expect(lostPeople, `${where}: acknowledged people lost`).toEqual([]);
        expect(lostScenes, `${where}: acknowledged scenes lost`).toEqual([]);
        // Every scene's performers were committed with it, in the same transaction.
        const orphans = vault.db
          .prepare(
            'SELECT count(*) AS n FROM scene s WHERE NOT EXISTS (SELECT 1 FROM scene_performer sp WHERE sp.scene_id = s.id)',
          )
          .get() as { n: number };
        expect(orphans.n, `${where}: a scene without its performers (half a transaction)`).toBe(0);
      } finally {
        vault.close();
      }
    }
    // The test means something only if most rounds were killed in the middle of writing.
    expect(roundsWithWrites).toBeGreaterThan(ROUNDS / 2);
    expect(acknowledged.person.size + acknowledged.scene.size).toBeGreaterThan(ROUNDS);
    rmSync(path.join(`${file}.home`), { recursive: true, force: true });
  }, 360_000);
});
