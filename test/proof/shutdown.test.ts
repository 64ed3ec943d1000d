import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../electron/core/core';
import { integrityCheck } from '../../electron/core/vault/connection';
import { Vault } from '../../electron/core/vault/vault';
import { PASS, productionInput, tempDir } from '../helpers';

const ROWS = 2000; // the most one breakdown file may hold
const CSV = `Scene,Location,Mitigation\n${Array.from(
  { length: ROWS },
  (_, i) => `T${i + 1},"Stage 4, lighthouse interior",Closed set and modesty garments`,
).join('\n')}\n`;

/** The real browser-shell door in its own process, as `npm run web` starts it. */
async function startDoor(home: string): Promise<{ child: ChildProcess; origin: string; token: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('electron/web/main.ts'), '--port', '0', '--no-build'],
    { env: { ...process.env, CLOSED_SET_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(out);
      if (m?.[1]) resolve(new URL(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`the door exited with ${code}`)));
  });
  return { child, origin: url.origin, token: url.searchParams.get('token') ?? '' };
}

function invoke(door: { origin: string; token: string }, name: string, input: unknown) {
  return fetch(`${door.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-closed-set-token': door.token },
    body: JSON.stringify({ name, input }),
  }).then((r) => r.json() as Promise<{ ok: boolean; error?: { code: string } }>);
}

function sceneCount(file: string): { integrity: string | null; imported: number } {
  const vault = Vault.unlock(file, PASS);
  try {
    return {
      integrity: integrityCheck(vault.db),
      imported: vault.db.prepare("SELECT count(*) FROM scene WHERE number LIKE 'T%'").pluck().get() as number,
    };
  } finally {
    vault.close();
  }
}

describe('closing the app during a write', () => {
  const outcomes: number[] = [];
  const answeredBeforeSignal: number[] = [];
  // The import below is one transaction of 2,000 scenes. SIGTERM reaches the door's shutdown (lock,
  // close, exit) at different moments: before the request, while it is read, during the import.
  it.each([5, 60, 150, 400])('SIGTERM %i ms into a large import: the import is whole or absent', async (delay) => {
    const dir = tempDir();
    const home = path.join(dir, 'home');
    mkdirSync(home, { recursive: true });
    const file = path.join(dir, 'show.closedset');
    const setup = new Core({ home, door: 'test', documentsDir: dir });
    await setup.run('vault.create', { path: file, passphrase: PASS });
    const production = await setup.run('production.create', productionInput('Interrupted'));
    setup.dispose();

    const door = await startDoor(home);
    expect(await invoke(door, 'vault.unlock', { path: file, passphrase: PASS })).toMatchObject({ ok: true });
    const exited = new Promise<number | null>((resolve) => door.child.once('exit', (code) => resolve(code)));
    let signalled = false;
    const answer = invoke(door, 'breakdown.import', { productionId: production.id, csv: CSV }).then(
      (body) => {
        if (!signalled) answeredBeforeSignal.push(delay);
        return body;
      },
      () => null, // the connection closed with the process: no answer, so nothing was promised
    );
    await new Promise((r) => setTimeout(r, delay));
    signalled = true;
    door.child.kill('SIGTERM');
    const [code, body] = await Promise.all([exited, answer]);

    // A clean shutdown, not a crash: the door finished or refused the write, then locked and left.
    expect(code).toBe(0);
    const after = sceneCount(file);
    expect(after.integrity).toBeNull();
    expect([0, ROWS]).toContain(after.imported);
    // Whatever the app said was saved, is.
    if (body?.ok) expect(after.imported).toBe(ROWS);
    if (body && !body.ok) expect(after.imported).toBe(0);
    outcomes.push(after.imported);
  });

  it('was really interrupted: some signals landed while the import was in flight', () => {
    expect(outcomes).toHaveLength(4);
    expect(answeredBeforeSignal.length).toBeLessThan(outcomes.length);
  });
});
