/**
 * The costume department view. In `costume` mode the core answers only the commands a costume
 * department needs (garment needs, sizes, allergies, pull lists, stock) and refuses every other:
 * riders, body maps, boundaries and closure notes never reach a costume screen, whatever the UI does.
 */
export const SESSION_MODES = ['full', 'costume'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

/** Whole domains costume may use. */
const COSTUME_PREFIXES = ['garment.', 'stock.', 'session.'] as const;

/**
 * Single commands from other domains that carry nothing confidential: the vault session itself
 * and the list of productions. People, members and scenes are NOT here: their records hold notes,
 * contact details and the scene's context; costume sees performers through `garment.performers`.
 */
const COSTUME_COMMANDS = new Set([
  'app.status',
  'app.forgetRecent',
  'app.settings',
  'app.choosePath',
  'vault.unlock',
  'vault.lock',
  'production.list',
  'production.get',
]);

export function allowedInMode(mode: SessionMode, command: string): boolean {
  if (mode === 'full') return true;
  return COSTUME_COMMANDS.has(command) || COSTUME_PREFIXES.some((p) => command.startsWith(p));
}
