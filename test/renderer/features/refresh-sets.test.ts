import { describe, expect, it } from 'vitest';
import { auditQueries, auditRefresh } from '../../../renderer/src/features/audit/queries';
import { choreographyRefresh } from '../../../renderer/src/features/choreography/queries';
import { closureRefresh } from '../../../renderer/src/features/closure/queries';
import { communicationRefresh } from '../../../renderer/src/features/communication/queries';
import { consentRefresh } from '../../../renderer/src/features/consent/queries';
import { dashboardRefresh } from '../../../renderer/src/features/dashboard/queries';
import { garmentsRefresh } from '../../../renderer/src/features/garments/queries';
import { handoffRefresh } from '../../../renderer/src/features/handoff/queries';
import { onsetRefresh } from '../../../renderer/src/features/onset/queries';
import { peopleRefresh } from '../../../renderer/src/features/people/queries';
import { productionsRefresh } from '../../../renderer/src/features/productions/queries';
import { readinessRefresh } from '../../../renderer/src/features/readiness/queries';
import { scenesRefresh } from '../../../renderer/src/features/scenes/queries';
import { searchRefresh } from '../../../renderer/src/features/search/queries';
import { trashRefresh } from '../../../renderer/src/features/trash/queries';
import { vaultRefresh } from '../../../renderer/src/features/vault/queries';
import { type Invalidator, type RefreshSet, refreshQueries } from '../../../renderer/src/lib/refresh';
import { entryFor, performUndoable, withRefresh } from '../../../renderer/src/lib/undo/undoable';
import { commands } from '../../../shared/commands';

const sorted = (set: RefreshSet) => [...set].sort();

/** A QueryClient stand-in that records every invalidation it is asked for. */
function fakeClient() {
  const calls: unknown[] = [];
  const client: Invalidator = {
    invalidateQueries: async (filters?: unknown) => {
      calls.push(filters);
    },
  };
  return { client, calls };
}

const READINESS = ['readiness.production', 'readiness.scene'];
const SCENE = ['scene.get', 'scene.list'];
const CONSENT = ['consent.production', 'consent.scene', 'rider.get', 'rider.list', 'riderTemplate.list'];
const BEATS = ['beats.get', 'beats.versions'];
const GARMENTS = [
  'garment.fittingList',
  'garment.needList',
  'garment.performers',
  'garment.scenes',
  'garment.suggest',
  'garment.typeList',
  'garment.variantList',
  'stock.ledger',
  'stock.list',
  'stock.outlook',
  'stock.pullList',
  'stock.series',
  'stock.shootDays',
];
const ONSET = ['onset.day', 'onset.days'];

describe('each domain owns its refresh set', () => {
  it('names exactly what a change in each domain can make stale', () => {
    expect(sorted(scenesRefresh())).toEqual(
      [...SCENE, ...READINESS, ...BEATS, ...CONSENT, ...GARMENTS, 'dashboard.get', ...ONSET, 'trash.list'].sort(),
    );
    expect(sorted(consentRefresh())).toEqual(
      [...CONSENT, ...READINESS, ...SCENE, ...BEATS, ...auditQueries, 'dashboard.get', ...ONSET, 'trash.list'].sort(),
    );
    expect(sorted(choreographyRefresh())).toEqual([...BEATS, ...READINESS, ...SCENE, 'dashboard.get'].sort());
    expect(sorted(communicationRefresh())).toEqual(
      [
        'checkIn.list',
        'communication.get',
        'communication.list',
        ...READINESS,
        ...SCENE,
        'dashboard.get',
        'trash.list',
      ].sort(),
    );
    expect(sorted(closureRefresh())).toEqual(
      ['closure.get', 'followUp.due', ...READINESS, ...SCENE, 'dashboard.get', ...ONSET, 'trash.list'].sort(),
    );
    expect(sorted(garmentsRefresh())).toEqual([...GARMENTS, 'trash.list'].sort());
    expect(sorted(onsetRefresh())).toEqual([...ONSET, 'dashboard.get', 'rider.get', 'trash.list'].sort());
    expect(sorted(peopleRefresh())).toEqual(
      [
        'member.list',
        'person.get',
        'person.list',
        ...SCENE,
        ...CONSENT,
        ...GARMENTS,
        ...READINESS,
        'dashboard.get',
        ...ONSET,
        'trash.list',
      ].sort(),
    );
    expect(sorted(productionsRefresh())).toEqual(
      ['production.get', 'production.list', ...CONSENT, ...READINESS, 'dashboard.get', ...ONSET].sort(),
    );
    expect(sorted(vaultRefresh())).toEqual(
      ['app.settings', 'app.status', 'session.status', 'vault.backups', 'vault.owner', 'vault.rememberStatus'].sort(),
    );
    expect(sorted(readinessRefresh())).toEqual(READINESS);
    expect(sorted(dashboardRefresh())).toEqual(['dashboard.get']);
    expect(sorted(auditRefresh())).toEqual(['audit.list', 'audit.verify']);
    expect(sorted(searchRefresh())).toEqual(['search.query']);
  });

  it('refreshes after a restore or an import only the domains those can touch, never the vault', () => {
    const restore = trashRefresh();
    for (const set of [scenesRefresh(), peopleRefresh(), consentRefresh(), garmentsRefresh(), onsetRefresh()]) {
      expect(restore).toEqual(expect.arrayContaining([...set]));
    }
    for (const set of [restore, handoffRefresh()]) {
      expect(set).not.toContain('app.status');
      expect(set).not.toContain('vault.owner');
      expect(set).not.toContain('search.query');
    }
    expect(handoffRefresh()).toEqual(expect.arrayContaining(['production.list', 'person.list', 'scene.list']));
  });

  it('names only commands that exist, each once', () => {
    const all = [
      scenesRefresh,
      consentRefresh,
      choreographyRefresh,
      communicationRefresh,
      closureRefresh,
      garmentsRefresh,
      onsetRefresh,
      peopleRefresh,
      productionsRefresh,
      vaultRefresh,
      trashRefresh,
      handoffRefresh,
    ];
    for (const set of all.map((f) => f())) {
      for (const name of set) expect(Object.hasOwn(commands, name)).toBe(true);
      expect(new Set(set).size).toBe(set.length);
    }
  });
});

