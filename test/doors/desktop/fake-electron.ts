import { EventEmitter } from 'node:events';

// A recording stand-in for the `electron` module: the built main and preload bundles load it in
// place of Electron, and the tests read what they did and fire the events Electron would.

/** An Electron-style event whose default action a listener may cancel. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: string };

/** A webContents: records what main sends it and lets the test fire navigation events. */
export class FakeWebContents extends EventEmitter {
  static #nextId = 1;
  readonly id = FakeWebContents.#nextId++;
  readonly sent: unknown[][] = [];
  windowOpenHandler: WindowOpenHandler | null = null;
  loadedUrl = '';
  /** Where `send` is delivered as well, once a preload is attached (see `attachRenderer`). */
  renderer: EventEmitter | null = null;

  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
    this.renderer?.emit(channel, { sender: this.renderer }, ...args);
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

type WindowOptions = { webPreferences?: Record<string, unknown> } & Record<string, unknown>;

/** A BrowserWindow: records its options and what main does with it. */
export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  focused = 0;
  shown = 0;
  minimized = false;
  destroyed = false;
  constructor(readonly options: WindowOptions) {
    super();
  }
  loadURL(url: string): Promise<void> {
    this.webContents.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown++;
  }
  focus(): void {
    this.focused++;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

/** The BrowserWindow class main sees: a constructor with Electron's two static look-ups. */
export interface FakeBrowserWindowClass {
  new (options: WindowOptions): FakeBrowserWindow;
  fromWebContents(wc: unknown): FakeBrowserWindow | null;
  getAllWindows(): FakeBrowserWindow[];
}

type IpcHandler = (
  event: { sender: FakeWebContents; senderFrame: { url: string } | null },
  ...args: unknown[]
) => unknown;
type PermissionRequest = (wc: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheck = (wc: unknown, permission: string) => boolean;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;
type Deferred<T> = { promise: Promise<T>; resolve: (value: T) => void };

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export interface FakeElectronOptions {
  /** What `app.requestSingleInstanceLock()` answers: false plays the second copy of the app. */
  singleInstanceLock?: boolean;
  /** What `app.isPackaged` answers: true plays the installed app. */
  packaged?: boolean;
  /** Folder `app.getPath` answers with (userData, documents...). */
  pathsRoot: string;
}

/** Builds one stand-in `electron` module, fresh for each launch of the main bundle. */
export function createFakeElectron(options: FakeElectronOptions) {
  /** Every call main makes that the tests care about, in order. */
  const calls: string[] = [];
  const ready = deferred<void>();
  let isReady = false;
  let quitted = false;

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.packaged ?? false,
    getPath: (name: string) => `${options.pathsRoot}/${name}`,
    whenReady: () => ready.promise,
    isReady: () => isReady,
    requestSingleInstanceLock: () => {
      calls.push('app.requestSingleInstanceLock');
      return options.singleInstanceLock ?? true;
    },
    /** Like Electron: `before-quit` may cancel the quit; otherwise the app is gone. */
    quit: () => {
      calls.push('app.quit');
      const event = new FakeEvent();
      app.emit('before-quit', event);
      if (!event.defaultPrevented) quitted = true;
    },
  });

  const windows: FakeBrowserWindow[] = [];
  class BrowserWindow extends FakeBrowserWindow {
    constructor(options: WindowOptions) {
      super(options);
      calls.push('new BrowserWindow');
      windows.push(this);
    }
    static fromWebContents(wc: unknown): FakeBrowserWindow | null {
      return windows.find((w) => w.webContents === wc) ?? null;
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return windows.filter((w) => !w.destroyed);
    }
    override loadURL(url: string): Promise<void> {
      calls.push(`loadURL ${url}`);
      return super.loadURL(url);
    }
  }

  const privileged: { schemes: unknown; beforeReady: boolean }[] = [];
  const protocolHandlers = new Map<string, ProtocolHandler>();
  const protocol = {
    registerSchemesAsPrivileged: (schemes: unknown) => {
      calls.push('protocol.registerSchemesAsPrivileged');
      privileged.push({ schemes, beforeReady: !isReady });
    },
    handle: (scheme: string, handler: ProtocolHandler) => {
      calls.push(`protocol.handle ${scheme}`);
      protocolHandlers.set(scheme, handler);
    },
  };

  const permissions: { request: PermissionRequest | null; check: PermissionCheck | null } = {
    request: null,
    check: null,
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (h: PermissionRequest) => {
        permissions.request = h;
      },
      setPermissionCheckHandler: (h: PermissionCheck) => {
        permissions.check = h;
      },
    },
  };

