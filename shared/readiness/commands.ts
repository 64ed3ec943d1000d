import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Id } from '../kit/fields';
import { SceneReadiness } from './schema';

export const readinessCommands = {
  'readiness.scene': command({
    views: ['full'],
    input: z.strictObject({ sceneId: Id }),
    output: SceneReadiness,
    summary: "One scene's readiness, pillar by pillar, derived from its data",
  }),
  'readiness.production': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id }),
    output: z.array(SceneReadiness),
    summary: "Every scene's readiness in a production, for lists and the dashboard",
  }),
} as const satisfies Record<string, CommandSpec>;
