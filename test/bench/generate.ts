import { entryHash, GENESIS } from '../../electron/core/audit/trail';
import type { Db } from '../../electron/core/vault/connection';
import { INTIMACY_TYPES, NUDITY_LEVELS, RISK_LEVELS } from '../../shared/scenes/schema';

/** The synthetic workload's size; the full run meets the minimums. */
export interface Scale {
  productions: number;
  scenesPerProduction: number;
  people: number;
  membersPerProduction: number;
  performersPerScene: number;
  auditEntries: number;
  /**
   * How many times bigger the first production is than the others (the "prod" shape: one long
   * series with many more scenes, episodes, cast, riders, ledger movements and audit entries).
   */
  focusFactor: number;
}

export const FULL: Scale = {
  productions: 20,
  scenesPerProduction: 100,
  people: 1000,
  membersPerProduction: 60,
  performersPerScene: 2,
  auditEntries: 50_000,
  focusFactor: 1,
};

/** The slate's productions at 1x: rider versions and ledger movements are spread over this many. */
export const BASE_PRODUCTIONS = FULL.productions;

/**
 * The slate grown `factor` times: "vault" multiplies the productions (and people, audit entries:
 * more of the same), "prod" makes the first production `factor` times bigger, the others unchanged.
 */
export function scaled(shape: 'vault' | 'prod', factor: number): Scale {
  if (shape === 'vault')
    return {
      ...FULL,
      productions: FULL.productions * factor,
      people: FULL.people * factor,
      auditEntries: FULL.auditEntries * factor,
    };
  return { ...FULL, focusFactor: factor };
}

/** A seeded PRNG (mulberry32): the encrypted and plain files get byte-for-byte the same rows. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function idFor(rand: () => number, time: number): string {
  let t = '';
  let n = time;
  for (let i = 0; i < 10; i++) {
    t = CROCKFORD[n % 32] + t;
    n = Math.floor(n / 32);
  }
  let r = '';
  for (let i = 0; i < 16; i++) r += CROCKFORD[Math.floor(rand() * 32)];
  return t + r;
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const FIRST = ['Ada', 'Bea', 'Cal', 'Dev', 'Eli', 'Fen', 'Gus', 'Hal', 'Ivo', 'Jun', 'Kai', 'Lea', 'Mo', 'Nia', 'Oz'];
const LAST = ['Marsh', 'Reed', 'Stone', 'Vale', 'Hart', 'Frost', 'Lowe', 'Quill', 'Park', 'Wren', 'Shaw', 'Tate'];
const LOCATIONS = ['Stage 4, bedroom set', 'Lighthouse interior', 'Harbour cottage', 'Hotel corridor', 'Beach, night'];
const MITIGATION =
  'Closed set, monitors restricted to director and IC, modesty garments and barriers fitted in advance.';
const CONTEXT = 'The couple reconcile after the storm; the scene marks a turning point in their trust. ';

export interface Generated {
  productionIds: string[];
  /** The production with the most scenes, used for the per-production figures. */
  focusProductionId: string;
  /** A shoot date in the focus production that has scenes. */
  focusShootDate: string;
  /** A performer cast in the focus production. */
  focusPerformerId: string;
  rows: Record<string, number>;
}

/**
 * Fills an empty, migrated vault with a synthetic production slate in one transaction, with
 * batched prepared inserts straight into the real schema (going through the commands would
 * take minutes and measure the generator, not the app). Tables other engineers add are filled by
 * generators registered in `extraGenerators` once their schema is on main.
 */
