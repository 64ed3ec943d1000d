import type { BeatFlag } from '../choreography/schema';
import type { PillarReadiness } from '../readiness/schema';
import { type MinorCheckPerformer, minorViolations, needsRider, RESTRICTED_INTIMACY } from '../scenes/restricted';
import { sceneLabel } from '../scenes/rules';
import { type IntimacyType, NUDITY_LABELS, NUDITY_LEVELS, type NudityLevel } from '../scenes/schema';
import {
  BODY_AREA_LABELS,
  type BodyArea,
  CONSENT_ACT_LABELS,
  type ConsentAct,
  NUDITY_AREAS,
  type PerformerConsent,
  type RiderStatus,
  type RiderTerms,
  type SceneConsent,
  SIMULATED_SEX_ACTS,
} from './schema';

/** A performer as a scene lists them: how much of them the camera sees. */
export interface ConsentScenePerformer {
  personId: string;
  name: string;
  nudity: NudityLevel;
  simulatedSex: boolean;
  /** A minor on the scene's shoot date (or today while it is unscheduled). */
  isMinorOnShootDate: boolean;
  /** The performer's own call on the scene's shoot day (call sheet), as a UTC instant; notice counts to it. */
  callAt?: string | null;
}

export interface ConsentScene {
  id: string;
  number: string;
  intimacyTypes: readonly IntimacyType[];
  episode?: string;
  /** The call time as a UTC instant; null while the scene is unscheduled. */
  callAt: string | null;
  performers: readonly ConsentScenePerformer[];
}

/** The current version of one rider, as much as the rules need. */
export interface RiderFact {
  riderId: string;
  personId: string;
  version: number;
  status: RiderStatus;
  sceneIds: readonly string[];
  sentAt: string | null;
  signedAt: string | null;
  withdrawnAt: string | null;
  terms: Pick<RiderTerms, 'nudity' | 'acts'>;
}

const HOUR = 3_600_000;

/**
 * Notice: a rider must reach the performer at least `noticeHours` before the call. Both times are
 * UTC instants, so a daylight-saving change between them counts as the hours that really pass.
 * `ok` is null when it cannot be judged yet (not sent, or no call time).
 */
export function noticeCheck(
  sentAt: string | null,
  callAt: string | null,
  noticeHours: number,
): { ok: boolean | null; hoursGiven: number | null } {
  if (!sentAt || !callAt) return { ok: null, hoursGiven: null };
  const hoursGiven = (Date.parse(callAt) - Date.parse(sentAt)) / HOUR;
  return { ok: hoursGiven >= noticeHours, hoursGiven };
}

/**
 * The call a performer's notice is counted to: their own call on the shoot day (the call sheet's,
 * usually before the scene's estimated time) when one is set, else the scene's time.
 */
export function noticeCallAt(sceneCallAt: string | null, performerCallAt: string | null | undefined): string | null {
  return performerCallAt ?? sceneCallAt;
}

function formatHours(h: number): string {
  if (h < 0) return 'after the call time';
  const whole = Math.floor(h);
  return `${whole} hour${whole === 1 ? '' : 's'} before the call`;
}

const nudityWords = (n: NudityLevel) => (n === 'none' ? 'no nudity' : `${NUDITY_LABELS[n].toLowerCase()} nudity`);

/** Blocking gaps between a signed rider's terms and what the scene asks of the performer, in words. */
export function termsShortOfScene(
  terms: Pick<RiderTerms, 'nudity' | 'acts'>,
  p: Pick<ConsentScenePerformer, 'name' | 'nudity' | 'simulatedSex'>,
): string[] {
  const out: string[] = [];
  if (NUDITY_LEVELS.indexOf(p.nudity) > NUDITY_LEVELS.indexOf(terms.nudity)) {
    out.push(`${p.name}'s rider agrees to ${nudityWords(terms.nudity)}; the scene lists ${nudityWords(p.nudity)}.`);
  }
  if (p.simulatedSex && !terms.acts.some((a) => SIMULATED_SEX_ACTS.includes(a.act))) {
    out.push(`${p.name}'s rider lists no simulated sex act; the scene has simulated sex.`);
  }
  return out;
}

const RANK: Record<RiderStatus, number> = { signed: 3, sent: 2, draft: 1, withdrawn: 0 };

/**
 * The rider that speaks for a performer in a scene: the best current one covering it. A withdrawal
 * made after that rider was signed wins, since withdrawal takes effect at once.
 */
