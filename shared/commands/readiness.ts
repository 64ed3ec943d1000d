import { z } from 'zod';
import { Id } from '../schemas/common';
import { SceneReadiness } from '../schemas/readiness';
import { type CommandSpec, command } from './spec';

export const readinessCommands = {
  'readiness.scene': command({
    input: z.strictObject({ sceneId: Id }),
    output: SceneReadiness,
    summary: "One scene's readiness, pillar by pillar, derived from its data",
  }),
  'readiness.production': command({
    input: z.strictObject({ productionId: Id }),
    output: z.array(SceneReadiness),
    summary: "Every scene's readiness in a production, for lists and the dashboard",
  }),
} as const satisfies Record<string, CommandSpec>;
