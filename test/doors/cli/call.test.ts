import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../../electron/cli/program';
import type { Core } from '../../../electron/core/core';
import { commands } from '../../../shared/commands';
import { newCore, OTHER_PASS, PASS, productionInput, tempDir } from '../../helpers';

const MAIN = fileURLToPath(new URL('../../../electron/cli/main.ts', import.meta.url));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in its own process (tsx, as `npm run cli` does), feeding `stdin` when given. */
function closedSet(args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      env: {
        PATH: process.env.PATH ?? '',
        CLOSED_SET_HOME: path.join(tempDir(), 'home'),
        CLOSED_SET_PASSPHRASE: PASS,
        ...opts.env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}

/** A vault with two productions, made through the core; the CLI runs against the closed file. */
async function vaultWithProductions(): Promise<{ dir: string; file: string; productionId: string }> {
  const dir = tempDir();
  const core = newCore(dir);
  const file = path.join(dir, 'show.closedset');
  await core.run('vault.create', { path: file, passphrase: PASS });
  const production = await core.run('production.create', productionInput('Night Shift'));
  await core.run('production.create', productionInput('Harbour Lights'));
  core.dispose();
  return { dir, file, productionId: production.id };
}

/** Opens the vault in this process to check what the CLI left in it. */
async function inVault<T>(file: string, look: (core: Core) => Promise<T>): Promise<T> {
  const core = newCore();
  try {
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    return await look(core);
  } finally {
    core.dispose();
  }
}

/** The one `closed-set:` line a failure prints on stderr. */
function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^closed-set: /);
  return lines[0] ?? '';
}

describe('closed-set call', { timeout: 180_000 }, () => {
  it('runs production.list through the core and prints the envelope as JSON', async () => {
    const { file } = await vaultWithProductions();
    const run = await closedSet(['call', file, 'production.list', '{}']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(EXIT.ok);
    const envelope = JSON.parse(run.stdout);
    expect(envelope.ok).toBe(true);
    expect(envelope.value.map((p: { title: string }) => p.title)).toEqual(['Harbour Lights', 'Night Shift']);
  });

  it('creates two scenes with two calls', async () => {
    const { file, productionId } = await vaultWithProductions();
    for (const number of ['12', '14A']) {
      const run = await closedSet(['call', file, 'scene.create', JSON.stringify({ productionId, number })]);
      expect(run.status).toBe(EXIT.ok);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, value: { productionId, number } });
    }
    const scenes = await inVault(file, (core) => core.run('scene.list', { productionId }));
    expect(scenes.map((s) => s.number).sort()).toEqual(['12', '14A']);
  });

  it('creates scene 4 of episode 101 and scene 4 of episode 102: both exist, labelled 101/4 and 102/4', async () => {
    const { file, productionId } = await vaultWithProductions();
    for (const episode of ['101', '102']) {
      const input = JSON.stringify({ productionId, episode, number: '4' });
      const run = await closedSet(['call', file, 'scene.create', input]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(EXIT.ok);
      expect(JSON.parse(run.stdout)).toMatchObject({
        ok: true,
        value: { episode, number: '4', label: `${episode}/4` },
      });
    }
    const scenes = await inVault(file, (core) => core.run('scene.list', { productionId }));
    expect(scenes.map((s) => s.label).sort()).toEqual(['101/4', '102/4']);
  });

  it('refuses an unknown command name with exit 1 and one line, before asking for a passphrase', async () => {
    const { file } = await vaultWithProductions();
    const run = await closedSet(['call', file, 'production.drop', '{}'], { env: { CLOSED_SET_PASSPHRASE: '' } });
    expect(run.status).toBe(EXIT.failure);
    expect(run.stdout).toBe('');
    expect(oneLine(run.stderr)).toMatch(/unknown command "production\.drop"/);
  });

  it('refuses invalid input with exit 1, naming the field, and prints the VALIDATION envelope', async () => {
    const { file } = await vaultWithProductions();
    const { title: _title, ...untitled } = productionInput();
    const run = await closedSet(['call', file, 'production.create', JSON.stringify(untitled)]);
    expect(run.status).toBe(EXIT.failure);
    expect(oneLine(run.stderr)).toMatch(/^closed-set: invalid input for production\.create: title: /);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'title' }] },
    });
    expect(await inVault(file, (core) => core.run('production.list', {}))).toHaveLength(2);
  });

  it('reads the input from stdin with - and from a file with --input-file; malformed JSON is exit 1', async () => {
    const { dir, file, productionId } = await vaultWithProductions();
    const fromStdin = await closedSet(['call', file, 'production.create', '-'], {
      stdin: JSON.stringify(productionInput('From Stdin')),
    });
    expect(fromStdin.status).toBe(EXIT.ok);
    expect(JSON.parse(fromStdin.stdout)).toMatchObject({ ok: true, value: { title: 'From Stdin' } });

    const input = path.join(dir, 'scene.json');
    writeFileSync(input, JSON.stringify({ productionId, number: '7', riskLevel: 'high' }));
    const fromFile = await closedSet(['call', file, 'scene.create', '--input-file', input]);
    expect(fromFile.status).toBe(EXIT.ok);
    expect(JSON.parse(fromFile.stdout)).toMatchObject({ ok: true, value: { number: '7', riskLevel: 'high' } });

    const malformed = await closedSet(['call', file, 'production.list', '-'], { stdin: '{"includeArchived": tru' });
    expect(malformed.status).toBe(EXIT.failure);
    expect(malformed.stdout).toBe('');
    expect(oneLine(malformed.stderr)).toMatch(/^closed-set: the input on standard input is not valid JSON: /);
  });

  it('exits 3 on a wrong passphrase, as every other command does', async () => {
    const { file } = await vaultWithProductions();
    const run = await closedSet(['call', file, 'production.list'], { env: { CLOSED_SET_PASSPHRASE: OTHER_PASS } });
    expect(run.status).toBe(EXIT.wrongPassphrase);
    expect(run.stdout).toBe('');
    expect(oneLine(run.stderr)).toMatch(/Wrong passphrase/);
  });

  it('lists what it can call, and refuses two inputs at once as a usage error', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      env: { CLOSED_SET_PASSPHRASE: PASS },
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
    };
    expect(await runCli(['commands'], io)).toBe(EXIT.ok);
    expect(out.map((l) => l.split('\t')[0])).toEqual(Object.keys(commands));
    const both = await runCli(['call', 'show.closedset', 'production.list', '{}', '--input-file', 'in.json'], io);
    expect(both).toBe(EXIT.usage);
    expect(err).toEqual([
      expect.stringMatching(/^closed-set: give the input either as an argument or with --input-file/),
    ]);
  });
});