export function governingRider<T extends RiderFact>(riders: readonly T[]): T | null {
  let best: T | null = null;
  for (const r of riders) {
    if (!best || RANK[r.status] > RANK[best.status] || (RANK[r.status] === RANK[best.status] && later(r, best)))
      best = r;
  }
  if (best?.status === 'signed' && best.signedAt) {
    const signedAt = best.signedAt;
    const withdrawal = riders.find((r) => r.status === 'withdrawn' && r.withdrawnAt && r.withdrawnAt > signedAt);
    if (withdrawal) return withdrawal;
  }
  return best;
}

function later(a: RiderFact, b: RiderFact): boolean {
  const at = (r: RiderFact) => r.withdrawnAt ?? r.signedAt ?? r.sentAt ?? '';
  return at(a) > at(b);
}

/**
 * Why one performer's consent is not in place, in the words every surface shows (scene pillar,
 * Riders page, dashboard, on set): blocking reasons hold the roll ("do not roll"), the others mean
 * "not ready yet". Empty when the performer's consent is in place or not needed.
 */
export function performerReasons(
  p: ConsentScenePerformer,
  rider: RiderFact | null,
  notice: { ok: boolean | null; hoursGiven: number | null },
  noticeHours: number,
): { blockers: string[]; missing: string[] } {
  const none = { blockers: [], missing: [] };
  if (!needsRider(p)) return none;
  if (!rider) return { blockers: [], missing: [`${p.name} has no rider for this scene.`] };
  if (rider.status === 'withdrawn')
    return { blockers: [`${p.name} has withdrawn consent for this scene.`], missing: [] };
  if (rider.status === 'draft')
    return { blockers: [], missing: [`${p.name}'s rider (version ${rider.version}) is a draft, not signed.`] };
  if (rider.status === 'sent')
    return { blockers: [], missing: [`${p.name}'s rider (version ${rider.version}) is sent, not signed.`] };
  const short = termsShortOfScene(rider.terms, p);
  if (short.length > 0) return { blockers: short, missing: [] };
  if (notice.ok === false && notice.hoursGiven !== null)
    return {
      blockers: [],
      missing: [
        `${p.name}'s rider was sent ${formatHours(notice.hoursGiven)}; ${noticeHours} hours of notice are due.`,
      ],
    };
  return none;
}

function performerConsent(
  scene: ConsentScene,
  p: ConsentScenePerformer,
  riders: readonly RiderFact[],
  noticeHours: number,
): PerformerConsent {
  const mine = riders.filter((r) => r.personId === p.personId && r.sceneIds.includes(scene.id));
  const rider = governingRider(mine);
  // Notice runs to the performer's own call that day when the call sheet gives one.
  const callAt = noticeCallAt(scene.callAt, p.callAt);
  const notice =
    rider && rider.status !== 'draft' ? noticeCheck(rider.sentAt, callAt, noticeHours) : { ok: null, hoursGiven: null };
  const reasons = performerReasons(p, rider, notice, noticeHours);
  return {
    personId: p.personId,
    name: p.name,
    needsRider: needsRider(p),
    state: rider ? rider.status : needsRider(p) ? 'missing' : 'not-needed',
    riderId: rider?.riderId ?? null,
    version: rider?.version ?? null,
    sentAt: rider?.sentAt ?? null,
    noticeCallAt: callAt,
    noticeOk: notice.ok,
    withdrawnAt: rider?.withdrawnAt ?? null,
    blockers: reasons.blockers,
    missing: reasons.missing,
  };
}

/** What the one consent rule needs of a scene beyond its riders: its intimacy and who is a minor. */
export interface ConsentPillarScene {
  intimacyTypes: readonly IntimacyType[];
  performers: readonly MinorCheckPerformer[];
}

/**
 * THE consent rule of a scene, the one every surface shows: blocked by a minor in a scene with
 * nudity or simulated sex, a withdrawal or a signed rider agreeing to less than the scene lists;
 * incomplete while a rider is missing, unsigned or sent short of notice; complete otherwise. Each
 * reason is one sentence naming whose consent and why.
 */
export function consentPillar(
  scene: ConsentPillarScene,
  standings: readonly Pick<PerformerConsent, 'needsRider' | 'blockers' | 'missing'>[],
): PillarReadiness {
  const blockers = minorViolations(scene.intimacyTypes, scene.performers);
  const missing: string[] = [];
  if (!scene.performers.some(needsRider) && scene.intimacyTypes.some((t) => RESTRICTED_INTIMACY.includes(t))) {
    missing.push("The scene lists nudity or simulated sex, but no performer's nudity or simulated sex is set.");
  }
  for (const s of standings) {
    if (!s.needsRider) continue;
    blockers.push(...s.blockers);
    missing.push(...s.missing);
  }
  const status = blockers.length > 0 ? 'blocked' : missing.length > 0 ? 'incomplete' : 'complete';
  return { status, blockers, missing };
}

