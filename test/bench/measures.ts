import type { Db } from '../../electron/core/vault/connection';
import type { CommandName } from '../../shared/commands';
import type { Generated } from './generate';

/** A door to the command table: `core.handle` for the vault, the same steps for the plain file. */
export interface BenchDoor {
  /** Runs a command as a door does and returns its value; throws with the error body when it fails. */
  call(name: CommandName, input: unknown): Promise<unknown>;
}

export interface MeasureContext {
  db: Db;
  door: BenchDoor;
  data: Generated;
  kind: 'encrypted' | 'plain';
  /** A scratch folder for files a figure writes. */
  dir: string;
  /** A new, empty, migrated database of the same kind (for imports). */
  fresh: () => Db;
}

/**
 * One figure of the benchmark. `interactive` figures are what a user waits on while clicking
 * around (target: under 50 ms at full scale). New figures (dashboard, search, readiness, pull
 * list, export, import) are added here as their services land on main.
 */
export interface Measure {
  name: string;
  interactive: boolean;
  /** Untimed preparation before each run; its value is handed to `run` and `after`. */
  before?: (ctx: MeasureContext) => unknown;
  run: (ctx: MeasureContext, prepared: unknown) => unknown;
  after?: (prepared: unknown) => void;
}

/** A figure timed as the user waits for it: the command through the door (input parsed, output checked). */
const via =
  (name: CommandName, input: (ctx: MeasureContext, prepared: unknown) => unknown) =>
  (ctx: MeasureContext, prepared: unknown) =>
    ctx.door.call(name, input(ctx, prepared));

export const measures: Measure[] = [
  { name: 'production.list', interactive: true, run: via('production.list', () => ({ includeArchived: true })) },
  {
    name: 'scene.list (default: shooting order, with readiness)',
    interactive: true,
    run: via('scene.list', ({ data }) => ({ productionId: data.focusProductionId })),
  },
  {
    name: 'scene.list filtered (one week, blocked)',
    interactive: true,
    run: via('scene.list', ({ data }) => ({
      productionId: data.focusProductionId,
      readiness: 'blocked',
      shootDateFrom: '2026-12-03',
      shootDateTo: '2026-12-10',
    })),
  },
  {
    name: 'scene.list filtered (episode, one week, incomplete, by number)',
    interactive: true,
    run: via('scene.list', ({ data }) => ({
      productionId: data.focusProductionId,
      episode: '101',
      shootDateFrom: '2026-12-03',
      shootDateTo: '2026-12-10',
      readiness: 'incomplete',
      sort: 'number',
    })),
  },
  {
    name: 'scene.list filtered by performer, sorted by readiness',
    interactive: true,
    run: via('scene.list', ({ data }) => ({
      productionId: data.focusProductionId,
      performerId: data.focusPerformerId,
      sort: 'readiness',
    })),
  },
  {
    name: 'readiness.production (every scene, five pillars)',
    interactive: true,
    run: via('readiness.production', ({ data }) => ({ productionId: data.focusProductionId })),
  },
  {
    // The first read after any change computes readiness afresh (later reads reuse it until the next change).
    name: 'readiness.production right after a change',
    interactive: true,
    before: ({ db, data }) =>
      db.prepare('UPDATE production SET updated_at = updated_at WHERE id = ?').run(data.focusProductionId),
    run: via('readiness.production', ({ data }) => ({ productionId: data.focusProductionId })),
  },
  {
    name: 'scene.list filtered (one week, blocked) right after a change',
    interactive: true,
    before: ({ db, data }) =>
      db.prepare('UPDATE production SET updated_at = updated_at WHERE id = ?').run(data.focusProductionId),
    run: via('scene.list', ({ data }) => ({
      productionId: data.focusProductionId,
      readiness: 'blocked',
      shootDateFrom: '2026-12-03',
      shootDateTo: '2026-12-10',
    })),
  },
  { name: 'person.list (vault-wide)', interactive: true, run: via('person.list', () => ({})) },
  {
    name: "member.list (a production's cast and crew)",
    interactive: true,
    run: via('member.list', ({ data }) => ({ productionId: data.focusProductionId })),
  },
  {
    name: "audit.list (a production's latest 500)",
    interactive: true,
    run: via('audit.list', ({ data }) => ({ productionId: data.focusProductionId, limit: 500 })),
  },
  {
    name: "audit.verify (one production's chain)",
    interactive: false,
    run: async (ctx) => {
      const v = (await ctx.door.call('audit.verify', { productionId: ctx.data.focusProductionId })) as { ok: boolean };
      if (!v.ok) throw new Error('the generated audit chain does not verify');
      return v;
    },
  },
  {
    name: 'audit.verify (every chain)',
    interactive: false,
    run: async (ctx) => {
      const v = (await ctx.door.call('audit.verify', {})) as { ok: boolean };
      if (!v.ok) throw new Error('the generated audit chains do not verify');
      return v;
    },
  },
  {
    name: "dashboard.get (a production's dashboard)",
    interactive: true,
    run: via('dashboard.get', ({ data }) => ({
      productionId: data.focusProductionId,
      now: `${data.focusShootDate}T00:00:00.000Z`,
    })),
  },
  {
    name: 'onset.day (a shoot day in on-set mode)',
    interactive: true,
    run: via('onset.day', ({ data }) => ({ productionId: data.focusProductionId, date: data.focusShootDate })),
  },
  {
    name: 'search.query (vault, "li")',
    interactive: true,
    run: via('search.query', () => ({ text: 'li', productionId: null, limit: 20 })),
  },
  {
    name: 'search.query (one production, "sc")',
    interactive: true,
    run: via('search.query', ({ data }) => ({ text: 'sc', productionId: data.focusProductionId, limit: 20 })),
  },
];
