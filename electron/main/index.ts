import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
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
import { dialogFor, externalLinkPrompt, leaveUnsavedPrompt, mayUnload, OPEN_EXTERNAL_BUTTON } from './dialogs';
import { checkNativeIntegrity, NATIVE_MANIFEST, NATIVE_MODULE, unpackedPath } from './integrity';
import { createInvokeHandler } from './ipc';
import { menuTemplate } from './menu';
import { CLOSING_RESULT, QuitGuard } from './quit';
import {
  APP_SCHEME,
  APP_URL,
  CSP,
  contentTypeOf,
  isAppUrl,
  navigationDecision,
  resolveAppFile,
  windowOptions,
} from './security';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'dist', 'renderer');
const preloadPath = path.join(here, 'preload.cjs');

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
const quitGuard = new QuitGuard();

/** Serves a file of the built renderer; everything else (other hosts, escapes, folders, missing) is a 404. */
function serveAppFile(url: string): Response {
  const headers = { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' };
  const file = resolveAppFile(url, rendererDir, path.join);
  if (!file || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    return new Response('Not found', { status: 404, headers: { ...headers, 'content-type': 'text/plain' } });
  }
  return new Response(readFileSync(file), { headers: { ...headers, 'content-type': contentTypeOf(file) } });
}

/** A link leaves the app only for https or mailto, and only after the user says yes. */
async function openExternally(url: string): Promise<void> {
  if (navigationDecision(url) !== 'external') return;
  const prompt = externalLinkPrompt(url);
  const { response } = mainWindow
    ? await dialog.showMessageBox(mainWindow, prompt)
    : await dialog.showMessageBox(prompt);
  if (response === OPEN_EXTERNAL_BUTTON) await shell.openExternal(url);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(preloadPath, { devTools: !app.isPackaged }));
  const contents = win.webContents;
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    void openExternally(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // A form with unsaved changes holds the unload (beforeunload); ask, and unload only on "Leave".
  contents.on('will-prevent-unload', (event) => {
    if (mayUnload(dialog.showMessageBoxSync(win, leaveUnsavedPrompt()))) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_URL);
  return win;
}

function nativeIntegrity() {
  const readOrNull = (file: string) => {
    try {
      return readFileSync(file);
    } catch {
      return null;
    }
  };
  const pkg = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers/package.json');
  const manifest = readOrNull(path.join(here, NATIVE_MANIFEST));
  return checkNativeIntegrity({
    manifestText: manifest ? manifest.toString('utf8') : null,
    modulePath: unpackedPath(path.join(path.dirname(pkg), NATIVE_MODULE), path.sep),
    read: readOrNull,
    packaged: app.isPackaged,
  });
}

function start(): void {
  // Must happen before `ready`: only then does Chromium treat the scheme as a secure, standard origin.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);

  app.whenReady().then(() => {
    // Before the core (and with it the native SQLite module) is ever loaded: the unpacked module
    // must be the one this build recorded.
    const integrity = nativeIntegrity();
    if (!integrity.ok) {
      dialog.showErrorBox('Closed Set cannot start', integrity.message);
      app.quit();
      return;
    }
    // Every permission (camera, notifications, geolocation...) is refused but writing the clipboard,
    // which "Copy" buttons need; reading it stays refused.
    session.defaultSession.setPermissionRequestHandler((_wc, perm, callback) =>
      callback(perm === 'clipboard-sanitized-write'),
    );
    session.defaultSession.setPermissionCheckHandler((_wc, perm) => perm === 'clipboard-sanitized-write');

    protocol.handle(APP_SCHEME, (request) => serveAppFile(request.url));

    const home = process.env.CLOSED_SET_HOME || app.getPath('userData');
    core = new Core({
      home,
      door: 'electron',
      autoBackup: true,
      backgroundChecks: true,
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
        keyring: new DeviceKeyring(home, safeStorage),
      },
    });
    const invoke = createInvokeHandler(core, (sender) => sender.fromOurWindow && isAppUrl(sender.frameUrl ?? ''));
    ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, input: unknown) => {
      if (quitGuard.closing) return CLOSING_RESULT;
      const sender = {
        frameUrl: event.senderFrame?.url,
        fromOurWindow: mainWindow !== null && BrowserWindow.fromWebContents(event.sender) === mainWindow,
      };
      return quitGuard.run(() => invoke(sender, name, input));
    });
    core.on('locked', () => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, 'locked');
    });
    powerMonitor.on('lock-screen', () => core?.lock('system'));
    powerMonitor.on('suspend', () => core?.lock('system'));

    mainWindow = createWindow();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate({ lock: () => core?.lock('user'), isMac: process.platform === 'darwin' })),
    );
  });

  // A second launch lands here: show the window already open; its core stays the only one.
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.on('window-all-closed', () => app.quit());

  // Work in flight finishes first (its transaction commits or rolls back); then the vault locks.
  app.on('before-quit', (event) => {
    if (!quitGuard.mayQuit(() => app.quit())) {
      event.preventDefault();
      return;
    }
    core?.dispose();
    core = null;
  });
}

// One app per user: a second copy would open a second core on the same vault (SECURITY.md, 15).
if (app.requestSingleInstanceLock()) start();
else app.quit();