/**
 * The consent of one scene: per performer, their rider and its standing, and the scene's verdict
 * from `consentPillar` (so the Riders page says exactly what the scene's consent pillar says).
 */
export function sceneConsent(scene: ConsentScene, riders: readonly RiderFact[], noticeHours: number): SceneConsent {
  const performers = scene.performers.map((p) => performerConsent(scene, p, riders, noticeHours));
  const pillar = consentPillar(
    {
      intimacyTypes: scene.intimacyTypes,
      performers: scene.performers.map((p) => ({ ...p, isMinor: p.isMinorOnShootDate })),
    },
    performers,
  );
  return {
    sceneId: scene.id,
    number: scene.number,
    label: sceneLabel(scene),
    callAt: scene.callAt,
    needed: performers.some((p) => p.needsRider),
    ...pillar,
    performers,
  };
}

/** Minors: a rider may hold neither nudity nor simulated sex. One sentence per breach. */
export function minorRiderViolations(terms: Pick<RiderTerms, 'nudity' | 'acts' | 'exposure'>, name: string): string[] {
  const out: string[] = [];
  if (terms.nudity !== 'none') out.push(`${name} is a minor: a rider cannot include nudity.`);
  else if (terms.exposure.some((e) => e.shown && NUDITY_AREAS.includes(e.area)))
    out.push(`${name} is a minor: a rider cannot show ${nudityAreasShown(terms.exposure)}.`);
  const sex = terms.acts.filter((a) => SIMULATED_SEX_ACTS.includes(a.act));
  if (sex.length > 0)
    out.push(
      `${name} is a minor: a rider cannot include simulated sex (${sex.map((a) => CONSENT_ACT_LABELS[a.act].toLowerCase()).join(', ')}).`,
    );
  return out;
}

function nudityAreasShown(exposure: RiderTerms['exposure']): string {
  return exposure
    .filter((e) => e.shown && NUDITY_AREAS.includes(e.area))
    .map((e) => BODY_AREA_LABELS[e.area].toLowerCase())
    .join(', ');
}

/** What a double would be asked to do. */
export interface DoubleRequest {
  kind: 'body' | 'digital';
  acts: readonly ConsentAct[];
  shownAreas: readonly BodyArea[];
}

/**
 * A double does only what the performer agreed to: doubles must be allowed by the rider, and every
 * act and shown area must be within its terms. Holds for a withdrawn rider too: production may use
 * a double within the original terms of the version that was signed.
 */
export function doubleViolations(
  terms: Pick<RiderTerms, 'acts' | 'exposure' | 'bodyDouble' | 'digitalDouble'>,
  request: DoubleRequest,
): string[] {
  const out: string[] = [];
  const allowed = request.kind === 'body' ? terms.bodyDouble.allowed : terms.digitalDouble.allowed;
  if (!allowed) out.push(`The rider does not allow a ${request.kind} double.`);
  const agreedActs = new Set(terms.acts.map((a) => a.act));
  for (const act of request.acts) {
    if (!agreedActs.has(act)) out.push(`${CONSENT_ACT_LABELS[act]} is not in the rider's terms.`);
  }
  const shown = new Set(terms.exposure.filter((e) => e.shown).map((e) => e.area));
  for (const area of request.shownAreas) {
    if (!shown.has(area)) out.push(`Showing the ${BODY_AREA_LABELS[area].toLowerCase()} is not in the rider's terms.`);
  }
  return out;
}

/** One performer's part in a choreography beat: what they do and where they are touched or seen. */
export interface BeatPart {
  personId: string;
  name: string;
  acts: readonly ConsentAct[];
  /** Areas of this performer that are touched in the beat. */
  contactAreas: readonly BodyArea[];
  /** Areas of this performer seen on screen. */
  shownAreas: readonly BodyArea[];
}

/** What a performer's signed, current rider allows; null when there is none. */
export type ConsentScope = Pick<RiderTerms, 'acts' | 'exposure' | 'contactAreas' | 'offLimitsAreas'>;

