import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from '../core/core';

export const TOKEN_HEADER = 'x-closed-set-token';
const COOKIE = 'closed_set_token';
const MAX_BODY = 64 * 1024 * 1024;

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

function cookieToken(req: http.IncomingMessage): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return undefined;
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

function refuse(res: http.ServerResponse, status: 401 | 403 | 404 | 405 | 413 | 415, message: string): void {
  send(res, status, { ok: false, error: { code: status === 401 ? 'LOCKED' : 'UNSUPPORTED', message } });
}

/**
 * The loopback browser shell: the built renderer and the command table over HTTP, on 127.0.0.1
 * only, behind a one-time token (as Jupyter does). The token arrives once in the URL, becomes a
 * SameSite=Strict cookie for the page's own files, and must be sent as a header on every command,
 * so another site in the same browser can neither read nor drive it.
 */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
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
    const url = new URL(req.url ?? '/', origin);
    const headerToken = req.headers[TOKEN_HEADER];
    const presented =
      (typeof headerToken === 'string' ? headerToken : undefined) ?? url.searchParams.get('token') ?? cookieToken(req);
    if (!sameToken(presented ?? undefined, token))
      return refuse(res, 401, 'Missing or wrong token: open the link the app printed');

    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST') return refuse(res, 405, 'Use POST');
      // Commands need the header itself: a cookie alone is what a cross-site form would carry.
      if (!sameToken(typeof headerToken === 'string' ? headerToken : undefined, token)) {
        return refuse(res, 401, 'Commands need the token header');
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'Send JSON');
      const chunks: Buffer[] = [];
      let size = 0;
      let tooLarge = false;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) {
          tooLarge = true;
          req.destroy();
        } else chunks.push(c);
      });
      req.on('end', () => {
        if (tooLarge) return;
        let body: unknown;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return send(res, 400, {
            ok: false,
            error: { code: 'VALIDATION', message: 'The request body is not valid JSON' },
          });
        }
        const { name, input } = (body ?? {}) as { name?: unknown; input?: unknown };
        opts.core.handle(name, input).then(
          (result) => send(res, 200, result),
          (err: unknown) => send(res, 500, { ok: false, error: { code: 'INTERNAL', message: String(err) } }),
        );
      });
      req.on('close', () => {
        if (tooLarge && !res.headersSent) refuse(res, 413, 'Request too large');
      });
      return;
    }

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

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Use GET');
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
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
    if (url.searchParams.has('token')) {
      headers['set-cookie'] = `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });

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
