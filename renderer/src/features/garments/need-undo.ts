import type { Need } from '../../../../shared/garments/schema';
import { run } from '../../lib/commands';
import { useUndoable } from '../../lib/undo/undoable';
import { garmentsRefresh } from './queries';

interface NeedFields {
  sceneId: string;
  personId: string;
  variantId: string;
  quantity: number;
  note: string;
}

const fieldsOf = (n: Need): NeedFields => ({
  sceneId: n.sceneId,
  personId: n.personId,
  variantId: n.variant.id,
  quantity: n.quantity,
  note: n.note,
});

/**
 * Undoable garment needs. A removed need comes back as a new row (needs carry no history of their
 * own, so `needDelete` is a real delete), which is why each entry tracks the id it currently has:
 * redo after undo removes the row undo brought back, not the one that is gone.
 */
export function useNeedUndo() {
  const perform = useUndoable();
  return {
    /** Sets a need; undo sets back the need the screen showed for that item, or removes the new one. */
    set: (input: NeedFields, previous: Need | undefined, label: string) => {
      let id = '';
      return perform({
        label,
        refresh: garmentsRefresh(),
        run: async () => {
          const need = await run('garment.needSet', input);
          id = need.id;
          return need;
        },
        undo: async () => {
          if (previous) await run('garment.needSet', fieldsOf(previous));
          else await run('garment.needDelete', { id });
        },
      });
    },
    remove: (need: Need) => {
      let id = need.id;
      return perform({
        label: `${need.variant.label} for ${need.personName} removed`,
        refresh: garmentsRefresh(),
        run: () => run('garment.needDelete', { id }),
        undo: async () => {
          id = (await run('garment.needSet', fieldsOf(need))).id;
        },
      });
    },
  };
}
