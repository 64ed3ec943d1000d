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
