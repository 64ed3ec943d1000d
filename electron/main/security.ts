import type { BrowserWindowConstructorOptions } from 'electron';

/** The app's own origin: the renderer is served from this privileged custom protocol, never file://. */
export const APP_SCHEME = 'closedset';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Window options from Electron's security checklist; unit-tested so no one loosens them by accident. */
export function windowOptions(preloadPath: string, opts: { devTools: boolean }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Closed Set',
    backgroundColor: '#f6f6f4',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: opts.devTools,
      safeDialogs: true,
    },
  };
}

/** True only for pages of the app itself. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === 'app';
  } catch {
    return false;
  }
}

/** Links may leave the app only for the web or e-mail; everything else stays shut. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** What a navigation request becomes: stay (in-app), open outside (https/mailto), or refuse. */
export function navigationDecision(url: string): 'allow' | 'external' | 'deny' {
  if (isAppUrl(url)) return 'allow';
  if (isSafeExternalUrl(url)) return 'external';
  return 'deny';
}

/** Maps a request under closedset://app/ onto a file inside the built renderer, or null if outside it. */
export function resolveAppFile(url: string, rendererDir: string, join: (...p: string[]) => string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.includes('\0')) return null;
  const rel = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  if (rel.split(/[\\/]/).some((seg) => seg === '..')) return null;
  return join(rendererDir, rel);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** The content type a renderer file is served with; with `nosniff`, a wrong one would stop a script. */
export function contentTypeOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return (dot >= 0 && CONTENT_TYPES[file.slice(dot).toLowerCase()]) || 'application/octet-stream';
}
