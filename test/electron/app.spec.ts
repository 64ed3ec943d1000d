import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from './electron-binary';

const binary = electronBinary();
const SKIP_REASON =
  'No Electron binary on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); this suite runs wherever one is installed.';

test.describe('the desktop app', () => {
  test.skip(binary === null, SKIP_REASON); // skipped only when no electron binary exists

  test('opens a hardened window, creates a vault and a production, locks', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'closed-set-electron-'));
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [path.resolve('dist-electron/main.js')],
      env: { ...process.env, CLOSED_SET_HOME: home },
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveTitle(/Closed Set/);
      // The renderer sees window.binder with invoke and on, and no Node.
      const exposed = await page.evaluate(() => ({
        binder: Object.keys((globalThis as unknown as { binder: object }).binder).sort(),
        require: typeof (globalThis as unknown as { require?: unknown }).require,
        process: typeof (globalThis as unknown as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ binder: ['invoke', 'on'], require: 'undefined', process: 'undefined' });
      const vault = path.join(home, 'desk.closedset');
      const invoke = (name: string, input: unknown) =>
        page.evaluate(
          ([n, i]) =>
            (
              globalThis as unknown as {
                binder: { invoke: (n: string, i: unknown) => Promise<{ ok: boolean; value?: unknown }> };
              }
            ).binder.invoke(n as string, i),
          [name, input] as const,
        );
      expect((await invoke('vault.create', { path: vault, passphrase: 'velvet-curtain-harbour-71' })).ok).toBe(true);
      const created = await invoke('production.create', {
        title: 'Desk Test',
        type: 'feature',
        unionStatus: 'non-union',
        timeZone: 'UTC',
      });
      expect(created.ok).toBe(true);
      expect(await invoke('vault.lock', {})).toEqual({ ok: true, value: { locked: true } });
      expect((await invoke('production.list', {})).ok).toBe(false);
      // Navigation away from the app is refused.
      await page.evaluate(() => {
        (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.org/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^closedset:\/\/app\//);
    } finally {
      await app.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
