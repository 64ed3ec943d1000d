import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { integrityCheck } from '../../../electron/core/vault/connection';
import { Vault } from '../../../electron/core/vault/vault';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../../electron/main/channels';
import { APP_URL, CSP } from '../../../electron/main/security';
import { PASS, productionInput } from '../../helpers';
import { FakeEvent, FakeWebContents } from './fake-electron';
import { buildBundles, type Launch, launch, OUTSIDE_SECRET, RENDERER_FILES } from './harness';

// The desktop door as built: dist-electron/main.js runs in Node against a stand-in electron module,
// with real vault files. What only a real Electron binary can show is in test/electron/.

type Envelope = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

let bundles: ReturnType<typeof buildBundles>;
beforeAll(() => {
  bundles = buildBundles();
}, 120_000);
afterAll(() => bundles.dispose());

const launches: Launch[] = [];
afterEach(() => {
  for (const l of launches.splice(0)) l.dispose();
});

async function started(
  opts: { singleInstanceLock?: boolean; packaged?: boolean; nativeManifest?: string } = {},
): Promise<Launch> {
  const l = await launch(bundles.dir, opts);
  launches.push(l);
  await l.fake.ready();
  return l;
}

function theWindow(l: Launch) {
  const [win] = l.fake.windows;
  if (!win) throw new Error('main opened no window');
  return win;
}

/** A command sent from the app's own page in the app's own window. */
function invoke(l: Launch, name: string, input: unknown = {}): Promise<Envelope> {
  return l.fake.invokeFrom(theWindow(l).webContents, APP_URL, INVOKE_CHANNEL, name, input) as Promise<Envelope>;
}

async function unlockedVault(l: Launch): Promise<string> {
  const file = path.join(l.root, 'show.closedset');
  expect(await invoke(l, 'vault.create', { path: file, passphrase: PASS })).toMatchObject({ ok: true });
  return file;
}

const tick = () => new Promise((r) => setImmediate(r));