export function generate(db: Db, scale: Scale, seed = 20261201): Generated {
  const rand = prng(seed);
  const base = Date.parse('2026-06-01T09:00:00Z');
  let clock = 0;
  const nextId = () => idFor(rand, base + clock++);
  const at = (i: number) => new Date(base + i * 60_000).toISOString();
  const rows: Record<string, number> = {};
  const count = (table: string, n = 1) => {
    rows[table] = (rows[table] ?? 0) + n;
  };

  const productionIds: string[] = [];
  // A production's size relative to a 1x one: the focus production is `focusFactor` times bigger.
  const factorOf = (p: number) => (p === 0 ? scale.focusFactor : 1);
  let focusShootDate = '2026-12-01';
  let focusPerformerId = '';
  db.transaction(() => {
    const insProduction = db.prepare(
      `INSERT INTO production (id, title, type, company, union_status, start_date, end_date, time_zone, status, notice_hours, created_at, updated_at)
       VALUES (?, ?, 'series', 'Saltmarsh Pictures Ltd', 'sag-aftra', '2026-11-30', '2027-03-12', 'America/Vancouver', 'shooting', 48, ?, ?)`,
    );
    for (let p = 0; p < scale.productions; p++) {
      const id = nextId();
      insProduction.run(id, `Production ${String(p + 1).padStart(2, '0')}: ${pick(rand, LAST)} Point`, at(p), at(p));
      productionIds.push(id);
      count('production');
    }

    const insPerson = db.prepare(
      `INSERT INTO person (id, name, pronouns, email, phone, date_of_birth, is_minor, sizes, allergies, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, '', ?, 0, ?, ?, ?, ?, ?)`,
    );
    const people: string[] = [];
    for (let i = 0; i < scale.people; i++) {
      const id = nextId();
      const name = `${pick(rand, FIRST)} ${pick(rand, LAST)} ${i}`;
      const sizes = JSON.stringify({ clothing: pick(rand, ['S', 'M', 'L']), waist: `${26 + Math.floor(rand() * 14)}` });
      insPerson.run(
        id,
        name,
        pick(rand, ['she/her', 'he/him', 'they/them']),
        `person${i}@example.org`,
        `19${70 + Math.floor(rand() * 30)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
        sizes,
        rand() < 0.1 ? 'Latex; some medical adhesives' : '',
        rand() < 0.3 ? 'Prefers a check-in before each take and a robe between set-ups.' : '',
        at(i),
        at(i),
      );
      people.push(id);
      count('person');
    }

    const insMember = db.prepare(
      `INSERT INTO production_member (id, production_id, person_id, role, character_name, department, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insScene = db.prepare(
      `INSERT INTO scene (id, production_id, number, episode, page_eighths, script_day, shoot_date, call_time, location,
         intimacy_types, risk_level, mitigation, closed_set, story_context, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insPerformer = db.prepare(
      `INSERT INTO scene_performer (scene_id, person_id, nudity, simulated_sex, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const [p, productionId] of productionIds.entries()) {
      const members: string[] = [];
      const offset = Math.floor(rand() * scale.people);
      const memberCount = Math.min(scale.membersPerProduction * factorOf(p), people.length);
      for (let m = 0; m < memberCount; m++) {
        const personId = people[(offset + m) % people.length] as string;
        const role = m < memberCount / 2 ? 'performer' : m % 3 === 0 ? 'crew' : 'background';
        insMember.run(
          nextId(),
          productionId,
          personId,
          role,
          role === 'performer' ? `Character ${m}` : '',
          role === 'crew' ? 'Costume' : '',
          at(m),
          at(m),
        );
        if (role === 'performer') members.push(personId);
        if (p === 0 && role === 'performer' && !focusPerformerId) focusPerformerId = personId;
        count('production_member');
      }
      // A long series has more episodes: eight per 100 scenes.
      const episodes = 8 * factorOf(p);
      for (let s = 0; s < scale.scenesPerProduction * factorOf(p); s++) {
        const sceneId = nextId();
        const day = 1 + Math.floor(s / 4);
        const date = new Date(Date.UTC(2026, 11, day)).toISOString().slice(0, 10);
        if (p === 0 && s === 0) focusShootDate = date;
        insScene.run(
          sceneId,
          productionId,
          `${s + 1}${s % 5 === 0 ? 'A' : ''}`,
          String(101 + (s % episodes)),
          1 + Math.floor(rand() * 24),
          `Day ${day}`,
          date,
          `${String(6 + (s % 4) * 2).padStart(2, '0')}:30`,
          pick(rand, LOCATIONS),
          JSON.stringify([pick(rand, INTIMACY_TYPES)]),
          pick(rand, RISK_LEVELS),
          MITIGATION,
          JSON.stringify(['Director', 'DP', 'Intimacy coordinator', 'Boom operator']),
          CONTEXT.repeat(1 + Math.floor(rand() * 4)),
          at(s),
          at(s),
        );
        count('scene');
        const cast = new Set<string>();
        while (cast.size < Math.min(scale.performersPerScene, members.length)) cast.add(pick(rand, members));
        for (const personId of cast) {
          insPerformer.run(sceneId, personId, pick(rand, NUDITY_LEVELS), rand() < 0.3 ? 1 : 0, at(s), at(s));
          count('scene_performer');
        }
      }
    }

    // Audit chains: spread over the productions, each entry hashed onto its production's chain.
    const insAudit = db.prepare(
      `INSERT INTO audit_entry (id, at, production_id, entity, entity_id, action, actor, old_value, new_value, prev_hash, hash)
       VALUES (@id, @at, @productionId, @entity, @entityId, @action, @actor, @oldValue, @newValue, @prevHash, @hash)`,
    );
    const heads = new Map<string, string>();
    // Round-robin over the productions, each taking its share (the focus production `focusFactor` shares).
    const share = scale.auditEntries / scale.productions;
    const quota = productionIds.map((_, p) => Math.round(share * factorOf(p)));
    const order: string[] = [];
    for (let round = 0; order.length < quota.reduce((a, b) => a + b, 0); round++)
      for (const [p, id] of productionIds.entries()) if ((quota[p] as number) > round) order.push(id);
    for (const [i, productionId] of order.entries()) {
      const entry = {
        id: nextId(),
        at: at(i),
        productionId,
        entity: pick(rand, ['scene', 'person', 'member']),
        entityId: nextId(),
        action: pick(rand, ['create', 'update', 'delete']),
        actor: 'Intimacy coordinator',
        oldValue: JSON.stringify({ riskLevel: 'low', mitigation: 'Closed set' }),
        newValue: JSON.stringify({ riskLevel: 'medium', mitigation: MITIGATION }),
        prevHash: heads.get(productionId) ?? GENESIS,
      };
      const hash = entryHash(entry);
      insAudit.run({ ...entry, hash });
      heads.set(productionId, hash);
      count('audit_entry');
    }

    for (const g of extraGenerators) {
      if (!tableExists(db, g.table)) continue;
      const weights = new Map(productionIds.map((id, p) => [id, factorOf(p)]));
      const written = g.fill(db, { rand, nextId, at, productionIds, people, weightOf: (id) => weights.get(id) ?? 1 });
      if (typeof written === 'number') count(g.table, written);
      else for (const [table, n] of Object.entries(written)) count(table, n);
    }
  })();
  return { productionIds, focusProductionId: productionIds[0] as string, focusShootDate, focusPerformerId, rows };
}

export function tableExists(db: Db, table: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) !== undefined;
}

export interface GeneratorContext {
  rand: () => number;
  nextId: () => string;
  at: (i: number) => string;
  productionIds: string[];
  people: string[];
  /** A production's size relative to a 1x production (the focus production's `focusFactor`). */
  weightOf: (productionId: string) => number;
}

/**
 * Generators for tables that land on main later (rider versions, garment ledger movements...):
 * each fills its tables and returns how many rows it wrote (to `table`, or per table); skipped while
 * `table` does not exist.
 */
export const extraGenerators: {
  table: string;
  fill: (db: Db, ctx: GeneratorContext) => number | Record<string, number>;
}[] = [];
