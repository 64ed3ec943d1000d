import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { Core } from '../core/core';
import { DeviceKeyring } from '../core/vault/remember';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';
import { dialogFor } from './dialogs';
import { createInvokeHandler } from './ipc';
import { menuTemplate } from './menu';
import { APP_SCHEME, APP_URL, CSP, isAppUrl, navigationDecision, resolveAppFile, windowOptions } from './security';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'dist', 'renderer');
const preloadPath = path.join(here, 'preload.cjs');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

function mimeOf(file: string): string {
  const ext = path.extname(file);
  return (
    {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.svg': 'image/svg+xml',
      '.png': 'image/png',
    }[ext] ?? 'application/octet-stream'
  );
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(preloadPath, { devTools: !app.isPackaged }));
  const contents = win.webContents;
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (navigationDecision(url) === 'external') void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (navigationDecision(url) === 'external') void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_URL);
  return win;
}

app.whenReady().then(() => {
  // Every permission (camera, notifications, geolocation...) is refused but writing the clipboard,
  // which "Copy" buttons need; reading it stays refused.
  session.defaultSession.setPermissionRequestHandler((_wc, perm, callback) =>
    callback(perm === 'clipboard-sanitized-write'),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, perm) => perm === 'clipboard-sanitized-write');

  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppFile(request.url, rendererDir, path.join);
    if (!file || !existsSync(file)) return new Response('Not found', { status: 404 });
    return new Response(readFileSync(file), {
      headers: { 'content-type': mimeOf(file), 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' },
    });
  });

  core = new Core({
    home: app.getPath('userData'),
    door: 'electron',
    autoBackup: true,
    documentsDir: app.getPath('documents'),
    platform: {
      async choosePath(purpose, suggested) {
        const d = dialogFor(purpose, suggested);
        const win = mainWindow ?? undefined;
        if (d.kind === 'save') {
          const r = win ? await dialog.showSaveDialog(win, d.options) : await dialog.showSaveDialog(d.options);
          return r.canceled || !r.filePath ? null : r.filePath;
        }
        const r = win ? await dialog.showOpenDialog(win, d.options) : await dialog.showOpenDialog(d.options);
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
      keyring: new DeviceKeyring(app.getPath('userData'), safeStorage),
    },
  });
  const dispatcher = core;
  const invoke = createInvokeHandler(dispatcher, (sender) => sender.fromOurWindow && isAppUrl(sender.frameUrl ?? ''));
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, input: unknown) =>
    invoke(
      { frameUrl: event.senderFrame?.url, fromOurWindow: BrowserWindow.fromWebContents(event.sender) === mainWindow },
      name,
      input,
    ),
  );
  core.on('locked', () => mainWindow?.webContents.send(EVENT_CHANNEL, 'locked'));
  powerMonitor.on('lock-screen', () => core?.lock('system'));
  powerMonitor.on('suspend', () => core?.lock('system'));

  mainWindow = createWindow();
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ lock: () => core?.lock('user'), isMac: process.platform === 'darwin' })),
  );
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('window-all-closed', () => {
  core?.lock('shutdown');
  app.quit();
});

app.on('before-quit', () => {
  core?.dispose();
});
