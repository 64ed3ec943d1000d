import type { CheckIn } from '../../../shared/communication/schema';
import { audited, type EditSpec } from '../audit/edits';
import type { HandlersFor } from '../kit/handler';
import type { Db } from '../vault/connection';
import { addCheckIn, setCheckInDeleted, updateCheckIn } from './communication';
import { type CheckInRow, checkInFromRow } from './rows';

/** A meeting or check-in as the trail names it. */
const CHECK_IN: EditSpec<CheckIn> = {
  entity: 'check_in',
  productionId: (c) => c.productionId,
  entityId: (c) => c.id,
  fields: { at: 'When', kind: 'Kind', attendees: 'Who was there', agreed: 'What was agreed', deletedAt: 'Deleted' },
};

/** A check-in as stored, deleted or not, through the communication domain's one mapper. */
function readCheckIn(db: Db, id: string): CheckIn | null {
  const row = db.prepare('SELECT * FROM check_in WHERE id = ?').get(id) as CheckInRow | undefined;
  return row ? checkInFromRow(row) : null;
}

/** These commands change records that feed readiness or consent: each runs with its audit entry, in words, in one transaction. */
export const checkInEdits = {
  'checkIn.add': (input, { core }) =>
    audited(
      core.db(),
      CHECK_IN,
      'add',
      () => null,
      () => addCheckIn(core.db(), input),
    ),
  'checkIn.update': ({ id, patch }, { core }) =>
    audited(
      core.db(),
      CHECK_IN,
      'update',
      () => readCheckIn(core.db(), id),
      () => updateCheckIn(core.db(), id, patch),
    ),
  'checkIn.delete': ({ id, deleted }, { core }) =>
    audited(
      core.db(),
      CHECK_IN,
      deleted ? 'delete' : 'restore',
      () => readCheckIn(core.db(), id),
      () => setCheckInDeleted(core.db(), id, deleted),
    ),
} satisfies Pick<HandlersFor<'checkIn.'>, 'checkIn.add' | 'checkIn.update' | 'checkIn.delete'>;
