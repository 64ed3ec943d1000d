import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Id } from '../kit/fields';
import { BreakdownInput, BreakdownPreview, BreakdownResult } from './breakdown-schema';
import { SceneListQuery } from './query';
import { Scene, SceneInput, ScenePatch, ScenePerformerInput } from './schema';

const sceneOnlyCommands = {
  'scene.list': command({
    views: ['full'],
    input: SceneListQuery,
    output: z.array(Scene),
    summary: "A production's intimate scenes, filtered and sorted (shooting order by default)",
  }),
  'scene.get': command({
    views: ['full'],
    input: z.strictObject({ id: Id }),
    output: Scene,
    summary: 'One scene with its performers',
  }),
  'scene.create': command({ views: ['full'], input: SceneInput, output: Scene, summary: 'Break down a new scene' }),
  'scene.update': command({
    views: ['full'],
    input: z.strictObject({ id: Id, patch: ScenePatch }),
    output: Scene,
    summary: "Change a scene's breakdown or context",
  }),
  'scene.setPerformers': command({
    views: ['full'],
    input: z.strictObject({ sceneId: Id, performers: z.array(ScenePerformerInput).max(200) }),
    output: Scene,
    summary: 'Set who is in a scene and their nudity',
  }),
  'scene.delete': command({
    views: ['full'],
    input: z.strictObject({ id: Id, deleted: z.boolean().default(true) }),
    output: Scene,
    summary: 'Delete (or restore) a scene; its history is kept',
  }),
} as const satisfies Record<string, CommandSpec>;

const breakdownCommands = {
  'breakdown.preview': command({
    views: ['full'],
    input: BreakdownInput,
    output: BreakdownPreview,
    summary: 'Parse and check a breakdown CSV: every row, every problem by row and column; writes nothing',
  }),
  'breakdown.import': command({
    views: ['full'],
    input: BreakdownInput,
    output: BreakdownResult,
    summary: 'Import a breakdown CSV: all rows in one transaction, or nothing',
  }),
} as const satisfies Record<string, CommandSpec>;

/** Scenes and the intimacy breakdown (typed or imported from a CSV). */
export const sceneCommands = { ...sceneOnlyCommands, ...breakdownCommands } as const;
