import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Id, IsoDate } from '../kit/fields';
import { BreakdownInput, BreakdownPreview, BreakdownResult } from './breakdown-schema';
import { SceneListQuery } from './query';
import {
  PerformerCallInput,
  Scene,
  SceneInput,
  ScenePatch,
  ScenePerformerInput,
  ShootDay,
  ShootDaySetInput,
} from './schema';

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

const shootDayCommands = {
  'shootDay.get': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id, date: IsoDate }),
    output: ShootDay,
    summary: "A shoot day's crew call and performer calls (empty when none are set)",
  }),
  'shootDay.list': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id }),
    output: z.array(ShootDay),
    summary: "A production's shoot days with their calls, in date order",
  }),
  'shootDay.set': command({
    views: ['full'],
    input: ShootDaySetInput,
    output: ShootDay,
    summary: "Set a shoot day's day number or crew call",
  }),
  'shootDay.setPerformerCall': command({
    views: ['full'],
    input: PerformerCallInput,
    output: ShootDay,
    summary: "Set (or clear) a performer's call on a shoot day; notice is counted to it",
  }),
} as const satisfies Record<string, CommandSpec>;

/** Scenes and the intimacy breakdown (typed or imported from a CSV), and the shoot days' calls. */
export const sceneCommands = { ...sceneOnlyCommands, ...breakdownCommands, ...shootDayCommands } as const;
