import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { productionInput, unlockedCore } from '../../helpers';

let server: WebServer | undefined;
let core: Core | undefined;
afterEach(async () => {
  await server?.close();
  core?.dispose();
  server = undefined;
  core = undefined;
});

async function start() {
  const opened = await unlockedCore();
  core = opened.core;
  const staticDir = path.join(opened.dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Closed Set</title>');
  server = await startWebServer({ core: opened.core, staticDir });
  const production = await opened.core.run('production.create', productionInput());
  return { s: server, dir: opened.dir, vault: opened.file, productionId: production.id };
}

function post(s: WebServer, route: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const port = Number(new URL(s.origin).port);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: route,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-closed-set-token': s.token },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => {
          text += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const exportTo = (s: WebServer, productionId: string, file: string) =>
  post(s, '/api/invoke', {
    name: 'handoff.export',
    input: { productionId, format: 'csv', cut: 'production', recipient: 'Line producer', path: file },
  });

describe('the browser shell writes exports only where the user chose in this session', () => {
  it('refuses an export to a path not chosen in this session', async () => {
    const { s, dir, productionId } = await start();
    const file = path.join(dir, 'breakdown.csv');
    const res = await exportTo(s, productionId, file);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'path' }] } });
    expect(existsSync(file)).toBe(false);
  });

  it('writes to a chosen new file, once per choice', async () => {
    const { s, dir, productionId } = await start();
    const file = path.join(dir, 'breakdown.csv');
    expect((await post(s, '/api/choose-save', { path: file })).body).toMatchObject({
      ok: true,
      value: { exists: false },
    });
    expect((await exportTo(s, productionId, file)).body).toMatchObject({ ok: true, value: { path: file } });
    // The file now exists: writing it again needs a new choice, and that one asks first.
    expect((await exportTo(s, productionId, file)).body).toMatchObject({ ok: false });
  });

  it('never replaces an existing file without the explicit confirmation', async () => {
    const { s, dir, productionId } = await start();
    const file = path.join(dir, 'contract.pdf');
    writeFileSync(file, 'the only copy of something else');
    const asked = await post(s, '/api/choose-save', { path: file });
    expect(asked.status).toBe(409);
    expect(asked.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', detail: { exists: true } } });
    expect((await exportTo(s, productionId, file)).body).toMatchObject({ ok: false });
    expect(readFileSync(file, 'utf8')).toBe('the only copy of something else');
    expect((await post(s, '/api/choose-save', { path: file, replace: true })).body).toMatchObject({ ok: true });
    expect((await exportTo(s, productionId, file)).body).toMatchObject({ ok: true });
    expect(readFileSync(file, 'utf8')).not.toBe('the only copy of something else');
  });

  it('refuses the open vault, its backups, links, devices and relative paths even when confirmed', async () => {
    const { s, dir, vault } = await start();
    await core?.run('vault.backup', {});
    const backups = `${vault}.backups`;
    const backup = (await core?.run('vault.backups', { path: vault }))?.[0]?.path ?? '';
    expect(backup.startsWith(backups)).toBe(true);
    const link = path.join(dir, 'link.csv');
    symlinkSync(path.join(dir, 'elsewhere.txt'), link);
    for (const target of [vault, `${vault}-wal`, backup, path.join(backups, 'new.csv'), link, '/dev/null', 'x.csv']) {
      const res = await post(s, '/api/choose-save', { path: target, replace: true });
      expect(res.body, target).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });
});
