import type { CommandInput, CommandOutput } from '../../../../shared/commands';
import { MOVEMENT_LABELS } from '../../../../shared/garments/stock';
import { run } from '../../lib/commands';
import { useUndoable } from '../../lib/undo/undoable';
import { garmentsRefresh } from './queries';

type RecordInput = CommandInput<'stock.record'>;
type Recorded = CommandOutput<'stock.record'>;

/** What the toast says: "Received 5 × Strapless thong · M (THG-M-TAN)". */
function describe(result: Recorded): string {
  const first = result.movements[0];
  if (!first) return 'Stock movement recorded';
  const units = result.movements.reduce((n, m) => n + m.quantity, 0);
  const what = `${first.variantLabel} (${first.variantCode})`;
  return first.kind === 'counted'
    ? `Stock take: ${first.counted ?? 0} × ${what}`
    : `${MOVEMENT_LABELS[first.kind]} ${units} × ${what}`;
}

/**
 * Records a stock movement with undo. The ledger is append-only, so undo never deletes: it appends
 * the reversal (`stock.reverse`, every row of the recording at once), and redo records the same
 * movement again. Each redo makes new movements, which the next undo then reverses.
 */
export function useRecordMovement() {
  const perform = useUndoable();
  return (input: RecordInput) => {
    let ids: string[] = [];
    const record = async () => {
      const result = await run('stock.record', input);
      ids = result.movements.map((m) => m.id);
      return result;
    };
    return perform({
      label: describe,
      refresh: garmentsRefresh(),
      run: record,
      undo: () => {
        const [movementId, ...alongWith] = ids;
        if (!movementId) return Promise.resolve();
        return run('stock.reverse', { movementId, alongWith });
      },
      redo: record,
    });
  };
}
