import type { BeatFlag } from '../../../shared/choreography/schema';
import type { ParsedInput } from '../../../shared/commands';
import {
  type BeatContacts,
  type ConsentScene,
  type ConsentScope,
  contactConsentFlags,
  doubleViolations,
  governingRider,
  type RiderFact,
  sceneConsent,
} from '../../../shared/consent/rules';
import type { DoubleCheck, RiderTerms, SceneConsent } from '../../../shared/consent/schema';
import { AppError } from '../../../shared/kit/errors';
import { callInstant } from '../../../shared/kit/time';
import { keptUntilChange } from '../kit/memo';
import { getProduction } from '../productions/productions';
import {
  type NoticeCastRow,
  noticeCastFromRow,
  UPCOMING_SCENE_COLUMNS,
  type UpcomingSceneRow,
  upcomingSceneFromRow,
} from '../scenes/rows';
import type { Db } from '../vault/connection';
import { scenesOfVersions } from './riders';
import {
  type CurrentVersionRow,
  currentVersionId,
  type RiderVersionRow,
  riderFactFromRow,
  signedTermsFromRow,
} from './rows';

export type RiderFactWithTerms = RiderFact & { terms: RiderTerms };

/**
 * The current version of every rider in a production, as rule inputs: two queries in all. With
 * `sceneIds`, only the riders whose current version covers one of those scenes (all a scene's
 * consent is judged from), so a shoot day does not read the whole series' riders.
 */
export function riderFacts(db: Db, productionId: string, sceneIds?: readonly string[]): RiderFactWithTerms[] {
  const covering =
    sceneIds === undefined
      ? ''
      : `AND v.id IN (SELECT version_id FROM rider_version_scene WHERE scene_id IN (SELECT value FROM json_each(@sceneIds)))`;
  const rows = db
    .prepare(
      `SELECT r.id AS rider_id, r.person_id, v.id AS v_id, v.version, v.status, v.terms, v.sent_at, v.signed_at, v.withdrawn_at
       FROM rider r JOIN rider_version v ON v.rider_id = r.id
         AND v.version = (SELECT MAX(version) FROM rider_version WHERE rider_id = r.id)
       WHERE r.production_id = @productionId AND r.deleted_at IS NULL ${covering}`,
    )
    .all({
      productionId,
      ...(sceneIds === undefined ? {} : { sceneIds: JSON.stringify(sceneIds) }),
    }) as CurrentVersionRow[];
  const scenes = scenesOfVersions(db, rows.map(currentVersionId));
  return rows.map((r) => riderFactFromRow(r, scenes));
}

/**
 * The riders covering each scene, by scene id: a scene's consent is judged from these alone, so
 * each scene looks at its own few riders instead of scanning the production's (linear, not
 * scenes x riders).
 */
export function ridersByScene<T extends RiderFact>(riders: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of riders)
    for (const sceneId of new Set(r.sceneIds)) {
      const list = out.get(sceneId);
      if (list) list.push(r);
      else out.set(sceneId, [r]);
    }
  return out;
}

/** The production's live scenes with their performers, as rule inputs: two queries. */
function consentScenes(db: Db, productionId: string, timeZone: string, sceneIds?: readonly string[]): ConsentScene[] {
  const only = sceneIds === undefined ? '' : 'AND s.id IN (SELECT value FROM json_each(@sceneIds))';
  const params = { productionId, sceneIds: JSON.stringify(sceneIds ?? []) };
  const scenes = db
    .prepare(
      `SELECT ${UPCOMING_SCENE_COLUMNS} FROM scene s WHERE production_id = @productionId AND deleted_at IS NULL ${only}
       ORDER BY shoot_date IS NULL, shoot_date, call_time IS NULL, call_time, episode, number COLLATE NOCASE`,
    )
    .all(params) as UpcomingSceneRow[];
  // The same cast facts readiness reads (minor status on the shoot date included), so both judge alike.
  const performers = db
    .prepare(
      `SELECT sp.scene_id, sp.person_id, sp.nudity, sp.simulated_sex, m.role, p.name, p.date_of_birth, p.is_minor,
         s.shoot_date, pc.call_time AS performer_call
       FROM scene_performer sp JOIN scene s ON s.id = sp.scene_id JOIN person p ON p.id = sp.person_id
       LEFT JOIN production_member m ON m.person_id = sp.person_id AND m.production_id = s.production_id
       LEFT JOIN performer_call pc ON pc.production_id = s.production_id AND pc.shoot_date = s.shoot_date
         AND pc.person_id = sp.person_id
       WHERE s.production_id = @productionId AND s.deleted_at IS NULL ${only}
       ORDER BY p.name COLLATE NOCASE`,
    )
    .all(params) as NoticeCastRow[];
  const byScene = new Map<string, ConsentScene['performers'][number][]>();
  // Notice is counted to the performer's own call on the shoot day when the call sheet gives one.
  for (const { sceneId: id, performer } of performers.map((r) => noticeCastFromRow(r, timeZone))) {
    const list = byScene.get(id) ?? [];
    list.push(performer);
    byScene.set(id, list);
  }
  return scenes.map(upcomingSceneFromRow).map((s) => ({
    id: s.id,
    number: s.number,
    intimacyTypes: s.intimacyTypes,
    episode: s.episode,
    callAt: callInstant(s.shootDate, s.callTime, timeZone),
    performers: byScene.get(s.id) ?? [],
  }));
}

