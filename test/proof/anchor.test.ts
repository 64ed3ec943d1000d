import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../electron/cli/program';
import { chainHead } from '../../electron/core/audit/anchor';
import { type AuditRow, storedAuditFromRow } from '../../electron/core/audit/rows';
import { entryHash, GENESIS } from '../../electron/core/audit/trail';
import { KeyMaterial, openKeyed } from '../../electron/core/vault/connection';
import { newCore, PASS, productionInput, tempDir, unlockedCore } from '../helpers';

async function verify(file: string, against: string, env: Record<string, string> = {}) {
  const lines: string[] = [];
  const status = await runCli(['verify', file, '--against', against], {
    env: { CLOSED_SET_PASSPHRASE: PASS, CLOSED_SET_HOME: path.join(tempDir(), 'h'), ...env },
    out: (l) => lines.push(l),
    err: (l) => lines.push(l),
  });
  return { status, lines };
}

/** A vault whose production has a few entries, its JSON export, and the head printed then. */
async function anchored() {
  const { core, file } = await unlockedCore();
  const p = await core.run('production.create', productionInput());
  for (const noticeHours of [24, 36, 72]) await core.run('production.update', { id: p.id, patch: { noticeHours } });
  const json = path.join(tempDir(), 'export.json');
  await core.run('handoff.export', { productionId: p.id, format: 'json', recipient: 'Archive', path: json });
  const head = chainHead(core.db(), p.id);
  const pdf = path.join(tempDir(), 'binder.pdf');
  await core.run('handoff.export', { productionId: p.id, format: 'pdf', recipient: 'Archive', path: pdf });
  const protectedPdf = path.join(tempDir(), 'protected.pdf');
  await core.run('handoff.export', {
    productionId: p.id,
    format: 'pdf',
    recipient: 'Archive',
    path: protectedPdf,
    pdfPassword: PDF_PASS,
  });
  // Work goes on after the export: the anchor is a point the chain must still pass through.
  await core.run('production.update', { id: p.id, patch: { noticeHours: 48 } });
  core.lock('user');
  return { file, json, head, pdf, protectedPdf, productionId: p.id };
}

const PDF_PASS = 'tin-lantern-quay-204';

