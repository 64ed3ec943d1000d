import type { BeatFlag, Contact } from '../choreography/schema';
import { dueState } from '../closure/rules';
import type { ClosurePractice } from '../closure/schema';
import { BODY_AREAS, type BodyMarks } from '../communication/schema';
import { consentPillar } from '../consent/rules';
import type { PerformerConsent } from '../consent/schema';
import { isRestrictedScene, needsRider } from '../scenes/restricted';
import type { IntimacyType, NudityLevel } from '../scenes/schema';
import type { PillarReadiness, ReadinessState, RollGate, SceneReadiness } from './schema';

/*
 * A scene's readiness is derived from plain data, never typed by hand: the same function serves
 * one scene page and a production of hundreds of scenes, and every rule is testable on its own.
 */

export interface ReadinessScene {
  id: string;
  intimacyTypes: readonly IntimacyType[];
  storyContext: string;
  directorIntent: string;
  audienceSees: string;
  riskLevel: 'low' | 'medium' | 'high';
  mitigation: string;
  closedSet: readonly string[];
  icPresent: boolean;
}

export interface ReadinessPerformer {
  personId: string;
  name: string;
  role: 'performer' | 'background' | 'crew' | null;
  isMinorOnShootDate: boolean;
  nudity: NudityLevel;
  simulatedSex: boolean;
}

export interface ReadinessCommunication {
  areas: BodyMarks;
  breakSignal: string;
  /** Meetings and check-ins logged for this performer (production-wide or for this scene). */
  checkIns: number;
}

export interface ReadinessBeat {
  id: string;
  performerIds: readonly string[];
  contacts: readonly Contact[];
  bodyPosition: string;
  cameraAngle: string;
  onScreen: string;
  description: string;
}

export interface ReadinessClosure {
  records: readonly { personId: string; practices: readonly ClosurePractice[] }[];
  followUps: readonly { description: string; dueDate: string; doneAt: string | null }[];
}

/**
 * The consent pillar's input: each performer's standing from the riders (`sceneConsent`), judged by
 * the one consent rule. Until the riders module supplies it, `{ source: 'none' }` says there is no
 * rider data.
 */
export type ConsentInput =
  | { source: 'none' }
  | { source: 'riders'; performers: readonly Pick<PerformerConsent, 'needsRider' | 'blockers' | 'missing'>[] };

export interface ReadinessInput {
  scene: ReadinessScene;
  performers: readonly ReadinessPerformer[];
  /** By person id; absent when nothing has been recorded for that performer. */
  communication: Readonly<Record<string, ReadinessCommunication | undefined>>;
  beats: readonly ReadinessBeat[];
  /** Flags of those beats against the current body maps (see `beatFlags`). */
  flags: readonly BeatFlag[];
  closure: ReadinessClosure;
  consent: ConsentInput;
  /** Today in the production's time zone, `YYYY-MM-DD`. */
  today: string;
}

const CHOREOGRAPHED: readonly IntimacyType[] = ['kiss', 'contact', 'simulated-sex', 'sexual-violence'];

function pillar(missing: string[], blockers: string[] = []): PillarReadiness {
  const status: ReadinessState = blockers.length > 0 ? 'blocked' : missing.length > 0 ? 'incomplete' : 'complete';
  return { status, missing, blockers };
}

const isPrincipal = (p: ReadinessPerformer) => p.role !== 'background' && p.role !== 'crew';

function isRestricted(input: ReadinessInput): boolean {
  return isRestrictedScene(input.scene.intimacyTypes, input.performers);
}

export function contextReadiness(input: ReadinessInput): PillarReadiness {
  const { scene } = input;
  const missing: string[] = [];
  if (input.performers.length === 0) missing.push('No performers are in the scene yet.');
  if (scene.intimacyTypes.length === 0) missing.push('The type of intimacy is not set.');
  if (!scene.storyContext) missing.push('Story context is empty.');
  if (!scene.directorIntent) missing.push("Director's intent is empty.");
  if (!scene.audienceSees) missing.push('What the audience sees is empty.');
  if (scene.riskLevel !== 'low' && !scene.mitigation) {
    missing.push(`A mitigation plan is needed for a ${scene.riskLevel}-risk scene.`);
  }
  if (isRestricted(input)) {
    if (scene.closedSet.length === 0) missing.push('The closed-set list is empty (nudity or simulated sex).');
    if (!scene.icPresent) missing.push('No intimacy coordinator is marked present (nudity or simulated sex).');
  }
  return pillar(missing);
}

export function communicationReadiness(input: ReadinessInput): PillarReadiness {
  const missing: string[] = [];
  if (input.performers.length === 0) missing.push('No performers are in the scene yet.');
  for (const p of input.performers) {
    const c = input.communication[p.personId];
    if (!isPrincipal(p)) {
      if (!c || c.checkIns === 0) missing.push(`${p.name} (background) has not been briefed: no check-in logged.`);
      continue;
    }
    if (!c) {
      missing.push(`${p.name}: no body map, break signal or check-in yet.`);
      continue;
    }
    const unmarked = BODY_AREAS.filter((a) => c.areas[a.id] === undefined).length;
    if (unmarked > 0) {
      missing.push(`${p.name}: ${unmarked} of ${BODY_AREAS.length} body map areas not yet discussed.`);
    }
    if (!c.breakSignal) missing.push(`${p.name}: no break signal agreed.`);
    if (c.checkIns === 0) missing.push(`${p.name}: no meeting or check-in logged.`);
  }
  return pillar(missing);
}

