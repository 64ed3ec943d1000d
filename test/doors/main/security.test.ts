import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../../electron/main/channels';
import { createInvokeHandler } from '../../../electron/main/ipc';
import { menuTemplate } from '../../../electron/main/menu';
import {
  APP_URL,
  CSP,
  isAppUrl,
  isSafeExternalUrl,
  navigationDecision,
  resolveAppFile,
  windowOptions,
} from '../../../electron/main/security';

describe('the window', () => {
  it('is isolated, sandboxed, without Node, with web security on', () => {
    const prefs = windowOptions('/app/preload.cjs', { devTools: false }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('has a CSP with no inline or eval code', () => {
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("object-src 'none'");
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval/);
    const html = readFileSync(path.resolve('renderer/index.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});

describe('navigation guards', () => {
  it('keeps the window on the app and sends only https and mailto outside', () => {
    expect(navigationDecision(APP_URL)).toBe('allow');
    expect(navigationDecision('closedset://app/index.html#/productions/1')).toBe('allow');
    expect(navigationDecision('https://www.sagaftra.org/')).toBe('external');
    expect(navigationDecision('mailto:ic@example.org')).toBe('external');
    for (const url of [
      'file:///etc/passwd',
      'http://example.org/',
      'javascript:alert(1)',
      'closedset://evil/index.html',
      'smb://share/x',
      'not a url',
    ]) {
      expect(navigationDecision(url)).toBe('deny');
    }
    expect(isSafeExternalUrl('https://x.org')).toBe(true);
    expect(isSafeExternalUrl('ftp://x.org')).toBe(false);
    expect(isAppUrl('https://app/')).toBe(false);
  });

  it('serves only files inside the built renderer', () => {
    const join = (...p: string[]) => path.posix.join(...p);
    expect(resolveAppFile('closedset://app/', '/r', join)).toBe('/r/index.html');
    expect(resolveAppFile('closedset://app/assets/app.js', '/r', join)).toBe('/r/assets/app.js');
    // The URL parser folds dot segments, so an escape attempt lands inside the renderer or is refused.
    expect(resolveAppFile('closedset://app/%2e%2e/%2e%2e/etc/passwd', '/r', join)).toBe('/r/etc/passwd');
    expect(resolveAppFile('closedset://app/assets/..%2f..%2fsecret', '/r', join)).toBeNull();
    expect(resolveAppFile('https://app/index.html', '/r', join)).toBeNull();
    // Malformed percent-encoding and NUL bytes are refused rather than thrown.
    expect(resolveAppFile('closedset://app/%E0%A4%A', '/r', join)).toBeNull();
    expect(resolveAppFile('closedset://app/index.html%00.js', '/r', join)).toBeNull();
  });
});

describe('IPC dispatch', () => {
  const core = {
    calls: [] as [unknown, unknown][],
    async handle(name: unknown, input: unknown) {
      this.calls.push([name, input]);
      return { ok: true as const, value: 'done' };
    },
  };
  const trusted = (s: { frameUrl: string | undefined; fromOurWindow: boolean }) =>
    s.fromOurWindow && isAppUrl(s.frameUrl ?? '');
  const invoke = createInvokeHandler(core, trusted);

  it('passes commands from the app window to the core', async () => {
    const result = await invoke({ frameUrl: APP_URL, fromOurWindow: true }, 'production.list', {});
    expect(result).toEqual({ ok: true, value: 'done' });
    expect(core.calls).toEqual([['production.list', {}]]);
  });

  it('refuses senders that are not the app page in the app window', async () => {
    core.calls.length = 0;
    for (const sender of [
      { frameUrl: 'https://evil.example/', fromOurWindow: true },
      { frameUrl: APP_URL, fromOurWindow: false },
      { frameUrl: undefined, fromOurWindow: true },
    ]) {
      const result = await invoke(sender, 'vault.lock', {});
      expect(result.ok).toBe(false);
    }
    expect(core.calls).toEqual([]);
  });

  it('uses the same channel names in main and preload', () => {
    const preload = readFileSync(path.resolve('electron/preload/index.ts'), 'utf8');
    // The preload takes the channel names from channels.ts and nothing else from main.
    const imports = [...preload.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports).toEqual(['electron', '../main/channels']);
    expect(preload).toContain('INVOKE_CHANNEL');
    expect(INVOKE_CHANNEL).not.toBe(EVENT_CHANNEL);
    // The preload exposes exactly invoke and on.
    expect(preload.match(/exposeInMainWorld\('binder', \{([\s\S]*?)\n\}\);/)?.[1]).toMatch(/invoke:[\s\S]*on:/);
  });
});

describe('the menu', () => {
  it('offers Lock on Ctrl/Cmd+L', () => {
    let locked = 0;
    const template = menuTemplate({ lock: () => locked++, isMac: false });
    const vault = template.find((m) => m.label === 'Vault');
    const lock = ((vault?.submenu ?? []) as { label?: string; accelerator?: string; click?: () => void }[]).find(
      (i) => i.label === 'Lock',
    );
    expect(lock?.accelerator).toBe('CmdOrCtrl+L');
    lock?.click?.();
    expect(locked).toBe(1);
  });
});

describe('packaging', () => {
  it('flips the fuses SECURITY.md names', async () => {
    const { FUSES } = (await import('../../../build/fuses.cjs')) as { FUSES: Record<string, unknown> };
    const { FuseV1Options } = await import('@electron/fuses');
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    const yml = readFileSync(path.resolve('electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/afterPack: build\/after-pack\.cjs/);
    expect(yml).toMatch(/asarUnpack:[\s\S]*\.node/);
    for (const target of ['AppImage', 'deb', 'dmg', 'nsis']) expect(yml).toContain(target);
  });
});
