import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';

export interface Shell {
  /** The URL with its one-time token, as the server printed it. */
  url: string;
  /** The origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  token: string;
  /** A fresh folder for this test's vaults and settings. */
  home: string;
}

/** Starts the loopback browser shell (already built renderer) for one test, in its own home folder. */
export async function startShell(): Promise<{ shell: Shell; stop: () => Promise<void> }> {
  const home = mkdtempSync(path.join(tmpdir(), 'closed-set-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('electron/web/main.ts'), '--port', '0', '--no-build'],
    { env: { ...process.env, CLOSED_SET_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`browser shell did not start: ${stderr}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`browser shell exited with ${code}: ${stderr}`)));
  });
  // A shell that dies mid-test shows up as a dead page; say why, in the test's output.
  let stopping = false;
  child.on('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`browser shell exited during the test (${code ?? signal}):\n${stderr}\n`);
  });
  const parsed = new URL(url);
  const shell: Shell = { url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', home };
  const stop = async () => {
    stopping = true;
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(home, { recursive: true, force: true });
  };
  return { shell, stop };
}

export const test = base.extend<{ shell: Shell }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  shell: async ({}, use) => {
    const { shell, stop } = await startShell();
    await use(shell);
    await stop();
  },
});

export { expect };