/**
 * The consent pillar of every live scene in a production, in shooting order. A fixed handful of
 * queries whatever the number of scenes and riders (no query per scene).
 */
export function productionConsent(db: Db, productionId: string): SceneConsent[] {
  return readProductionConsent(db, productionId).scenes;
}

/** One read of a production's riders and the consent of its scenes, for callers that need both. */
export interface ProductionConsentRead {
  scenes: SceneConsent[];
  riders: RiderFactWithTerms[];
  /** `riders` by the scenes their current version covers. */
  byScene: Map<string, RiderFactWithTerms[]>;
}

const NO_RIDERS: RiderFactWithTerms[] = [];

/** With `sceneIds`, only those scenes and the riders covering them (a dashboard's shoot days, one scene). */
export function readProductionConsent(
  db: Db,
  productionId: string,
  sceneIds?: readonly string[],
): ProductionConsentRead {
  // A whole production's consent is kept until the next write (the dashboard, readiness and the
  // binder all start from it).
  if (sceneIds === undefined)
    return keptUntilChange(db, `consent:${productionId}`, '', () => computeConsent(db, productionId));
  return computeConsent(db, productionId, sceneIds);
}

function computeConsent(db: Db, productionId: string, sceneIds?: readonly string[]): ProductionConsentRead {
  const production = getProduction(db, productionId);
  const riders = riderFacts(db, productionId, sceneIds);
  const byScene = ridersByScene(riders);
  const scenes = consentScenes(db, productionId, production.timeZone, sceneIds).map((s) =>
    sceneConsent(s, byScene.get(s.id) ?? NO_RIDERS, production.noticeHours),
  );
  return { scenes, riders, byScene };
}

export function sceneConsentStatus(db: Db, sceneId: string): SceneConsent {
  const productionId = db.prepare('SELECT production_id FROM scene WHERE id = ?').pluck().get(sceneId) as
    | string
    | undefined;
  const production = productionId === undefined ? null : getProduction(db, productionId);
  const scene = production ? consentScenes(db, production.id, production.timeZone, [sceneId])[0] : undefined;
  if (!production || !scene) {
    throw new AppError('NOT_FOUND', `No current scene with id ${sceneId}`, {
      issues: [{ path: 'sceneId', message: 'No such scene' }],
    });
  }
  return sceneConsent(scene, riderFacts(db, production.id, [sceneId]), production.noticeHours);
}

/**
 * Whether a double may do what is asked, judged against the last version the performer signed
 * (even if consent was later withdrawn: production may use a double within the original terms).
 */
export function checkDouble(db: Db, input: ParsedInput<'rider.checkDouble'>): DoubleCheck {
  if (!db.prepare('SELECT 1 FROM rider WHERE id = ?').get(input.id)) {
    throw new AppError('NOT_FOUND', `No rider with id ${input.id}`, {
      issues: [{ path: 'id', message: 'No such rider' }],
    });
  }
  const row = db
    .prepare(
      `SELECT v.version, v.terms FROM rider_version v WHERE v.rider_id = ? AND v.signed_at IS NOT NULL
       ORDER BY v.version DESC LIMIT 1`,
    )
    .get(input.id) as Pick<RiderVersionRow, 'version' | 'terms'> | undefined;
  const signed = row ? signedTermsFromRow(row) : undefined;
  if (!signed)
    return {
      ok: false,
      version: null,
      problems: ['The performer has never signed this rider, so no double may be assigned under it.'],
    };
  const problems = doubleViolations(signed.terms, input);
  return { ok: problems.length === 0, version: signed.version, problems };
}

/**
 * The consent pillar's input for readiness, per scene id: each performer's standing as the riders
 * give it, judged by the same rule (`consentPillar`) the Riders page uses. Computed for the whole
 * production at once (a fixed handful of queries).
 */
export function consentStandingsByScene(
  db: Db,
  productionId: string,
  read: ProductionConsentRead = readProductionConsent(db, productionId),
): Map<string, SceneConsent['performers']> {
  return new Map(read.scenes.map((scene) => [scene.sceneId, scene.performers]));
}

/**
 * Consent flags for choreography, for every scene of a production: the riders are read once, then
 * each scene's beats are checked against the signed terms of the performers they touch.
 */
export function beatConsentChecker(
  db: Db,
  productionId: string,
  read: ProductionConsentRead = readProductionConsent(db, productionId),
): (sceneId: string, beats: readonly BeatContacts[]) => BeatFlag[] {
  const scenes = new Map(read.scenes.map((s) => [s.sceneId, s]));
  const { byScene } = read;
  return (sceneId, beats) => {
    const scene = scenes.get(sceneId);
    if (!scene || beats.length === 0) return [];
    const covering = byScene.get(sceneId) ?? NO_RIDERS;
    const scopes = new Map<string, ConsentScope | null>();
    for (const personId of new Set(covering.map((r) => r.personId))) {
      const g = governingRider(covering.filter((r) => r.personId === personId));
      scopes.set(personId, g && g.status === 'signed' ? g.terms : null);
    }
    const names = Object.fromEntries(scene.performers.map((p) => [p.personId, p.name]));
    const needs = new Set(scene.performers.filter((p) => p.needsRider).map((p) => p.personId));
    return contactConsentFlags(beats, scopes, needs, names);
  };
}