/** What someone with the passphrase can do: drop the guards, change the trail, rehash what follows. */
function rewrite(file: string, productionId: string, sql: string): void {
  const key = new KeyMaterial(PASS);
  const db = openKeyed(file, key, { mustExist: true });
  db.exec('DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_entry_no_delete;');
  db.exec(sql);
  let prev = GENESIS;
  const rows = db
    .prepare('SELECT * FROM audit_entry WHERE production_id = ? ORDER BY seq')
    .all(productionId) as AuditRow[];
  for (const r of rows) {
    const hash = entryHash({ ...storedAuditFromRow(r), prevHash: prev });
    db.prepare('UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, r.id);
    prev = hash;
  }
  db.close();
  key.wipe();
}

describe('verify --against: a head held outside the vault shows a rewrite (promise 13)', () => {
  it('passes when the chain still holds the head, from a head or from the export', async () => {
    const { file, json, head } = await anchored();
    expect((await verify(file, `${head.count}:${head.hash}`)).status).toBe(EXIT.ok);
    expect((await verify(file, json)).status).toBe(EXIT.ok);
  });

  it('fails with exit 4 when the tail was cut, though the chain alone still verifies', async () => {
    const { file, json, productionId } = await anchored();
    // The entry made after the exports, and the exports' head with it.
    rewrite(
      file,
      productionId,
      `DELETE FROM audit_entry WHERE seq IN (SELECT seq FROM audit_entry WHERE production_id = '${productionId}' ORDER BY seq DESC LIMIT 2)`,
    );
    expect(
      await runCli(['verify', file], {
        env: { CLOSED_SET_PASSPHRASE: PASS, CLOSED_SET_HOME: path.join(tempDir(), 'h') },
        out: () => {},
        err: () => {},
      }),
    ).toBe(EXIT.ok);
    const res = await verify(file, json);
    expect(res.status).toBe(EXIT.damaged);
    expect(res.lines.at(-1)).toMatch(/^closed-set: audit trail does not match the anchor: .*cut from its end/);
  });

  it('fails with exit 4 when an entry was erased and the chain rehashed', async () => {
    const { file, head, productionId } = await anchored();
    rewrite(
      file,
      productionId,
      `DELETE FROM audit_entry WHERE production_id = '${productionId}' AND seq = (SELECT MIN(seq) + 1 FROM audit_entry WHERE production_id = '${productionId}')`,
    );
    const res = await verify(file, `${head.count}:${head.hash}`);
    expect(res.status).toBe(EXIT.damaged);
    expect(res.lines.at(-1)).toMatch(/^closed-set: audit trail does not match the anchor/);
  });
});

describe('verify --against a PDF binder: the head it prints and carries (promise 13)', () => {
  it('prints the head on the cover and carries it in the info dictionary, protected or not', async () => {
    const { pdf, protectedPdf, head } = await anchored();
    const cover = execFileSync('pdftotext', ['-l', '1', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(cover).toContain(`Audit chain head: ${head.count}:${head.hash}`);
    expect(cover).toContain('closed-set verify <vault> --against <this file>');
    expect(execFileSync('pdfinfo', ['-custom', pdf], { encoding: 'utf8' })).toContain(`${head.count}:${head.hash}`);
    // Poppler opens the revision 6 encryption and reads the same head.
    expect(execFileSync('pdfinfo', ['-custom', '-upw', PDF_PASS, protectedPdf], { encoding: 'utf8' })).toContain(
      `${head.count}:${head.hash}`,
    );
  });

  it('passes when the chain still holds the head, entries appended since', async () => {
    const { file, pdf, protectedPdf } = await anchored();
    expect((await verify(file, pdf)).status).toBe(EXIT.ok);
    expect((await verify(file, protectedPdf, { CLOSED_SET_PDF_PASSWORD: PDF_PASS })).status).toBe(EXIT.ok);
  });

  it('a protected binder without its password, or with a wrong one, is refused in one closed-set line', async () => {
    const { file, protectedPdf } = await anchored();
    const missing = await verify(file, protectedPdf);
    expect(missing.status).not.toBe(EXIT.ok);
    expect(missing.lines.at(-1)).toMatch(/^closed-set: .*protected.*CLOSED_SET_PDF_PASSWORD/);
    const wrong = await verify(file, protectedPdf, { CLOSED_SET_PDF_PASSWORD: 'not-the-password-at-all' });
    expect(wrong.status).not.toBe(EXIT.ok);
    expect(wrong.lines.at(-1)).toMatch(/^closed-set: .*does not open this PDF/);
  });

  it('fails with exit 4 when the tail was cut past the head the binder carries', async () => {
    const { file, pdf, protectedPdf, productionId } = await anchored();
    // Two entries gone: the one after the export and the binder's head itself.
    rewrite(
      file,
      productionId,
      `DELETE FROM audit_entry WHERE seq IN (SELECT seq FROM audit_entry WHERE production_id = '${productionId}' ORDER BY seq DESC LIMIT 2)`,
    );
    const res = await verify(file, pdf);
    expect(res.status).toBe(EXIT.damaged);
    expect(res.lines.at(-1)).toMatch(/^closed-set: audit trail does not match the anchor: .*cut from its end/);
    expect((await verify(file, protectedPdf, { CLOSED_SET_PDF_PASSWORD: PDF_PASS })).status).toBe(EXIT.damaged);
  });

  it('fails with exit 4 when an entry was erased and the chain rehashed', async () => {
    const { file, pdf, productionId } = await anchored();
    rewrite(
      file,
      productionId,
      `DELETE FROM audit_entry WHERE production_id = '${productionId}' AND seq = (SELECT MIN(seq) + 1 FROM audit_entry WHERE production_id = '${productionId}')`,
    );
    const res = await verify(file, pdf);
    expect(res.status).toBe(EXIT.damaged);
    expect(res.lines.at(-1)).toMatch(/^closed-set: audit trail does not match the anchor/);
  });
});

describe('verify --against an encrypted package: the head in its header (promise 13)', () => {
  async function withPackage() {
    const a = await anchored();
    const core = newCore();
    await core.run('vault.unlock', { path: a.file, passphrase: PASS });
    const pkg = path.join(tempDir(), 'handoff.closedset-handoff');
    await core.run('handoff.export', {
      productionId: a.productionId,
      format: 'package',
      recipient: 'Archive',
      path: pkg,
      packagePassphrase: PACKAGE_PASS,
    });
    const head = chainHead(core.db(), a.productionId);
    core.lock('user');
    return { ...a, pkg, head };
  }

  it('passes from the header alone, and says so; with the passphrase the head is authenticated', async () => {
    const { file, pkg, head } = await withPackage();
    const plain = await verify(file, pkg);
    expect(plain.status).toBe(EXIT.ok);
    expect(plain.lines[0]).toBe(
      `anchor ok: entry ${head.count} is ${head.hash.slice(0, 12)} (read from the package header; set CLOSED_SET_PACKAGE_PASSPHRASE to authenticate it)`,
    );
    const authenticated = await verify(file, pkg, { CLOSED_SET_PACKAGE_PASSPHRASE: PACKAGE_PASS });
    expect(authenticated.status).toBe(EXIT.ok);
    expect(authenticated.lines[0]).toBe(`anchor ok: entry ${head.count} is ${head.hash.slice(0, 12)}`);
  });

  it('fails with exit 4, without the package passphrase, when an entry was erased and the chain rehashed', async () => {
    const { file, pkg, productionId } = await withPackage();
    rewrite(
      file,
      productionId,
      `DELETE FROM audit_entry WHERE production_id = '${productionId}' AND seq = (SELECT MIN(seq) + 1 FROM audit_entry WHERE production_id = '${productionId}')`,
    );
    const res = await verify(file, pkg);
    expect(res.status).toBe(EXIT.damaged);
    expect(res.lines.at(-1)).toMatch(/^closed-set: audit trail does not match the anchor/);
  });
});

const PACKAGE_PASS = 'copper-awning-meadow-517';

describe('verify --against a recipient cut in JSON: the head it states (promise 13)', () => {
  it('a cut (which carries no audit trail) states the head, and verify checks the vault against it', async () => {
    const a = await anchored();
    const core = newCore();
    await core.run('vault.unlock', { path: a.file, passphrase: PASS });
    const cut = path.join(tempDir(), 'costume.json');
    await core.run('handoff.export', {
      productionId: a.productionId,
      format: 'json',
      cut: 'costume',
      recipient: 'Costume',
      path: cut,
    });
    const head = chainHead(core.db(), a.productionId);
    core.lock('user');
    const doc = JSON.parse(readFileSync(cut, 'utf8')) as { chainHead?: unknown };
    expect(doc.chainHead).toEqual({ count: head.count, hash: head.hash });
    expect((await verify(a.file, cut)).status).toBe(EXIT.ok);
    rewrite(
      a.file,
      a.productionId,
      `DELETE FROM audit_entry WHERE production_id = '${a.productionId}' AND seq = (SELECT MIN(seq) + 1 FROM audit_entry WHERE production_id = '${a.productionId}')`,
    );
    expect((await verify(a.file, cut)).status).toBe(EXIT.damaged);
  });
});
