import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/core/audit/trail';
import type { Core } from '../../../electron/core/core';
import { newCore, PASS, tempDir, unlockedCore } from '../../helpers';
import { dumpVault, plantedProduction } from './fixture';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

let n = 0;
async function send(from: Core, productionId: string): Promise<string> {
  const file = path.join(tempDir(), `review-${++n}.json`);
  await from.run('handoff.export', { productionId, format: 'json', recipient: 'Other IC', path: file });
  return file;
}

/** Two vaults that share a production with a signed rider: A made it, B imported A's export. */
async function twoVaults() {
  const { core: a } = await unlockedCore();
  const planted = await plantedProduction(a);
  const productionId = planted.production.id;
  const [first, second] = planted.people.map((p) => p.id);
  const rider = await a.run('rider.create', {
    productionId,
    personId: first ?? '',
    sceneIds: [planted.scenes[0]?.id ?? ''],
    terms: { nudity: 'partial' },
  });
  await a.run('rider.send', { id: rider.rider.id });
  await a.run('rider.sign', {
    id: rider.rider.id,
    signature: { kind: 'drawn', image: PNG, name: 'Performer 1' },
    witness: 'Rosa Lindqvist',
  });
  const b = newCore(tempDir());
  await b.run('vault.create', { path: path.join(tempDir(), 'b.closedset'), passphrase: PASS });
  await b.run('handoff.import', { path: await send(a, productionId) });
  return { a, b, productionId, first: first ?? '', second: second ?? '', riderId: rider.rider.id };
}

describe('a merge shows every change to a consent record and applies it only when accepted', () => {
  it('lists a body map area turned from never to ok, refuses it unaccepted, applies it accepted', async () => {
    const { a, b, productionId, first } = await twoVaults();
    const before = await b.run('communication.get', { productionId, personId: first });
    await b.run('communication.save', {
      productionId,
      personId: first,
      patch: { areas: { ...before.areas, breasts: 'ok' } },
    });
    const file = await send(b, productionId);

    const plan = await a.run('handoff.inspect', { path: file });
    expect(plan.counts.updated).toBe(1);
    expect(plan.consentChanges).toHaveLength(1);
    const change = plan.consentChanges[0];
    expect(change).toMatchObject({ table: 'bodyMap', kind: 'changed', conflict: false });
    expect(change?.label).toMatch(/^Body map of Performer 1/);
    expect(change?.fields).toEqual([{ field: 'Body area: Breasts', from: 'Never', to: 'OK' }]);

    const untouched = dumpVault(a.db());
    const refused = await a.handle('handoff.import', { path: file });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'CONFLICT' });
    expect(refused.ok ? '' : refused.error.message).toMatch(/1 change to a consent record awaits review/);
    expect(refused.ok ? [] : (refused.error.issues ?? []).map((i) => i.path)).toEqual([change?.id]);
    expect(dumpVault(a.db())).toBe(untouched);
    // Settling ordinary conflicts is not accepting consent changes.
    const preferred = await a.handle('handoff.import', { path: file, prefer: 'theirs' });
    expect(preferred.ok).toBe(false);
    expect(dumpVault(a.db())).toBe(untouched);

    await a.run('handoff.import', { path: file, accept: plan.consentChanges.map((c) => c.id) });
    expect((await a.run('communication.get', { productionId, personId: first })).areas.breasts).toBe('ok');
    const merge = (await a.run('audit.list', { productionId, limit: 1 }))[0];
    expect(merge?.action).toBe('handoff.merge');
    expect(merge?.newValue).toMatchObject({ consentAccepted: [change?.id] });
  });

  it('refuses a signed rider moved to another person, by the vault itself as well as by the merge', async () => {
    const { a, b, productionId, second, riderId } = await twoVaults();
    expect(() => b.db().prepare('UPDATE rider SET person_id = ? WHERE id = ?').run(second, riderId)).toThrow(
      /stays with its performer and production/,
    );
    const file = await send(b, productionId);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { tables: { rider: { id: string; personId: string }[] } };
    for (const r of doc.tables.rider) if (r.id === riderId) r.personId = second;
    writeFileSync(file, JSON.stringify(doc));

    const untouched = dumpVault(a.db());
    for (const accept of [[], [`rider:${riderId}`]]) {
      const result = await a.handle('handoff.import', { path: file, accept });
      expect(result.ok ? '' : result.error.message).toMatch(
        /Cannot import Rider for Performer 2.*stays with its performer and production/,
      );
    }
    expect(dumpVault(a.db())).toBe(untouched);
  });
});

describe('audit entries received in a merge', () => {
  it('are refused when dated before the last entry both vaults share', async () => {
    const { a, b, productionId } = await twoVaults();
    appendAudit(
      b.db(),
      { productionId, entity: 'rider', entityId: 'X', action: 'sign', actor: 'Performer 1' },
      '2020-01-01T00:00:00.000Z',
    );
    const file = await send(b, productionId);
    const untouched = dumpVault(a.db());
    const result = await a.handle('handoff.import', { path: file });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(result.ok ? '' : result.error.message).toMatch(/dated 2020-01-01T00:00:00.000Z, before .* never back-dated/);
    expect(dumpVault(a.db())).toBe(untouched);
  });

  it('are appended verbatim and marked as received, so no one passes for a local author', async () => {
    const { a, b, productionId } = await twoVaults();
    const forged = appendAudit(b.db(), {
      productionId,
      entity: 'rider',
      entityId: 'X',
      action: 'sign',
      actor: 'Rosa Lindqvist',
    });
    const plan = await a.run('handoff.import', { path: await send(b, productionId) });
    expect(plan.audit).toEqual({ added: 1, diverged: 0 });
    expect(await a.run('audit.verify', {})).toMatchObject({ ok: true });
    const mark = (id: string) =>
      a.db().prepare('SELECT received_in FROM audit_entry WHERE id = ?').pluck().get(id) as string | null;
    expect(mark(forged.id)).toMatch(/^handoff review-\d+\.json/);
    // What this vault wrote itself carries no mark.
    const own = (await a.run('audit.list', { productionId, limit: 1000 })).filter((e) => e.id !== forged.id);
    expect(own.length).toBeGreaterThan(0);
    expect(own.map((e) => mark(e.id)).filter((m) => m !== null)).toEqual([]);
  });
});
