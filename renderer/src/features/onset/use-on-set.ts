import type { CommandInput } from '../../../../shared/commands';
import { PREROLL_LABELS, type PrerollMark } from '../../../../shared/onset/schema';
import { run } from '../../lib/commands';
import { useRefresh } from '../../lib/refresh';
import { useUndo } from '../../lib/undo/UndoProvider';
import { onsetRefresh } from './queries';

/** On-set actions: each tap is one command that commits at once, recorded for undo. */
export function useOnSetActions() {
  const { record } = useUndo();
  // The day, the dashboard, and the rider (a consent check-in on set is also one on the rider).
  const refresh = useRefresh(onsetRefresh);

  async function mark(input: CommandInput<'onset.mark'>, before: PrerollMark | undefined, who?: string) {
    await run('onset.mark', input);
    await refresh();
    const label = `${input.item === 'consent-checkin' ? `Consent checked in: ${who}` : PREROLL_LABELS[input.item]} ${
      input.done ? 'checked' : 'unchecked'
    }`;
    // The inverse is another tap: back to the state the screen showed before this one.
    record({
      label,
      refresh: onsetRefresh(),
      undo: async () => {
        await run('onset.mark', { ...input, done: before?.done ?? false, value: before?.value ?? '' });
      },
      redo: async () => {
        await run('onset.mark', input);
      },
    });
  }

  async function logBreak(input: CommandInput<'onset.logBreak'>, who: string) {
    const entry = await run('onset.logBreak', input);
    await refresh();
    record({
      label: `Break logged for ${who} at ${entry.calledAtLocal}`,
      refresh: onsetRefresh(),
      undo: async () => {
        await run('onset.deleteBreak', { id: entry.id, deleted: true });
      },
      redo: async () => {
        await run('onset.deleteBreak', { id: entry.id, deleted: false });
      },
    });
  }

  async function removeBreak(id: string, who: string) {
    await run('onset.deleteBreak', { id, deleted: true });
    await refresh();
    record({
      label: `Break for ${who} removed`,
      refresh: onsetRefresh(),
      undo: async () => {
        await run('onset.deleteBreak', { id, deleted: false });
      },
      redo: async () => {
        await run('onset.deleteBreak', { id, deleted: true });
      },
    });
  }

  return { mark, logBreak, removeBreak, refresh };
}