export function consentReadiness(input: ReadinessInput): PillarReadiness {
  const scene = {
    intimacyTypes: input.scene.intimacyTypes,
    performers: input.performers.map((p) => ({ ...p, isMinor: p.isMinorOnShootDate })),
  };
  if (input.consent.source === 'none') {
    const pillar = consentPillar(scene, []);
    const needing = input.performers.filter(needsRider);
    if (needing.length === 0) return pillar;
    const missing = [
      ...pillar.missing,
      `No rider system data: riders for ${needing.map((p) => p.name).join(', ')} cannot be checked yet.`,
    ];
    return { ...pillar, status: pillar.status === 'blocked' ? 'blocked' : 'incomplete', missing };
  }
  return consentPillar(scene, input.consent.performers);
}

const BEAT_FIELDS = [
  ['description', 'description'],
  ['bodyPosition', 'position'],
  ['cameraAngle', 'camera angle'],
  ['onScreen', 'what is seen on screen'],
] as const;

export function choreographyReadiness(input: ReadinessInput): PillarReadiness {
  const missing: string[] = [];
  const blockers: string[] = [];
  const inScene = new Set(input.performers.map((p) => p.personId));
  if (input.beats.length === 0) {
    const needsBeats = input.scene.intimacyTypes.some((t) => CHOREOGRAPHED.includes(t)) || isRestricted(input);
    if (needsBeats || input.scene.intimacyTypes.length === 0) missing.push('No beats are written yet.');
    return pillar(missing);
  }
  input.beats.forEach((beat, i) => {
    const gaps: string[] = BEAT_FIELDS.filter(([key]) => !beat[key]).map(([, label]) => label);
    if (beat.performerIds.length === 0) gaps.unshift('performers');
    if (gaps.length > 0) missing.push(`Beat ${i + 1}: ${gaps.join(', ')} missing.`);
    const strangers = beat.performerIds.filter((id) => !inScene.has(id)).length;
    if (strangers > 0) missing.push(`Beat ${i + 1}: ${strangers} performer(s) no longer in the scene.`);
  });
  for (const f of input.flags) {
    if (f.severity === 'never') blockers.push(f.message);
    else if (!f.confirmed) missing.push(f.message);
  }
  return pillar(missing, blockers);
}

export function closureReadiness(input: ReadinessInput): PillarReadiness {
  const missing: string[] = [];
  const done = new Set(input.closure.records.filter((r) => r.practices.length > 0).map((r) => r.personId));
  for (const p of input.performers.filter(isPrincipal)) {
    if (!done.has(p.personId)) missing.push(`${p.name}: no closure practice recorded.`);
  }
  for (const f of input.closure.followUps) {
    if (dueState(f, input.today) === 'overdue') missing.push(`Follow-up overdue since ${f.dueDate}: ${f.description}`);
  }
  if (input.performers.length === 0) missing.push('No performers are in the scene yet.');
  return pillar(missing);
}

/** Every pillar and the overall verdict: blocked if any pillar is, complete only if all are. */
export function sceneReadiness(input: ReadinessInput): SceneReadiness {
  const pillars = {
    context: contextReadiness(input),
    communication: communicationReadiness(input),
    consent: consentReadiness(input),
    choreography: choreographyReadiness(input),
    closure: closureReadiness(input),
  };
  const all = Object.values(pillars);
  const overall: ReadinessState = all.some((p) => p.status === 'blocked')
    ? 'blocked'
    : all.every((p) => p.status === 'complete')
      ? 'complete'
      : 'incomplete';
  const readyToShoot = [pillars.context, pillars.communication, pillars.consent, pillars.choreography].every(
    (p) => p.status === 'complete',
  );
  return { sceneId: input.scene.id, overall, readyToShoot, pillars };
}

/** Sort key: what needs attention first. */
export const READINESS_ORDER: Record<ReadinessState, number> = { blocked: 0, incomplete: 1, complete: 2 };

const SHOOTING_PILLARS = ['context', 'communication', 'consent', 'choreography'] as const;

/**
 * Whether a scene may roll: blocked when any shooting pillar has a blocker (withdrawn consent, a
 * beat on a "never" area, a minor rule), naming every blocker; not ready while anything a shooting
 * pillar needs is missing; otherwise ready. Closure is done after the shot, so it never holds a roll.
 */
export function rollGate(r: Pick<SceneReadiness, 'pillars'>): RollGate {
  const blockers = SHOOTING_PILLARS.flatMap((pillar) => r.pillars[pillar].blockers.map((text) => ({ pillar, text })));
  if (blockers.length > 0) return { state: 'blocked', label: 'Blocked - do not roll', reasons: blockers };
  const missing = SHOOTING_PILLARS.flatMap((pillar) => r.pillars[pillar].missing.map((text) => ({ pillar, text })));
  if (missing.length > 0) return { state: 'not-ready', label: 'Not ready', reasons: missing };
  return { state: 'ready', label: 'Ready to roll', reasons: [] };
}
