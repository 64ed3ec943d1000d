import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportJsonSchema } from '../../../electron/core/handoff/json-schema';
import { readSnapshot } from '../../../electron/core/handoff/snapshot';
import { Snapshot } from '../../../shared/handoff/schema';
import { newCore, PASS, tempDir, unlockedCore } from '../../helpers';
import { mark, plantedProduction, withoutSeededStamps } from './fixture';

/** The export time aside; see withoutSeededStamps for the catalog's built-in types. */
const withoutStamp = (text: string) => {
  const doc = JSON.parse(text) as { exportedAt?: string; tables: object };
  delete doc.exportedAt;
  return withoutSeededStamps(doc);
};

describe('the production snapshot', () => {
  it('reads the whole production, deleted records included, and validates against its schema', async () => {
    const { core } = await unlockedCore();
    const { production, scenes } = await plantedProduction(core);
    const snap = readSnapshot(core.db(), production.id);
    expect(Snapshot.safeParse(snap).success).toBe(true);
    expect(snap.formatVersion).toBe(1);
    expect(snap.production.id).toBe(production.id);
    expect(snap.tables.person.map((p) => p.name).sort()).toEqual(
      [`Crew ${mark('crewname')}`, `Performer 1 ${mark('name', 1)}`, `Performer 2 ${mark('name', 2)}`].sort(),
    );
    expect(snap.tables.productionMember).toHaveLength(3);
    expect(snap.tables.scene.map((s) => s.id).sort()).toEqual(scenes.map((s) => s.id).sort());
    expect(snap.tables.scene.filter((s) => s.deletedAt !== null)).toHaveLength(1);
    expect(snap.tables.scenePerformer).toHaveLength(6);
    expect(snap.tables.auditEntry.filter((e) => e.newValue?.includes(mark('auditvalue', 1)))).toHaveLength(3);
    expect(snap.tables.bodyMap?.map((m) => m.breakSignal).sort()).toEqual([
      mark('breaksignal', 1),
      mark('breaksignal', 2),
    ]);
    expect(snap.tables.bodyMap?.find((m) => m.breakSignal === mark('breaksignal', 1))?.areas.breasts).toBe('never');
    expect(snap.tables.checkIn).toHaveLength(2);
    expect(snap.tables.beatVersion?.map((v) => v.version)).toEqual([1, 2]);
    // Version 2 carried beat 1 over (same id) and added one.
    expect(snap.tables.beat).toHaveLength(3);
    expect(new Set(snap.tables.beat?.map((b) => b.id)).size).toBe(2);
    expect(snap.tables.closure?.map((c) => c.debrief).sort()).toEqual([mark('debrief', 1), mark('debrief', 2)]);
    expect(snap.tables.followUp).toHaveLength(2);
    expect(snap.tables.garmentType?.map((t) => t.name).sort()).toEqual(['Nipple cover', 'Strapless thong']);
    expect(snap.tables.garmentVariant).toHaveLength(2);
    expect(snap.tables.garmentNeed).toHaveLength(4);
    expect(snap.tables.garmentMovement?.map((m) => m.kind)).toEqual(['received', 'received', 'issued', 'returned']);
    expect(snap.tables.garmentMovement?.[0]).not.toHaveProperty('seq');
    expect(snap.tables.person.find((p) => p.adhesiveAllergy)?.sizes.bust).toBe(mark('sizesbust', 1));
  });

  it('leaves out other productions and people who are not in this one', async () => {
    const { core } = await unlockedCore();
    const { production } = await plantedProduction(core, 'First');
    await plantedProduction(core, 'Second');
    await core.run('person.create', { name: 'Unrelated Person' });
    const snap = readSnapshot(core.db(), production.id);
    expect(snap.tables.person).toHaveLength(3);
    expect(JSON.stringify(snap)).not.toContain('Unrelated Person');
    expect(snap.tables.scene.every((s) => s.productionId === production.id)).toBe(true);
  });

  it('JSON: export, import into an empty vault, export again gives the same content', async () => {
    const { core, dir } = await unlockedCore();
    const { production } = await plantedProduction(core);
    const first = path.join(dir, 'first.json');
    await core.run('handoff.export', {
      productionId: production.id,
      format: 'json',
      recipient: 'Archive',
      path: first,
    });

    const other = newCore(tempDir());
    const otherDir = tempDir();
    await other.run('vault.create', { path: path.join(otherDir, 'b.closedset'), passphrase: PASS });
    const plan = await other.run('handoff.import', { path: first });
    expect(plan.mode).toBe('new');
    expect(plan.conflicts).toEqual([]);
    const second = path.join(otherDir, 'second.json');
    await other.run('handoff.export', {
      productionId: production.id,
      format: 'json',
      recipient: 'Archive',
      path: second,
    });
    expect(withoutStamp(readFileSync(second, 'utf8'))).toEqual(withoutStamp(readFileSync(first, 'utf8')));
    expect((await other.run('audit.verify', {})).ok).toBe(true);
    other.dispose();
  });

  it('importing the same export twice changes nothing the second time', async () => {
    const { core, dir } = await unlockedCore();
    const { production } = await plantedProduction(core);
    const file = path.join(dir, 'p.json');
    await core.run('handoff.export', { productionId: production.id, format: 'json', recipient: 'Archive', path: file });
    const before = readSnapshot(core.db(), production.id, new Date(0));
    const plan = await core.run('handoff.import', { path: file });
    expect(plan.mode).toBe('merge');
    expect(plan.counts.added + plan.counts.updated).toBe(0);
    expect(plan.counts.unchanged).toBeGreaterThan(10);
    expect(plan.audit).toEqual({ added: 0, diverged: 0 });
    expect(readSnapshot(core.db(), production.id, new Date(0))).toEqual(before);
  });

  it('the committed docs/export-schema.json is generated from the current schemas', () => {
    const committed = readFileSync(path.join(import.meta.dirname, '../../../docs/export-schema.json'), 'utf8');
    // Compared as JSON: the formatter may lay the committed file out differently.
    expect(JSON.parse(committed)).toEqual(JSON.parse(exportJsonSchema()));
  });
});
