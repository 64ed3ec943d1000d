import { listAudit, verifyAudit } from '../../electron/core/audit/trail';
import { getDashboard } from '../../electron/core/dashboard/dashboard';
import { getOnSetDay } from '../../electron/core/onset/onset';
import { listMembers, listPeople } from '../../electron/core/people/people';
import { listProductions } from '../../electron/core/productions/productions';
import { readinessOf } from '../../electron/core/readiness/readiness';
import { queryScenes } from '../../electron/core/scenes/query';
import { listScenes } from '../../electron/core/scenes/scenes';
import { ensureSearchIndex, search } from '../../electron/core/search/search';
import type { Db } from '../../electron/core/vault/connection';
import { SceneListQuery } from '../../shared/scenes/query';
import type { Generated } from './generate';

export interface MeasureContext {
  db: Db;
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

/** `scene.list` exactly as the command runs it: the input parsed (defaults applied) by its schema. */
const sceneList = (db: Db, input: SceneListQuery) => queryScenes(db, SceneListQuery.parse(input));

export const measures: Measure[] = [
  { name: 'list productions', interactive: true, run: ({ db }) => listProductions(db, true) },
  {
    name: "list a production's scenes",
    interactive: true,
    run: ({ db, data }) => listScenes(db, data.focusProductionId),
  },
  {
    name: 'filter scenes (high risk, one week)',
    interactive: true,
    run: ({ db, data }) =>
      listScenes(db, data.focusProductionId).filter(
        (s) =>
          s.riskLevel === 'high' && s.shootDate !== null && s.shootDate >= '2026-12-03' && s.shootDate <= '2026-12-10',
      ),
  },
  {
    name: 'scene.list (default: shooting order, with readiness)',
    interactive: true,
    run: ({ db, data }) => sceneList(db, { productionId: data.focusProductionId }),
  },
  {
    name: 'scene.list filtered (episode, one week, incomplete, by number)',
    interactive: true,
    run: ({ db, data }) =>
      sceneList(db, {
        productionId: data.focusProductionId,
        episode: '101',
        shootDateFrom: '2026-12-03',
        shootDateTo: '2026-12-10',
        readiness: 'incomplete',
        sort: 'number',
      }),
  },
  {
    name: 'scene.list filtered by performer, sorted by readiness',
    interactive: true,
    run: ({ db, data }) =>
      sceneList(db, { productionId: data.focusProductionId, performerId: data.focusPerformerId, sort: 'readiness' }),
  },
  {
    name: 'readiness.production (every scene, five pillars)',
    interactive: true,
    run: ({ db, data }) => readinessOf(db, { productionId: data.focusProductionId }),
  },
  { name: 'list people (vault-wide)', interactive: true, run: ({ db }) => listPeople(db, false) },
  {
    name: "list a production's cast and crew",
    interactive: true,
    run: ({ db, data }) => listMembers(db, data.focusProductionId),
  },
  {
    name: "a production's audit trail (latest 500)",
    interactive: true,
    run: ({ db, data }) => listAudit(db, { productionId: data.focusProductionId, limit: 500 }),
  },
  {
    name: "verify one production's audit chain",
    interactive: false,
    run: ({ db, data }) => {
      const v = verifyAudit(db, data.focusProductionId);
      if (!v.ok) throw new Error('the generated audit chain does not verify');
      return v;
    },
  },
  {
    name: 'verify every audit chain',
    interactive: false,
    run: ({ db }) => {
      const v = verifyAudit(db);
      if (!v.ok) throw new Error('the generated audit chains do not verify');
      return v;
    },
  },
  {
    name: "open a production's dashboard",
    interactive: true,
    run: ({ db, data }) => getDashboard(db, data.focusProductionId, new Date(`${data.focusShootDate}T00:00:00Z`)),
  },
  {
    name: 'a shoot day in on-set mode',
    interactive: true,
    run: ({ db, data }) => getOnSetDay(db, data.focusProductionId, data.focusShootDate),
  },
  {
    // As the handler does: the first run (re)builds the index if the registry changed, then it is one read.
    name: 'search as you type (vault, "li")',
    interactive: true,
    run: ({ db }) => {
      ensureSearchIndex(db);
      return search(db, { text: 'li', productionId: null, limit: 20 });
    },
  },
  {
    name: 'search as you type (one production, "sc")',
    interactive: true,
    run: ({ db, data }) => {
      ensureSearchIndex(db);
      return search(db, { text: 'sc', productionId: data.focusProductionId, limit: 20 });
    },
  },
];
