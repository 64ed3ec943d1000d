import { z } from 'zod';
import { Id } from '../kit/fields';

export const PILLARS = ['context', 'communication', 'consent', 'choreography', 'closure'] as const;
export type Pillar = (typeof PILLARS)[number];
export const PILLAR_LABELS: Record<Pillar, string> = {
  context: 'Context',
  communication: 'Communication',
  consent: 'Consent',
  choreography: 'Choreography',
  closure: 'Closure',
};

export const READINESS_STATES = ['complete', 'incomplete', 'blocked'] as const;
export type ReadinessState = (typeof READINESS_STATES)[number];
export const READINESS_LABELS: Record<ReadinessState, string> = {
  complete: 'Complete',
  incomplete: 'Incomplete',
  blocked: 'Blocked',
};

export const PillarReadiness = z.object({
  status: z.enum(READINESS_STATES),
  /** What is still missing, one sentence each. */
  missing: z.array(z.string()),
  /** Why the pillar is blocked, one sentence each; empty unless blocked. */
  blockers: z.array(z.string()),
});
export type PillarReadiness = z.infer<typeof PillarReadiness>;

export const SceneReadiness = z.object({
  sceneId: Id,
  overall: z.enum(READINESS_STATES),
  /** Context, communication, consent and choreography complete: the scene can be shot. */
  readyToShoot: z.boolean(),
  pillars: z.object({
    context: PillarReadiness,
    communication: PillarReadiness,
    consent: PillarReadiness,
    choreography: PillarReadiness,
    closure: PillarReadiness,
  }),
});
export type SceneReadiness = z.infer<typeof SceneReadiness>;

/** One reason a scene may not roll, with the pillar (and so the page) where it is fixed. */
export const GateReason = z.object({ pillar: z.enum(PILLARS), text: z.string() });

/**
 * Whether a scene may roll, for on-set mode and the dashboard: blocked (red, "do not roll"), not
 * ready (amber) or ready, with every reason.
 */
export const RollGate = z.object({
  state: z.enum(['blocked', 'not-ready', 'ready']),
  label: z.string(),
  reasons: z.array(GateReason),
});
export type RollGate = z.infer<typeof RollGate>;
