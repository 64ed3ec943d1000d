import { writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { newCore, PASS, tempDir } from '../../helpers';

let server: WebServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(extra: { maxBodyBytes?: number } = {}): Promise<WebServer> {
  const dir = tempDir();
  const staticDir = path.join(dir, 'static');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Closed Set</title>');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
  server = await startWebServer({ core: newCore(dir), staticDir, ...extra });
  return server;
}

/** A raw request, so tests control Host, Origin and cookies exactly. */
function request(
  s: WebServer,
  opts: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const port = Number(new URL(s.origin).port);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const invoke = (s: WebServer, headers: Record<string, string>, name = 'app.status', input: unknown = {}) =>
  request(s, {
    path: '/api/invoke',
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ name, input }),
  });

describe('the loopback browser shell', () => {
  it('listens on 127.0.0.1 only, on a free port, with a long random token', async () => {
    const s = await start();
    expect(s.address).toBe('127.0.0.1');
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
  });

  it('serves the page with the token, sets a strict cookie and a CSP', async () => {
    const s = await start();
    const res = await request(s, { path: `/?token=${s.token}` });
    expect(res.status).toBe(200);
    expect(res.body).toContain('Closed Set');
    expect(res.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('never puts the command token in a cookie (cookies reach every port on 127.0.0.1)', async () => {
    const s = await start();
    const res = await request(s, { path: `/?token=${s.token}` });
    const cookie = res.headers['set-cookie']?.[0] ?? '';
    expect(cookie).not.toContain(s.token);
    const pair = cookie.split(';')[0] ?? '';
    // The cookie opens the page's own files on a reload...
    expect((await request(s, { path: '/', headers: { cookie: pair } })).status).toBe(200);
    // ...and nothing else: not a command, not the event stream, not even as a token header.
    expect((await invoke(s, { cookie: pair, origin: s.origin })).status).toBe(401);
    expect((await request(s, { path: '/api/events', headers: { cookie: pair } })).status).toBe(401);
    const value = pair.split('=').slice(1).join('=');
    expect((await invoke(s, { 'x-closed-set-token': value })).status).toBe(401);
  });

  it('takes the command token from the header only: not from a cookie, not from the URL', async () => {
    const s = await start();
    expect((await invoke(s, { cookie: `closed_set_token=${s.token}` })).status).toBe(401);
    const inUrl = await request(s, {
      path: `/api/invoke?token=${s.token}`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'app.status', input: {} }),
    });
    expect(inUrl.status).toBe(401);
    expect((await request(s, { path: `/api/events?token=${s.token}` })).status).toBe(401);
    expect((await invoke(s, { 'x-closed-set-token': s.token })).status).toBe(200);
  });

  it('answers a malformed % escape with 400 and keeps running', async () => {
    const s = await start();
    const res = await request(s, { path: `/%E0%A4%A?token=${s.token}` });
    expect(res.status).toBe(400);
    expect((await request(s, { path: `/%zz?token=${s.token}` })).status).toBe(400);
    expect((await invoke(s, { 'x-closed-set-token': s.token })).status).toBe(200);
  });

  it('answers a body over the limit with 413, not a reset', async () => {
    const s = await start({ maxBodyBytes: 1024 });
    const big = JSON.stringify({ name: 'app.status', input: { pad: 'x'.repeat(4096) } });
    const res = await request(s, {
      path: '/api/invoke',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-closed-set-token': s.token,
        'content-length': String(Buffer.byteLength(big)),
      },
      body: big,
    });
    expect(res.status).toBe(413);
    // Without a declared length (chunked): still a 413 once the body passes the limit.
    const chunked = await request(s, {
      path: '/api/invoke',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-closed-set-token': s.token, 'transfer-encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
    expect((await invoke(s, { 'x-closed-set-token': s.token })).status).toBe(200);
  });

  it('refuses requests without the token or with a wrong one', async () => {
    const s = await start();
    expect((await request(s, { path: '/' })).status).toBe(401);
    expect((await request(s, { path: '/?token=wrong' })).status).toBe(401);
    expect((await invoke(s, {})).status).toBe(401);
    expect((await invoke(s, { 'x-closed-set-token': `${s.token}x` })).status).toBe(401);
  });

  it('runs commands with the token header and returns the result envelope', async () => {
    const s = await start();
    const res = await invoke(s, { 'x-closed-set-token': s.token, origin: s.origin });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { door: 'test', vault: null } });
  });

  it('refuses a command that carries only the cookie (what a cross-site form would send)', async () => {
    const s = await start();
    const res = await invoke(s, { cookie: `closed_set_token=${s.token}` });
    expect(res.status).toBe(401);
  });

  it('refuses other origins and other Host names (DNS rebinding)', async () => {
    const s = await start();
    const fromElsewhere = await invoke(s, { 'x-closed-set-token': s.token, origin: 'https://evil.example' });
    expect(fromElsewhere.status).toBe(403);
    const rebound = await invoke(s, { 'x-closed-set-token': s.token, host: 'evil.example' });
    expect(rebound.status).toBe(403);
  });

  it('never serves files outside the renderer', async () => {
    const s = await start();
    const res = await request(s, { path: `/../secret.txt?token=${s.token}` });
    expect(res.status).toBe(404);
    const encoded = await request(s, { path: `/%2e%2e/secret.txt?token=${s.token}` });
    expect(encoded.status).toBe(404);
    expect(encoded.body).not.toContain('outside the renderer');
  });

  it('answers malformed commands with a validation error and keeps running', async () => {
    const s = await start();
    const bad = await request(s, {
      path: '/api/invoke',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-closed-set-token': s.token },
      body: '{not json',
    });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unlock = await invoke(s, { 'x-closed-set-token': s.token }, 'vault.unlock', { path: '', passphrase: PASS });
    expect(JSON.parse(unlock.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'path' }] },
    });
    const ok = await invoke(s, { 'x-closed-set-token': s.token });
    expect(JSON.parse(ok.body).ok).toBe(true);
  });
});