  const ipcHandlers = new Map<string, IpcHandler>();
  const ipcMain = {
    handle: (channel: string, handler: IpcHandler) => {
      calls.push(`ipcMain.handle ${channel}`);
      ipcHandlers.set(channel, handler);
    },
  };

  const powerMonitor = new EventEmitter();

  const safeStorage = {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text: string) => Buffer.from(text, 'utf8').reverse(),
    decryptString: (bytes: Buffer) => Buffer.from(bytes).reverse().toString('utf8'),
  };

  /** The answers the next dialogs give: the button index, and a save dialog the test may hold open. */
  const dialogs = {
    messageBoxResponse: 1,
    shown: [] as { kind: string; options: Record<string, unknown> }[],
    savePath: deferred<string | null>(),
  };
  const lastArg = (args: unknown[]) => (args[args.length - 1] ?? {}) as Record<string, unknown>;
  const dialog = {
    showErrorBox: (title: string, content: string) => {
      dialogs.shown.push({ kind: 'error', options: { title, content } });
    },
    showMessageBox: async (...args: unknown[]) => {
      dialogs.shown.push({ kind: 'message', options: lastArg(args) });
      return { response: dialogs.messageBoxResponse, checkboxChecked: false };
    },
    showSaveDialog: async (...args: unknown[]) => {
      dialogs.shown.push({ kind: 'save', options: lastArg(args) });
      const filePath = await dialogs.savePath.promise;
      return { canceled: filePath === null, filePath: filePath ?? undefined };
    },
    showOpenDialog: async (...args: unknown[]) => {
      dialogs.shown.push({ kind: 'open', options: lastArg(args) });
      return { canceled: true, filePaths: [] };
    },
  };

  const opened: string[] = [];
  const shell = {
    openExternal: async (url: string) => {
      opened.push(url);
    },
  };

  const menu: { template: unknown[] | null } = { template: null };
  const Menu = {
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu: (built: { template: unknown[] }) => {
      menu.template = built.template;
    },
  };

  const exposed = new Map<string, unknown>();
  const contextBridge = {
    exposeInMainWorld: (key: string, api: unknown) => {
      exposed.set(key, api);
    },
  };

  /** The preload's side: `invoke` reaches main's handler as if sent by `rendererOf` from `frameUrl`. */
  const renderer = { contents: null as FakeWebContents | null, frameUrl: '' };
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: async (channel: string, ...args: unknown[]) => {
      const handler = ipcHandlers.get(channel);
      if (!handler || !renderer.contents) throw new Error(`No handler registered for '${channel}'`);
      return handler({ sender: renderer.contents, senderFrame: { url: renderer.frameUrl } }, ...args);
    },
  });

  const module = {
    app,
    BrowserWindow: BrowserWindow as FakeBrowserWindowClass,
    webContents: { getAllWebContents: () => windows.map((w) => w.webContents) },
    ipcMain,
    protocol,
    session,
    powerMonitor,
    safeStorage,
    dialog,
    shell,
    Menu,
    contextBridge,
    ipcRenderer,
  };

  return {
    /** What the stub package hands to `import ... from 'electron'` and `require('electron')`. */
    module,
    calls,
    windows,
    privileged,
    permissions,
    dialogs,
    opened,
    menu,
    exposed,
    get quitted() {
      return quitted;
    },
    /** Plays Electron's `ready`, then lets main's `whenReady().then(...)` run. */
    async ready(): Promise<void> {
      calls.push('app ready');
      isReady = true;
      app.emit('ready');
      ready.resolve();
      await new Promise((r) => setImmediate(r));
    },
    /** A request through the app scheme's registered handler. */
    async fetchApp(url: string): Promise<Response> {
      const handler = protocolHandlers.get(new URL(url).protocol.replace(/:$/, ''));
      if (!handler) throw new Error(`No protocol handler for ${url}`);
      return handler(new Request(url));
    },
    /** An invoke on a channel as if `sender` (from a frame at `frameUrl`) sent it. */
    async invokeFrom(sender: FakeWebContents, frameUrl: string, channel: string, ...args: unknown[]) {
      const handler = ipcHandlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler({ sender, senderFrame: { url: frameUrl } }, ...args);
    },
    /** Connects the preload's ipcRenderer to a window's webContents, both ways. */
    attachRenderer(contents: FakeWebContents, frameUrl: string): void {
      renderer.contents = contents;
      renderer.frameUrl = frameUrl;
      contents.renderer = ipcRenderer;
    },
    ipcChannels: () => [...ipcHandlers.keys()],
  };
}

/** One stand-in electron module with its controls. */
export type FakeElectron = ReturnType<typeof createFakeElectron>;
