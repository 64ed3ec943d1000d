import { buildTodos, datesFrom } from '../../../shared/dashboard/rules';
import type { Dashboard, DashboardScene, PillarMark } from '../../../shared/dashboard/schema';
import { callInstant, todayIn } from '../../../shared/kit/time';
import { rollGate } from '../../../shared/readiness/rules';
import { PILLARS, type SceneReadiness } from '../../../shared/readiness/schema';
import { sceneLabel } from '../../../shared/scenes/rules';
import { readProductionConsent } from '../consent/status';
import { getProduction } from '../productions/productions';
import { readinessOf } from '../readiness/readiness';
import {
  type RosterRow,
  rosterFromRow,
  UPCOMING_SCENE_COLUMNS,
  type UpcomingSceneRow,
  upcomingSceneFromRow,
} from '../scenes/rows';
import type { Db } from '../vault/connection';
import { DASHBOARD_SOURCES, type UpcomingScene } from './sources';

const STRIP_DAYS = 14;
const SHOOT_DAYS = 5;

/** Live scenes from `today` on, with their performers: two queries whatever the size of the show. */
function upcomingScenes(db: Db, productionId: string, today: string, timeZone: string): UpcomingScene[] {
  const rows = (
    db
      .prepare(
        `SELECT ${UPCOMING_SCENE_COLUMNS} FROM scene
         WHERE production_id = ? AND deleted_at IS NULL AND shoot_date >= ?
         ORDER BY shoot_date, call_time IS NULL, call_time, episode, number COLLATE NOCASE`,
      )
      .all(productionId, today) as UpcomingSceneRow[]
  ).map(upcomingSceneFromRow);
  const performers = (
    db
      .prepare(
        `SELECT sp.scene_id, p.id AS person_id, p.name, m.role FROM scene s
         JOIN scene_performer sp ON sp.scene_id = s.id JOIN person p ON p.id = sp.person_id
         LEFT JOIN production_member m ON m.person_id = p.id AND m.production_id = s.production_id
         WHERE s.production_id = ? AND s.deleted_at IS NULL AND s.shoot_date >= ?
         ORDER BY p.name COLLATE NOCASE`,
      )
      .all(productionId, today) as RosterRow[]
  ).map(rosterFromRow);
  const byScene = new Map<string, UpcomingScene['performers']>();
  for (const { sceneId, performer } of performers) {
    const list = byScene.get(sceneId) ?? [];
    list.push(performer);
    byScene.set(sceneId, list);
  }
  return rows.map((r) => {
    const ps = byScene.get(r.id) ?? [];
    return {
      id: r.id,
      number: r.number,
      episode: r.episode,
      shootDate: r.shootDate,
      callTime: r.callTime,
      callAt: callInstant(r.shootDate, r.callTime, timeZone),
      location: r.location,
      intimacyTypes: r.intimacyTypes,
      performers: ps,
      performerCount: ps.length,
    };
  });
}

function pillarMarks(r: SceneReadiness | undefined): PillarMark[] {
  if (!r) return [];
  return PILLARS.map((pillar) => ({
    pillar,
    status: r.pillars[pillar].status,
    missing: [...r.pillars[pillar].blockers, ...r.pillars[pillar].missing],
  }));
}

/** The roll gate of a scene whose readiness was read; a scene not read is not ready, for no reason given. */
function gateOf(r: SceneReadiness | undefined): DashboardScene['gate'] {
  return r ? rollGate(r) : { state: 'not-ready', label: 'Not ready', reasons: [] };
}

/** A production's dashboard: the coming days, the next shoot days' scenes, and what to do before each call. */
export function getDashboard(db: Db, productionId: string, now: Date = new Date()): Dashboard {
  const production = getProduction(db, productionId);
  const today = todayIn(production.timeZone, now);
  const scenes = upcomingScenes(db, productionId, today, production.timeZone);
  const counts = new Map<string, number>();
  for (const s of scenes) if (s.shootDate) counts.set(s.shootDate, (counts.get(s.shootDate) ?? 0) + 1);
  const shootDates = [...counts.keys()].slice(0, SHOOT_DAYS);
  // Readiness for the scenes of the days shown only, in the binder's fixed handful of queries.
  const shown = new Set(shootDates);
  const shownIds = scenes.filter((s) => s.shootDate !== null && shown.has(s.shootDate)).map((s) => s.id);
  // The production's consent is read once (and kept until the next write): readiness and the
  // consent to-dos both use it.
  const consent = readProductionConsent(db, productionId);
  const readiness = new Map(
    shownIds.length === 0
      ? []
      : readinessOf(db, { productionId, sceneIds: shownIds }, consent).map((r) => [r.sceneId, r] as const),
  );
  const toScene = (s: UpcomingScene): DashboardScene => ({
    id: s.id,
    number: s.number,
    episode: s.episode,
    label: sceneLabel(s),
    callTime: s.callTime,
    callAt: s.callAt,
    location: s.location,
    intimacyTypes: s.intimacyTypes,
    performerNames: s.performers.filter((p) => p.role !== 'crew').map((p) => p.name),
    pillars: pillarMarks(readiness.get(s.id)),
    ready: readiness.get(s.id)?.readyToShoot ?? false,
    gate: gateOf(readiness.get(s.id)),
  });
  const ctx = { db, production, today, now, scenes, consent: consent.scenes };
  return {
    productionId,
    title: production.title,
    timeZone: production.timeZone,
    today,
    now: now.toISOString(),
    strip: datesFrom(today, STRIP_DAYS).map((date) => ({
      date,
      sceneCount: counts.get(date) ?? 0,
      isToday: date === today,
    })),
    shootDays: shootDates.map((date) => ({
      date,
      scenes: scenes.filter((s) => s.shootDate === date).map(toScene),
    })),
    todos: buildTodos(
      DASHBOARD_SOURCES.flatMap((source) => source(ctx)),
      now,
      production.timeZone,
    ),
  };
}
