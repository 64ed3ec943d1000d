import type { ClosureRecord, FollowUp } from '../../../shared/closure/schema';
import { audited, type EditSpec } from '../audit/edits';
import type { HandlersFor } from '../kit/handler';
import { getScene } from '../scenes/scenes';
import type { Db } from '../vault/connection';
import { addFollowUp, saveClosure, setFollowUpDeleted, updateFollowUp } from './closure';
import { type ClosureRow, closureFromRow, FOLLOW_UP_SELECT, type FollowUpRow, followUpFromRow } from './rows';

function sceneProductionId(db: Db, sceneId: string): string {
  return getScene(db, sceneId).productionId;
}

/** Closure notes as the trail names them. */
function closureSpec(db: Db): EditSpec<ClosureRecord> {
  return {
    entity: 'closure',
    productionId: (c) => sceneProductionId(db, c.sceneId),
    entityId: (c) => c.id,
    fields: {
      practices: 'Closure practices',
      practiceNote: 'Practice note',
      debrief: 'Debrief',
      nextShootNotes: 'Notes for the next shoot',
    },
  };
}

/** A follow-up as the trail names it, with its deletion. */
function followUpSpec(db: Db): EditSpec<FollowUp> {
  return {
    entity: 'follow_up',
    productionId: (f) => sceneProductionId(db, f.sceneId),
    entityId: (f) => f.id,
    fields: {
      description: 'Follow-up',
      dueDate: 'Due',
      personName: 'Concerns',
      doneAt: 'Done',
      deletedAt: 'Deleted',
    },
    // The follow-up as stored, with its deletion, which the command's result leaves out.
    view: (f) => ({ ...(readFollowUp(db, f.id) ?? f) }),
  };
}

/** The follow-up as stored, through the closure domain's one mapper, with when it was deleted. */
function readFollowUp(db: Db, id: string): (FollowUp & { deletedAt: string | null }) | null {
  const row = db.prepare(`${FOLLOW_UP_SELECT} WHERE f.id = ?`).get(id) as FollowUpRow | undefined;
  if (!row) return null;
  const deletedAt = db.prepare('SELECT deleted_at FROM follow_up WHERE id = ?').pluck().get(id) as string | null;
  return { ...followUpFromRow(row), deletedAt };
}

/** A performer's closure notes for a scene as stored, through the closure domain's one mapper. */
function readClosure(db: Db, sceneId: string, personId: string): ClosureRecord | null {
  const row = db.prepare('SELECT * FROM closure WHERE scene_id = ? AND person_id = ?').get(sceneId, personId) as
    | ClosureRow
    | undefined;
  return row ? closureFromRow(row) : null;
}

/** These commands change records that feed readiness or consent: each runs with its audit entry, in words, in one transaction. */
export const closureEdits = {
  'closure.save': (input, { core }) =>
    audited(
      core.db(),
      closureSpec(core.db()),
      'save',
      () => readClosure(core.db(), input.sceneId, input.personId),
      () => saveClosure(core.db(), input),
    ),
  'followUp.add': (input, { core }) =>
    audited(
      core.db(),
      followUpSpec(core.db()),
      'add',
      () => null,
      () => addFollowUp(core.db(), input),
    ),
  'followUp.update': ({ id, patch }, { core }) =>
    audited(
      core.db(),
      followUpSpec(core.db()),
      'update',
      () => readFollowUp(core.db(), id),
      () => updateFollowUp(core.db(), id, patch),
    ),
  'followUp.delete': ({ id, deleted }, { core }) =>
    audited(
      core.db(),
      followUpSpec(core.db()),
      deleted ? 'delete' : 'restore',
      () => readFollowUp(core.db(), id),
      () => setFollowUpDeleted(core.db(), id, deleted),
    ),
} satisfies Pick<
  HandlersFor<'closure.'> & HandlersFor<'followUp.'>,
  'closure.save' | 'followUp.add' | 'followUp.update' | 'followUp.delete'
>;
