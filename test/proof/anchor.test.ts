import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../electron/cli/program';
import { chainHead } from '../../electron/core/audit/anchor';
import { type AuditRow, storedAuditFromRow } from '../../electron/core/audit/rows';
import { entryHash, GENESIS } from '../../electron/core/audit/trail';
import { KeyMaterial, openKeyed } from '../../electron/core/vault/connection';
import { PASS, productionInput, tempDir, unlockedCore } from '../helpers';

async function verify(file: string, against: string) {
  const lines: string[] = [];
  const status = await runCli(['verify', file, '--against', against], {
    env: { CLOSED_SET_PASSPHRASE: PASS, CLOSED_SET_HOME: path.join(tempDir(), 'h') },
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
  core.lock('user');
  return { file, json, head, productionId: p.id };
}

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
    rewrite(
      file,
      productionId,
      `DELETE FROM audit_entry WHERE seq = (SELECT MAX(seq) FROM audit_entry WHERE production_id = '${productionId}')`,
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
