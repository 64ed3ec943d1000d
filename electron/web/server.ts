import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from '../core/core';
import { SaveChoices } from './save-choices';

export const TOKEN_HEADER = 'x-closed-set-token';
/** The asset cookie's name carries the port: two shells on one machine never share one. */
const cookieName = (port: number) => `closed_set_assets_${port}`;
const MAX_BODY = 16 * 1024 * 1024;

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface WebServerOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  /** Fixed token for tests; normally a fresh random one per start. */
  token?: string;
  /** Largest request body accepted (tests lower it); larger ones get 413. */
  maxBodyBytes?: number;
}

export interface WebServer {
  url: string;
  /** The address the server listens on: always 127.0.0.1. */
  address: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieValue(req: http.IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/** The URL's path decoded, or null when an escape is malformed (`%zz`): a 400, never a crash. */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

function refuse(
  res: http.ServerResponse,
  status: 400 | 401 | 403 | 404 | 405 | 413 | 415,
  message: string,
  headers: Record<string, string> = {},
): void {
  const code = status === 401 ? 'LOCKED' : status === 400 ? 'VALIDATION' : 'UNSUPPORTED';
  send(res, status, { ok: false, error: { code, message } }, headers);
}

/** Reads a JSON body up to `max` bytes; a larger one is answered 413 (not a reset) and never parsed. */
function readJson(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  max: number,
  then: (body: unknown) => void,
): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) {
    // Answered before a byte is read; the connection closes after, so the rest is never taken.
    refuse(res, 413, `Request too large (over ${max} bytes)`, { connection: 'close' });
    req.resume();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size <= max) chunks.push(c);
    // Past the limit the rest is drained and dropped; a sender far past it is cut off.
    else if (size > max * 2 + 1024 * 1024) req.destroy();
  });
  req.on('end', () => {
    if (size > max) return refuse(res, 413, `Request too large (over ${max} bytes)`, { connection: 'close' });
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(res, 400, {
        ok: false,
        error: { code: 'VALIDATION', message: 'The request body is not valid JSON' },
      });
    }
    then(body);
  });
}

/**
 * The loopback browser shell: the built renderer and the command table over HTTP, on 127.0.0.1
 * only, behind a one-time token (as Jupyter does). The token arrives once in the URL and from then
 * on travels only in a header the page sets itself: cookies reach every server on 127.0.0.1 whatever
 * its port, so the cookie holds a different random value that opens the page's own files and
 * nothing else. Files are written only where the user chose in this session (save-choices.ts).
 */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  // Authorises GETs of the renderer's static files, which hold no data; never a command.
  const assetKey = randomBytes(32).toString('base64url');
  const maxBody = opts.maxBodyBytes ?? MAX_BODY;
  const choices = new SaveChoices(() => (opts.core.isUnlocked ? opts.core.vault().file : null));
  const staticRoot = path.resolve(opts.staticDir);
  const events = new Set<http.ServerResponse>();
  let origin = '';
  let port = 0;

  const unsubscribe = opts.core.on('locked', () => {
    for (const res of events) res.write('event: locked\ndata: {}\n\n');
  });

  const server = http.createServer((req, res) => {
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still sends its own Host.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return refuse(res, 403, 'Wrong host');
    const reqOrigin = req.headers.origin;
    if (reqOrigin !== undefined && reqOrigin !== origin && reqOrigin !== `http://localhost:${port}`) {
      return refuse(res, 403, 'Requests from other origins are refused');
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch {
      return refuse(res, 400, 'Malformed URL');
    }
    const headerToken = req.headers[TOKEN_HEADER];
    const hasHeaderToken = sameToken(typeof headerToken === 'string' ? headerToken : undefined, token);

    if (url.pathname.startsWith('/api/')) {
      // The API answers the header alone: no cookie and no URL ever authorises a command.
      if (!hasHeaderToken) return refuse(res, 401, 'Missing or wrong token: open the link the app printed');
      if (url.pathname === '/api/events') {
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        res.write(': connected\n\n');
        events.add(res);
        req.on('close', () => events.delete(res));
        return;
      }
      if (req.method !== 'POST') return refuse(res, 405, 'Use POST');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'Send JSON');
      if (url.pathname === '/api/choose-save') {
        return readJson(req, res, maxBody, (body) => {
          const result = choices.choose(body);
          send(res, result.ok ? 200 : 409, result);
        });
      }
      if (url.pathname !== '/api/invoke') return refuse(res, 404, 'Not found');
      return readJson(req, res, maxBody, (body) => {
        const { name, input } = (body ?? {}) as { name?: unknown; input?: unknown };
        const refused = choices.check(name, input);
        if (refused) return send(res, 200, refused);
        opts.core.handle(name, input).then(
          (result) => send(res, 200, result),
          (err: unknown) => send(res, 500, { ok: false, error: { code: 'INTERNAL', message: String(err) } }),
        );
      });
    }

    // The page's own files: the URL token once (the first load), then the asset cookie.
    const fromUrl = sameToken(url.searchParams.get('token') ?? undefined, token);
    if (!fromUrl && !hasHeaderToken && !sameToken(cookieValue(req, cookieName(port)), assetKey))
      return refuse(res, 401, 'Missing or wrong token: open the link the app printed');

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Use GET');
    const decoded = decodedPath(url.pathname);
    if (decoded === null) return refuse(res, 400, 'Malformed URL');
    const rel = decoded === '/' ? 'index.html' : decoded.slice(1);
    const file = path.resolve(staticRoot, rel);
    if (!file.startsWith(`${staticRoot}${path.sep}`) || !existsSync(file) || !statSync(file).isFile()) {
      return refuse(res, 404, 'Not found');
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': 'no-store',
    };
    if (fromUrl) headers['set-cookie'] = `${cookieName(port)}=${assetKey}; HttpOnly; SameSite=Strict; Path=/`;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });

  // Longer than the browser keeps an idle connection, so the browser closes it first: a server
  // closing one just as the page sends a POST on it fails that command (POSTs are not retried).
  server.keepAliveTimeout = 10 * 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    address: (server.address() as AddressInfo).address,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const res of events) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