describe('starting the desktop app', () => {
  it('registers the app scheme as privileged before ready, then opens one hardened window', async () => {
    const l = await launch(bundles.dir);
    launches.push(l);
    expect(l.fake.privileged).toEqual([
      {
        schemes: [{ scheme: 'closedset', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
        beforeReady: true,
      },
    ]);
    expect(l.fake.windows).toHaveLength(0);
    await l.fake.ready();

    expect(l.fake.calls.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(
      l.fake.calls.indexOf('app ready'),
    );
    expect(l.fake.windows).toHaveLength(1);
    const prefs = theWindow(l).options.webPreferences ?? {};
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
    const preload = String(prefs.preload);
    expect(path.isAbsolute(preload)).toBe(true);
    expect(existsSync(preload)).toBe(true);
    expect(preload).toBe(path.join(l.root, 'dist-electron', 'preload.cjs'));
    expect(l.fake.calls).toContain(`loadURL ${APP_URL}`);
    expect(l.fake.ipcChannels()).toEqual([INVOKE_CHANNEL]);
  });

  it('keeps its settings in CLOSED_SET_HOME and refuses permissions but writing the clipboard', async () => {
    const l = await started();
    expect(existsSync(l.home)).toBe(true);
    const { request, check } = l.fake.permissions;
    const asked = (perm: string) => new Promise<boolean>((resolve) => request?.(null, perm, resolve));
    expect(await asked('media')).toBe(false);
    expect(await asked('geolocation')).toBe(false);
    expect(await asked('notifications')).toBe(false);
    expect(await asked('clipboard-read')).toBe(false);
    expect(await asked('clipboard-sanitized-write')).toBe(true);
    expect(check?.(null, 'media')).toBe(false);
  });
});

describe('the app scheme', () => {
  it('serves the built renderer with its content types and the CSP on every response', async () => {
    const l = await started();
    const index = await l.fake.fetchApp(theWindow(l).webContents.loadedUrl);
    expect(index.status).toBe(200);
    expect(await index.text()).toBe(RENDERER_FILES['index.html']);
    const types: Record<string, string> = {
      'closedset://app/': 'text/html',
      'closedset://app/index.html': 'text/html',
      'closedset://app/assets/app.js': 'text/javascript',
      'closedset://app/assets/app.css': 'text/css',
      'closedset://app/assets/logo.svg': 'image/svg+xml',
      'closedset://app/assets/noto.woff2': 'font/woff2',
    };
    for (const [url, type] of Object.entries(types)) {
      const res = await l.fake.fetchApp(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type'), url).toBe(type);
    }
    for (const url of [...Object.keys(types), 'closedset://app/missing.js', 'closedset://evil/index.html']) {
      const res = await l.fake.fetchApp(url);
      expect(res.headers.get('content-security-policy'), url).toBe(CSP);
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
  });

  it('refuses traversal in every spelling, other hosts, folders and missing files', async () => {
    const l = await started();
    const mainJs = readFileSync(path.join(l.root, 'dist-electron', 'main.js'), 'utf8').slice(0, 200);
    for (const url of [
      'closedset://app/../secret.txt',
      'closedset://app/../../secret.txt',
      'closedset://app/%2e%2e/secret.txt',
      'closedset://app/%2E%2E/%2e%2e/secret.txt',
      'closedset://app/.%2e/secret.txt',
      'closedset://app/..%2fsecret.txt',
      'closedset://app/%2e%2e%2fsecret.txt',
      'closedset://app/assets/..%2f..%2fsecret.txt',
      'closedset://app/assets/..%2F..%2F..%2Fsecret.txt',
      'closedset://app/..%5csecret.txt',
      'closedset://app/%252e%252e/secret.txt',
      'closedset://app/..%2fdist-electron%2fmain.js',
      'closedset://app/%2e%2e/dist-electron/main.js',
      `closedset://app/${encodeURIComponent(path.join(l.root, 'secret.txt'))}`,
      'closedset://app/index.html%00.js',
      'closedset://app/%E0%A4%A',
      'closedset://evil/index.html',
      'closedset://app.evil/index.html',
      'closedset://app/assets',
      'closedset://app/assets/',
      'closedset://app/missing.js',
    ]) {
      const res = await l.fake.fetchApp(url);
      const body = await res.text();
      expect(res.status, url).toBe(404);
      expect(body, url).not.toContain(OUTSIDE_SECRET);
      expect(body, url).not.toContain(mainJs);
    }
  });
});

describe('the one IPC channel', () => {
  it('carries a command from the window to the core and answers with the result envelope', async () => {
    const l = await started();
    const file = await unlockedVault(l);
    const created = await invoke(l, 'production.create', productionInput('Desk Door'));
    expect(created).toMatchObject({ ok: true, value: { title: 'Desk Door' } });
    expect(await invoke(l, 'vault.lock')).toEqual({ ok: true, value: { locked: true } });
    expect(await invoke(l, 'production.list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await invoke(l, 'vault.unlock', { path: file, passphrase: PASS })).toMatchObject({ ok: true });
    const listed = await invoke(l, 'production.list');
    expect(listed.ok).toBe(true);
    expect(listed.value).toEqual([expect.objectContaining({ title: 'Desk Door' })]);
    expect(await invoke(l, 'production.create', { title: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    // A real encrypted vault on disk.
    expect(readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  });

  it('refuses the same command from any other sender, and the vault stays unchanged', async () => {
    const l = await started();
    await unlockedVault(l);
    const ours = theWindow(l).webContents;
    const stranger = new l.fake.module.BrowserWindow({}); // a window main did not open (DevTools, a popup)
    const senders: [FakeWebContents, string][] = [
      [new FakeWebContents(), APP_URL],
      [stranger.webContents, APP_URL],
      [ours, 'https://evil.example/index.html'],
      [ours, 'file:///index.html'],
      [ours, 'closedset://evil/index.html'],
    ];
    for (const [sender, frameUrl] of senders) {
      const res = (await l.fake.invokeFrom(sender, frameUrl, INVOKE_CHANNEL, 'production.create', {
        ...productionInput('Intruder'),
      })) as Envelope;
      expect(res, frameUrl).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    }
    expect(await invoke(l, 'production.list')).toEqual({ ok: true, value: [] });
  });
});

describe('the preload', () => {
  it('exposes exactly invoke and on through the context bridge, and nothing of ipcRenderer', async () => {
    const l = await started();
    l.loadPreload();
    expect([...l.fake.exposed.keys()]).toEqual(['binder']);
    const api = l.fake.exposed.get('binder') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    const { ipcRenderer } = l.fake.module;
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer);
      expect(value).not.toBe(ipcRenderer.invoke);
    }
    // The bundle requires nothing but electron: the sandbox would refuse anything else.
    const built = readFileSync(path.join(l.root, 'dist-electron', 'preload.cjs'), 'utf8');
    expect([...built.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
  });

  it('carries invoke to main and app events back, with no Electron event object', async () => {
    const l = await started();
    l.loadPreload();
    l.fake.attachRenderer(theWindow(l).webContents, APP_URL);
    const binder = l.fake.exposed.get('binder') as {
      invoke: (name: string, input: unknown) => Promise<Envelope>;
      on: (event: string, listener: (...args: unknown[]) => void) => () => void;
    };
    expect(await binder.invoke('app.status', {})).toMatchObject({ ok: true, value: { door: 'electron', vault: null } });
    const heard: unknown[][] = [];
    const off = binder.on('locked', (...args) => heard.push(args));
    const file = path.join(l.root, 'preload.closedset');
    expect(await binder.invoke('vault.create', { path: file, passphrase: PASS })).toMatchObject({ ok: true });
    expect(await binder.invoke('vault.lock', {})).toMatchObject({ ok: true });
    expect(heard).toEqual([[]]);
    off();
    await binder.invoke('vault.unlock', { path: file, passphrase: PASS });
    await binder.invoke('vault.lock', {});
    expect(heard).toHaveLength(1);
    expect(l.fake.module.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0);
  });
});

describe('leaving the app', () => {
  it('denies every navigation and new window; a link opens outside only after the user says yes', async () => {
    const l = await started();
    const wc = theWindow(l).webContents;
    const navigate = async (url: string) => {
      const event = new FakeEvent();
      wc.emit('will-navigate', event, url);
      await tick();
      return event.defaultPrevented;
    };
    l.fake.dialogs.messageBoxResponse = 1; // Cancel
    expect(await navigate('https://www.sagaftra.org/')).toBe(true);
    expect(l.fake.dialogs.shown.map((d) => d.options.detail)).toEqual(['https://www.sagaftra.org/']);
    expect(l.fake.opened).toEqual([]);
    l.fake.dialogs.messageBoxResponse = 0; // Open
    expect(await navigate('https://www.sagaftra.org/')).toBe(true);
    expect(l.fake.opened).toEqual(['https://www.sagaftra.org/']);
    for (const url of ['file:///etc/passwd', 'http://example.org/', 'javascript:alert(1)', 'smb://share/x', APP_URL]) {
      expect(await navigate(url), url).toBe(true);
    }
    expect(l.fake.dialogs.shown).toHaveLength(2);

    const open = wc.windowOpenHandler;
    for (const url of ['mailto:ic@example.org', 'https://example.org/', 'file:///etc/passwd', APP_URL]) {
      expect(open?.({ url }), url).toEqual({ action: 'deny' });
    }
    await tick();
    expect(l.fake.opened).toEqual(['https://www.sagaftra.org/', 'mailto:ic@example.org', 'https://example.org/']);
    expect(l.fake.dialogs.shown).toHaveLength(4);

    const redirect = (url: string) => {
      const event = new FakeEvent();
      wc.emit('will-redirect', event, url);
      return event.defaultPrevented;
    };
    expect(redirect('https://example.org/')).toBe(true);
    expect(redirect(APP_URL)).toBe(false);
    const webview = new FakeEvent();
    wc.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
    const other = new FakeWebContents();
    l.fake.module.app.emit('web-contents-created', new FakeEvent(), other);
    const attach = new FakeEvent();
    other.emit('will-attach-webview', attach);
    expect(attach.defaultPrevented).toBe(true);
    expect(l.fake.windows).toHaveLength(1);
  });
});

describe('locking', () => {
  it.each(['lock-screen', 'suspend'])('%s locks the vault and tells the renderer', async (signal) => {
    const l = await started();
    await unlockedVault(l);
    l.fake.module.powerMonitor.emit(signal);
    expect(await invoke(l, 'production.list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(theWindow(l).webContents.sent).toEqual([[EVENT_CHANNEL, 'locked']]);
  });

  it('locks from the menu', async () => {
    const l = await started();
    await unlockedVault(l);
    const vaultMenu = (l.fake.menu.template ?? []).find((m) => (m as { label?: string }).label === 'Vault') as
      | { submenu: { label?: string; click?: () => void }[] }
      | undefined;
    vaultMenu?.submenu.find((i) => i.label === 'Lock')?.click?.();
    expect(await invoke(l, 'production.list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(theWindow(l).webContents.sent).toEqual([[EVENT_CHANNEL, 'locked']]);
  });
});

describe('one app at a time', () => {
  it('a second launch focuses the first window and opens nothing of its own', async () => {
    const first = await started();
    await unlockedVault(first);
    const win = theWindow(first);
    win.minimize();
    first.fake.module.app.emit('second-instance', new FakeEvent(), ['closed-set'], '/');
    expect(win.isMinimized()).toBe(false);
    expect(win.focused).toBe(1);
    expect(first.fake.windows).toHaveLength(1);
    expect(await invoke(first, 'production.list')).toEqual({ ok: true, value: [] });

    const second = await started({ singleInstanceLock: false });
    expect(second.fake.quitted).toBe(true);
    expect(second.fake.windows).toHaveLength(0);
    expect(second.fake.ipcChannels()).toEqual([]);
    expect(second.fake.calls).not.toContain('protocol.handle closedset');
    expect(existsSync(second.home)).toBe(false); // no second core: it would have made its home
  });
});

describe('quitting', () => {
  it('waits for a command in flight, then locks; commands sent after the quit are refused', async () => {
    const l = await started();
    await unlockedVault(l);
    const wc = theWindow(l).webContents;
    const choosing = invoke(l, 'app.choosePath', { purpose: 'save-file', suggested: '/tmp/binder.pdf' });
    await tick();
    expect(l.fake.dialogs.shown.map((d) => d.kind)).toEqual(['save']);
    l.fake.module.app.quit();
    expect(l.fake.quitted).toBe(false);
    expect(wc.sent).toEqual([]); // still unlocked
    expect(await invoke(l, 'production.create', productionInput('Too late'))).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    l.fake.dialogs.savePath.resolve('/tmp/binder.pdf');
    expect(await choosing).toEqual({ ok: true, value: { path: '/tmp/binder.pdf' } });
    await tick();
    expect(l.fake.quitted).toBe(true);
    expect(wc.sent).toEqual([[EVENT_CHANNEL, 'locked']]);
  });

  it('a large import racing the quit is whole in the vault, and the vault is sound', async () => {
    const l = await started();
    const file = await unlockedVault(l);
    const production = await invoke(l, 'production.create', productionInput('Interrupted'));
    const productionId = (production.value as { id: string }).id;
    const rows = 2000;
    const csv = `Scene,Location,Mitigation\n${Array.from({ length: rows }, (_, i) => `T${i + 1},Stage 4,Closed set`).join('\n')}\n`;
    const importing = invoke(l, 'breakdown.import', { productionId, csv });
    l.fake.module.app.quit();
    expect((await importing).ok).toBe(true);
    await tick();
    expect(l.fake.quitted).toBe(true);
    const vault = Vault.unlock(file, PASS);
    try {
      expect(integrityCheck(vault.db)).toBeNull();
      expect(vault.db.prepare("SELECT count(*) FROM scene WHERE number LIKE 'T%'").pluck().get()).toBe(rows);
    } finally {
      vault.close();
    }
  });
});

describe('the native module integrity check', () => {
  it('opens when the unpacked module matches the hash the build recorded', async () => {
    const l = await started({ packaged: true, nativeManifest: 'as-built' });
    expect(l.fake.dialogs.shown.filter((d) => d.kind === 'error')).toEqual([]);
    expect(l.fake.windows).toHaveLength(1);
  });

  it('refuses to open, with a clear message and no core, when the module does not match', async () => {
    const wrong = JSON.stringify({ module: 'build/Release/better_sqlite3.node', sha256: '0'.repeat(64) });
    const l = await started({ packaged: true, nativeManifest: wrong });
    expect(l.fake.dialogs.shown).toEqual([
      {
        kind: 'error',
        options: {
          title: 'Closed Set cannot start',
          content: expect.stringMatching(/has been changed since Closed Set was built\. Reinstall Closed Set/),
        },
      },
    ]);
    expect(l.fake.quitted).toBe(true);
    expect(l.fake.windows).toHaveLength(0);
    expect(l.fake.ipcChannels()).toEqual([]);
    expect(existsSync(l.home)).toBe(false);
  });

  it('refuses a packaged app that ships no record of the module', async () => {
    const l = await started({ packaged: true });
    expect(l.fake.dialogs.shown.map((d) => d.kind)).toEqual(['error']);
    expect(l.fake.windows).toHaveLength(0);
  });
});
