import { useQueryClient } from '@tanstack/react-query';
import type { CommandInput } from '../../../../shared/commands';
import { PREROLL_LABELS, type PrerollMark } from '../../../../shared/onset/schema';
import { run } from '../../lib/commands';
import { useUndo } from '../../lib/undo/UndoProvider';

/** On-set actions: each tap is one command that commits at once, recorded for undo. */
export function useOnSetActions() {
  const queryClient = useQueryClient();
  const { record } = useUndo();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['onset.day'] }),
      queryClient.invalidateQueries({ queryKey: ['dashboard.get'] }),
      // A consent check-in on set is also a check-in on the performer's rider.
      queryClient.invalidateQueries({ queryKey: ['rider.get'] }),
    ]);

  async function mark(input: CommandInput<'onset.mark'>, before: PrerollMark | undefined, who?: string) {
    await run('onset.mark', input);
    await refresh();
    const label = `${input.item === 'consent-checkin' ? `Consent checked in: ${who}` : PREROLL_LABELS[input.item]} ${
      input.done ? 'checked' : 'unchecked'
    }`;
    // The inverse is another tap: back to the state the screen showed before this one.
    record({
      label,
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