/** A beat must stay inside what every performer in it consented to. One red flag per breach. */
export function beatViolations(parts: readonly BeatPart[], scopes: ReadonlyMap<string, ConsentScope | null>): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const scope = scopes.get(part.personId) ?? null;
    if (!scope) {
      if (part.acts.length + part.contactAreas.length + part.shownAreas.length > 0)
        out.push(`${part.name} has no signed, current rider for this beat.`);
      continue;
    }
    const acts = new Set(scope.acts.map((a) => a.act));
    for (const act of part.acts) {
      if (!acts.has(act)) out.push(`${part.name} did not agree to: ${CONSENT_ACT_LABELS[act].toLowerCase()}.`);
    }
    const contact = new Set(scope.contactAreas);
    const never = new Set(scope.offLimitsAreas);
    for (const area of part.contactAreas) {
      const label = BODY_AREA_LABELS[area].toLowerCase();
      if (never.has(area)) out.push(`Contact on ${part.name}'s ${label} is off limits.`);
      else if (!contact.has(area)) out.push(`${part.name} did not agree to contact on the ${label}.`);
    }
    const shown = new Set(scope.exposure.filter((e) => e.shown).map((e) => e.area));
    for (const area of part.shownAreas) {
      if (!shown.has(area))
        out.push(`${part.name} did not agree to the ${BODY_AREA_LABELS[area].toLowerCase()} being shown.`);
    }
  }
  return out;
}

/** A beat as its contacts describe it: who touches whom, on which body-map area. */
export interface BeatContacts {
  id: string;
  contacts: readonly { fromPersonId: string; toPersonId: string; area: BodyArea }[];
}

/**
 * Red flags (severity "never", the same shape as body-map flags) for every contact that goes beyond
 * what the touched performer's signed, current rider agrees to. A performer who needs a rider in
 * the scene and has none signed is outside consent for any contact; a performer who needs none
 * and has none is left to the body map.
 */
export function contactConsentFlags(
  beats: readonly BeatContacts[],
  scopes: ReadonlyMap<string, ConsentScope | null>,
  needsRiderIds: ReadonlySet<string>,
  names: Readonly<Record<string, string | undefined>>,
): BeatFlag[] {
  const flags: BeatFlag[] = [];
  beats.forEach((beat, i) => {
    beat.contacts.forEach((c, contactIndex) => {
      const scope = scopes.get(c.toPersonId) ?? null;
      if (!scope && !needsRiderIds.has(c.toPersonId)) return;
      const who = names[c.toPersonId] ?? 'A performer';
      const by = names[c.fromPersonId] ?? 'another performer';
      const area = BODY_AREA_LABELS[c.area].toLowerCase();
      const head = `Beat ${i + 1}: contact by ${by} on ${who}'s ${area}`;
      let message: string | null = null;
      if (!scope) message = `${head}, and ${who} has no signed, current rider for this scene.`;
      else if (scope.offLimitsAreas.includes(c.area)) message = `${head}, an area ${who}'s rider puts off limits.`;
      else if (!scope.contactAreas.includes(c.area))
        message = `${head} is not in what ${who}'s signed rider agrees to.`;
      if (message) {
        flags.push({
          beatId: beat.id,
          beatNumber: i + 1,
          contactIndex,
          severity: 'never',
          confirmed: false,
          personId: c.toPersonId,
          area: c.area,
          message,
        });
      }
    });
  });
  return flags;
}

/** The version a check-in would confirm, as much as the rule needs. */
export interface ConfirmTarget {
  status: RiderStatus;
  version: number;
}

/**
 * Why a check-in cannot confirm this rider version, in words; null when it can. Only a signed,
 * current, not-withdrawn version is confirmable: nothing after a withdrawal may read "confirmed".
 */
export function confirmRefusal(name: string, target: ConfirmTarget, currentVersion: number): string | null {
  if (target.status === 'withdrawn') return `${name}'s rider is withdrawn: a check-in cannot confirm it`;
  if (target.version !== currentVersion)
    return `${name}'s rider version ${target.version} is not the current version: a check-in cannot confirm it`;
  if (target.status !== 'signed')
    return `${name}'s rider (version ${target.version}) is ${target.status}, not signed: a check-in cannot confirm it`;
  return null;
}

/**
 * Where a rider's terms contradict themselves, one sentence each: an area both agreed for contact
 * and off limits, or an area listed as shown while the nudity agreed is lower than showing it is.
 */
export function termsContradictions(
  terms: Pick<RiderTerms, 'nudity' | 'exposure' | 'contactAreas' | 'offLimitsAreas'>,
): string[] {
  const out: string[] = [];
  for (const area of terms.contactAreas) {
    if (terms.offLimitsAreas.includes(area))
      out.push(`The ${BODY_AREA_LABELS[area].toLowerCase()} is both agreed for contact and off limits.`);
  }
  const shownNudity = terms.exposure.filter((e) => e.shown && NUDITY_AREAS.includes(e.area));
  if (terms.nudity === 'none' && shownNudity.length > 0)
    out.push(
      `The rider agrees to no nudity but lists as shown: ${shownNudity.map((e) => BODY_AREA_LABELS[e.area].toLowerCase()).join(', ')}.`,
    );
  return out;
}
