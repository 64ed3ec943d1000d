import type { CommandViews, View } from '../kit/command';

/**
 * The costume department view. In `costume` mode the core answers only the commands a costume
 * department needs (garment needs, sizes, allergies, pull lists, stock) and refuses every other:
 * riders, body maps, boundaries and closure notes never reach a costume screen, whatever the UI does.
 * Each command declares its views in its domain's commands.ts (`views: ['full', 'costume']`).
 * People, members and scenes are NOT in costume: their records hold notes, contact details and
 * the scene's context; costume sees performers through `garment.performers`.
 */
export const SESSION_MODES = ['full', 'costume'] as const satisfies readonly View[];
export type SessionMode = (typeof SESSION_MODES)[number];

/** Whether a session in `mode` may call a command, read from the command's declared views. */
export function allowedInMode(mode: SessionMode, spec: { readonly views: CommandViews }): boolean {
  const views: readonly View[] = spec.views;
  return views.includes(mode);
}