describe('mutations and undo refresh their domain set, never everything', () => {
  it('invalidates one query key per command in the set', async () => {
    const { client, calls } = fakeClient();
    await refreshQueries(client, choreographyRefresh());
    expect(calls).toEqual(choreographyRefresh().map((name) => ({ queryKey: [name] })));
  });

  it('an undoable action refreshes its set after running, and its entry after undo and redo', async () => {
    const { client, calls } = fakeClient();
    const recorded: Parameters<typeof withRefresh>[0][] = [];
    const result = await performUndoable(
      { label: 'Beat 2 moved', refresh: choreographyRefresh(), run: async () => 'ok', undo: async () => undefined },
      (entry) => recorded.push(entry),
      client,
    );
    expect(result).toBe('ok');
    expect(calls).toEqual(choreographyRefresh().map((name) => ({ queryKey: [name] })));
    expect(calls).not.toContain(undefined);

    calls.length = 0;
    const [entry] = recorded;
    if (!entry) throw new Error('nothing recorded');
    const refreshing = withRefresh(entry, client);
    await refreshing.undo();
    await refreshing.redo?.();
    expect(calls).toEqual([...choreographyRefresh(), ...choreographyRefresh()].map((name) => ({ queryKey: [name] })));
  });

  it('refreshes the set even when the command fails, and records nothing', async () => {
    const { client, calls } = fakeClient();
    const recorded: unknown[] = [];
    await expect(
      performUndoable(
        {
          label: 'Scene added',
          refresh: scenesRefresh(),
          run: () => Promise.reject(new Error('Scene 12A already exists')),
          undo: async () => undefined,
        },
        (entry) => recorded.push(entry),
        client,
      ),
    ).rejects.toThrow('already exists');
    expect(recorded).toEqual([]);
    expect(calls).toEqual(scenesRefresh().map((name) => ({ queryKey: [name] })));
  });

  it('an entry carries the refresh set of the action that made it', () => {
    const entry = entryFor(
      { label: 'Rider saved', refresh: consentRefresh(), run: async () => 1, undo: async () => undefined },
      1,
    );
    expect(entry.refresh).toEqual(consentRefresh());
  });

  it('a failing undo still refreshes its set', async () => {
    const { client, calls } = fakeClient();
    const entry = withRefresh(
      { label: 'Need removed', refresh: garmentsRefresh(), undo: () => Promise.reject(new Error('gone')) },
      client,
    );
    await expect(entry.undo()).rejects.toThrow('gone');
    expect(calls).toEqual(garmentsRefresh().map((name) => ({ queryKey: [name] })));
  });
});

describe('no screen refreshes everything', () => {
  it('has no bare invalidateQueries() and no predicate sweeps in renderer/src', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, '../../../renderer/src');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
    const offenders = files.filter((f) => {
      const text = readFileSync(join(root, f), 'utf8');
      return /invalidateQueries\(\s*\)|refetchQueries\(\s*\)|invalidateQueries\(\{\s*predicate/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
