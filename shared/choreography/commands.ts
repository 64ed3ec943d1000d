import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Id } from '../kit/fields';
import { BeatFlag, BeatSheet, BeatVersionInfo, CheckBeatInput, MoveBeatsInput, SaveBeatsInput } from './schema';

export const choreographyCommands = {
  'beats.get': command({
    views: ['full'],
    input: z.strictObject({ sceneId: Id, version: z.number().int().min(1).optional() }),
    output: BeatSheet,
    summary: "A scene's beats (latest, or an earlier version) with flags against the body maps",
  }),
  'beats.versions': command({
    views: ['full'],
    input: z.strictObject({ sceneId: Id }),
    output: z.array(BeatVersionInfo),
    summary: "Every saved version of a scene's choreography, newest first",
  }),
  'beats.check': command({
    views: ['full'],
    input: CheckBeatInput,
    output: z.array(BeatFlag),
    summary:
      "An unsaved beat's contacts against the body maps and signed riders: the flags a save would raise, before saving",
  }),
  'beats.save': command({
    views: ['full'],
    input: SaveBeatsInput,
    output: BeatSheet,
    summary: 'Save the beats of a scene as a new version (audited as beat)',
  }),
  'beats.move': command({
    views: ['full'],
    input: MoveBeatsInput,
    output: BeatSheet,
    summary: 'Reorder the beats of a scene; makes a new version',
  }),
} as const satisfies Record<string, CommandSpec>;
