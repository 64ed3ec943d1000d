import { z } from 'zod';
import { Id } from '../schemas/common';
import { SceneListQuery } from '../schemas/sceneQuery';
import { Scene, SceneInput, ScenePatch, ScenePerformerInput } from '../schemas/scenes';
import { type CommandSpec, command } from './spec';

export const sceneCommands = {
  'scene.list': command({
    input: SceneListQuery,
    output: z.array(Scene),
    summary: "A production's intimate scenes, filtered and sorted (shooting order by default)",
  }),
  'scene.get': command({ input: z.strictObject({ id: Id }), output: Scene, summary: 'One scene with its performers' }),
  'scene.create': command({ input: SceneInput, output: Scene, summary: 'Break down a new scene' }),
  'scene.update': command({
    input: z.strictObject({ id: Id, patch: ScenePatch }),
    output: Scene,
    summary: "Change a scene's breakdown or context",
  }),
  'scene.setPerformers': command({
    input: z.strictObject({ sceneId: Id, performers: z.array(ScenePerformerInput).max(200) }),
    output: Scene,
    summary: 'Set who is in a scene and their nudity',
  }),
  'scene.delete': command({
    input: z.strictObject({ id: Id, deleted: z.boolean().default(true) }),
    output: Scene,
    summary: 'Delete (or restore) a scene; its history is kept',
  }),
} as const satisfies Record<string, CommandSpec>;
