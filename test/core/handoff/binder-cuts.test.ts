import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDerived } from '../../../electron/core/handoff/derived';
import { readSnapshot } from '../../../electron/core/handoff/snapshot';
import { cutSnapshot } from '../../../shared/handoff/cuts';
import { unlockedCore } from '../../helpers';
import { mark, plantedProduction } from './fixture';

/** Every marker binder-fixture.ts plants in a pillar's free text. */
const PILLAR_MARKS = [
  'boundarynotes',
  'breaksignal',
  'preferredname',
  'notify',
  'attendees',
  'agreed',
  'beattitle',
  'bodyposition',
  'cameraangle',
  'onscreen',
  'beatdescription',
  'versionnote',
  'practicenote',
  'debrief',
  'nextshoot',
  'followup',
].flatMap((f) => [mark(f, 1), mark(f, 2)]);
const GARMENT_MARKS = ['supplier', 'neednote', 'movementnote'].flatMap((f) => [mark(f, 1), mark(f, 2)]);

async function planted() {
  const { core, dir } = await unlockedCore();
  const p = await plantedProduction(core);
  const id = p.production.id;
  return { core, dir, id, snap: readSnapshot(core.db(), id) };
}

describe('cuts of the binder pillars and garments', () => {
  it('costume carries needs, catalog, ledger and pull lists, and nothing of body maps, beats or closure', async () => {
    const { core, id, snap } = await planted();
    const view = cutSnapshot(snap, 'costume', 'Wardrobe', new Date(), readDerived(core.db(), id, 'costume'));
    const out = JSON.stringify(view);
    for (const keep of GARMENT_MARKS) expect(out).toContain(keep);
    for (const drop of PILLAR_MARKS) expect(out, drop).not.toContain(drop);
    expect(view.tables.garmentNeed).toHaveLength(4);
    expect(view.tables.garmentMovement).toHaveLength(4);
    expect(Object.keys(view.derived)).toEqual(['pullLists']);
    expect(view.derived.pullLists?.map((l) => l.date)).toEqual(['2026-12-02', '2026-12-03']);
    expect(view.derived.pullLists?.[0]?.lines.map((l) => l.variant.code).sort()).toEqual(
      snap.tables.garmentVariant?.map((v) => v.code).sort(),
    );
    for (const t of ['bodyMap', 'checkIn', 'beatVersion', 'beat', 'closure', 'followUp'] as const)
      expect(view.tables[t]).toBeUndefined();
  });

  it('production carries readiness as statuses only, and no pillar content, garment or size', async () => {
    const { core, id, snap } = await planted();
    const view = cutSnapshot(snap, 'production', 'First AD', new Date(), readDerived(core.db(), id, 'production'));
    const out = JSON.stringify(view);
    for (const drop of [...PILLAR_MARKS, ...GARMENT_MARKS, mark('sizesbust', 1)]) expect(out, drop).not.toContain(drop);
    expect(Object.keys(view.derived)).toEqual(['readiness']);
    const live = snap.tables.scene.filter((s) => !s.deletedAt).map((s) => s.id);
    expect(view.derived.readiness?.map((r) => r.sceneId).sort()).toEqual([...live].sort());
    const first = view.derived.readiness?.[0];
    expect(Object.keys(first?.pillars ?? {}).sort()).toEqual([
      'choreography',
      'closure',
      'communication',
      'consent',
      'context',
    ]);
    // Statuses, never the sentences that name what is missing (those can quote a performer's data).
    for (const r of view.derived.readiness ?? [])
      for (const status of Object.values(r.pillars)) expect(['complete', 'incomplete', 'blocked']).toContain(status);
  });

  it('the full binder carries every pillar, the beat flags and the pull lists', async () => {
    const { core, id, snap } = await planted();
    const view = cutSnapshot(snap, 'full', 'Me', new Date(), readDerived(core.db(), id, 'full'));
    const out = JSON.stringify(view);
    for (const keep of [...PILLAR_MARKS, ...GARMENT_MARKS]) expect(out).toContain(keep);
    const scene = snap.tables.beatVersion?.[0]?.sceneId ?? '';
    // The planted beats touch an "ask first" area (upper back) of performer 1: flagged.
    expect(view.derived.beatFlags?.[scene]?.some((f) => f.area === 'back-upper' && f.severity === 'ask')).toBe(true);
    expect(view.derived.pullLists?.length).toBe(2);
  });

  it('an exported production JSON cut carries the readiness table and none of the pillar content', async () => {
    const { core, dir, id } = await planted();
    const file = path.join(dir, 'ad.json');
    await core.run('handoff.export', {
      productionId: id,
      format: 'json',
      cut: 'production',
      recipient: 'AD',
      path: file,
    });
    const text = readFileSync(file, 'utf8');
    for (const drop of PILLAR_MARKS) expect(text).not.toContain(drop);
    const doc = JSON.parse(text) as { derived: { readiness: unknown[] } };
    expect(doc.derived.readiness).toHaveLength(2);
  });
});
