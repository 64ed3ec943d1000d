import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../../electron/core/handoff/snapshot';
import { ALLOW_LISTS, type AllowList, cutSnapshot, FORBIDDEN } from '../../../shared/handoff/cuts';
import type { Snapshot, TableName } from '../../../shared/handoff/schema';
import { unlockedCore } from '../../helpers';
import { mark, plantedProduction } from './fixture';

let cached: Snapshot | undefined;
async function snapshot(): Promise<Snapshot> {
  if (!cached) {
    const { core } = await unlockedCore();
    const { production } = await plantedProduction(core);
    cached = readSnapshot(core.db(), production.id);
    core.dispose();
  }
  return cached;
}

const CUTS = ['costume', 'production', 'producer'] as const;

/** Replaces every string (keys' values, array items, record values) of a field with a marker. */
function plant(value: unknown, marker: string): unknown {
  if (typeof value === 'string') return marker;
  if (Array.isArray(value)) return value.length ? value.map((v) => plant(v, marker)) : [marker];
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    return Object.fromEntries(entries.length ? entries.map(([k, v]) => [k, plant(v, marker)]) : [['x', marker]]);
  }
  return marker;
}

function allowed(list: AllowList, table: TableName, field: string): boolean {
  return ((list.tables[table] ?? []) as readonly string[]).includes(field);
}

describe('recipient cuts', () => {
  it('the allow-lists never name a forbidden field', () => {
    for (const cut of CUTS) {
      for (const [table, fields] of Object.entries(FORBIDDEN[cut]) as [TableName, readonly string[] | 'all'][]) {
        if (fields === 'all') expect(ALLOW_LISTS[cut].tables[table]).toBeUndefined();
        else for (const f of fields) expect(allowed(ALLOW_LISTS[cut], table, f), `${cut} ${table}.${f}`).toBe(false);
      }
    }
  });

  it('property: a value planted in any field the cut does not allow never survives the cut', async () => {
    const base = await snapshot();
    const tables = Object.keys(base.tables) as TableName[];
    const fieldOf = fc.constantFrom(
      ...tables.flatMap((t) => Object.keys((base.tables[t] as object[])[0] ?? {}).map((f) => [t, f] as const)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CUTS),
        fieldOf,
        fc.stringMatching(/^[A-Za-z0-9]{6,12}$/),
        async (cut, [table, field], salt) => {
          const marker = `PLANT${salt}X`;
          const snap = structuredClone(base);
          const rows = snap.tables[table] as Record<string, unknown>[];
          for (const r of rows) r[field] = plant(r[field], marker);
          const out = JSON.stringify(cutSnapshot(snap, cut, 'Recipient'));
          if (!allowed(ALLOW_LISTS[cut], table, field)) expect(out).not.toContain(marker);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: fields and tables nobody has listed yet (a future domain) stay out', async () => {
    const base = await snapshot();
    await fc.assert(
      fc.property(
        fc.constantFrom(...CUTS),
        fc.constantFrom(...(Object.keys(base.tables) as TableName[])),
        fc.stringMatching(/^[a-z][A-Za-z]{2,15}$/),
        (cut, table, newField) => {
          const snap = structuredClone(base) as unknown as { tables: Record<string, Record<string, unknown>[]> };
          for (const r of snap.tables[table] ?? []) r[`${newField}Extra`] = 'LEAKMARKER';
          snap.tables.riderVersion = [{ id: 'x', terms: 'LEAKMARKER' }];
          const out = JSON.stringify(cutSnapshot(snap as unknown as Snapshot, cut, 'Recipient'));
          expect(out).not.toContain('LEAKMARKER');
          expect(out).not.toContain('riderVersion');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('costume keeps sizes and allergies and drops context, boundaries, notes and audit', async () => {
    const out = JSON.stringify(cutSnapshot(await snapshot(), 'costume', 'Wardrobe'));
    for (const keep of [mark('sizesbust', 1), mark('allergies', 1), mark('name', 2), mark('location', 1)])
      expect(out).toContain(keep);
    for (const drop of [
      'storycontext',
      'directorintent',
      'audiencesees',
      'mitigation',
      'notes',
      'auditvalue',
      'bodydoubles',
      'monitors',
    ])
      expect(out).not.toContain(mark(drop, 1));
  });

  it('production keeps the schedule, closed set and monitors and drops sizes, allergies and nudity', async () => {
    const view = cutSnapshot(await snapshot(), 'production', 'First AD');
    const out = JSON.stringify(view);
    for (const keep of [mark('closedset', 1), mark('monitors', 1), mark('location', 1), mark('name', 1)])
      expect(out).toContain(keep);
    for (const drop of ['sizesbust', 'allergies', 'storycontext', 'mitigation', 'notes', 'auditvalue'])
      expect(out).not.toContain(mark(drop, 1));
    expect(out).not.toContain('"nudity"');
    expect(out).not.toContain('adhesiveAllergy');
  });

  it('deleted scenes stay out of the costume and production cuts; the full cut keeps everything', async () => {
    const snap = await snapshot();
    expect(cutSnapshot(snap, 'costume', 'x').tables.scene).toHaveLength(2);
    expect(cutSnapshot(snap, 'production', 'x').tables.scene).toHaveLength(2);
    const full = cutSnapshot(snap, 'full', 'x');
    expect(full.tables).toEqual(snap.tables);
    expect(full.production).toEqual(snap.production);
  });
});
