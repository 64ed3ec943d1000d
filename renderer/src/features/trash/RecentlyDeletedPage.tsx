import { useEffect, useState } from 'react';
import type { TrashItem } from '../../../../shared/trash/schema';
import { run, useCommand } from '../../lib/commands';
import { formatInstant } from '../../lib/format';
import { useRefresh } from '../../lib/refresh';
import { useUndo } from '../../lib/undo/UndoProvider';
import { ActionButton } from '../../ui/ActionButton';
import { DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { trashRefresh } from './queries';

const KIND_LABELS: Record<TrashItem['kind'], string> = {
  scene: 'Scene',
  person: 'Person',
  member: 'Cast or crew place',
  break: 'Break',
  'follow-up': 'Follow-up',
  'check-in': 'Meeting or check-in',
  rider: 'Rider (never sent)',
  'rider-template': 'Rider template',
  'garment-type': 'Garment item type',
  'garment-variant': 'Garment variant',
};

/** Each kind is restored, and deleted again for undo, through its own domain command. */
async function setDeleted(item: TrashItem, deleted: boolean): Promise<void> {
  switch (item.kind) {
    case 'scene':
      await run('scene.delete', { id: item.id, deleted });
      return;
    case 'person':
      await run('person.delete', { id: item.id, deleted });
      return;
    case 'member':
      await run('member.remove', { id: item.id, removed: deleted });
      return;
    case 'break':
      await run('onset.deleteBreak', { id: item.id, deleted });
      return;
    case 'follow-up':
      await run('followUp.delete', { id: item.id, deleted });
      return;
    case 'check-in':
      await run('checkIn.delete', { id: item.id, deleted });
      return;
    case 'rider':
      await run('rider.discard', { id: item.id, discarded: deleted });
      return;
    case 'rider-template':
      await run('riderTemplate.delete', { id: item.id, deleted });
      return;
    case 'garment-type':
      await run('garment.typeDelete', { id: item.id, deleted });
      return;
    case 'garment-variant':
      await run('garment.variantDelete', { id: item.id, deleted });
      return;
  }
}

export function RecentlyDeletedPage() {
  const trash = useCommand('trash.list', {}, { staleTime: 0 });
  const refresh = useRefresh(trashRefresh);
  const { record } = useUndo();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => {
    document.title = 'Recently deleted · Closed Set';
  }, []);

  const restore = async (item: TrashItem) => {
    setBusy(item.id);
    setError(null);
    try {
      await setDeleted(item, false);
      record({
        label: `${item.title} restored`,
        refresh: trashRefresh(),
        undo: () => setDeleted(item, true),
        redo: () => setDeleted(item, false),
      });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
      await refresh();
    }
  };

  return (
    <article className="page" aria-labelledby="trash-title">
      <header className="page-header">
        <div className="page-heading">
          <h1 id="trash-title" className="page-title">
            Recently deleted
          </h1>
          <p className="page-subtitle">
            Deleted records keep their history (consent, audit) and can be restored here at any time.
          </p>
        </div>
      </header>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {trash.isPending ? <p className="page-loading">Loading…</p> : null}
      {trash.isError ? <Notice tone="error">{trash.error.message}</Notice> : null}
      {trash.data?.length === 0 ? <p className="muted">Nothing has been deleted.</p> : null}
      {trash.data && trash.data.length > 0 ? (
        <DataTable
          columns={['Record', 'Production', 'Deleted', { label: 'Action', hidden: true }]}
          rows={trash.data}
          rowKey={(item) => `${item.kind}:${item.id}`}
          className="trash-table"
        >
          {(item) => (
            <>
              <td>
                <span className="trash-title">{item.title}</span>
                <span className="muted">
                  {' '}
                  · {KIND_LABELS[item.kind]}
                  {item.detail ? ` · ${item.detail}` : ''}
                </span>
              </td>
              <td>{item.productionTitle ?? 'Whole vault'}</td>
              <td>{formatInstant(item.deletedAt)}</td>
              <td>
                <ActionButton
                  size="small"
                  isPending={busy === item.id}
                  pendingLabel="Restoring…"
                  onPress={() => void restore(item)}
                  aria-label={`Restore ${item.title}`}
                >
                  Restore
                </ActionButton>
              </td>
            </>
          )}
        </DataTable>
      ) : null}
    </article>
  );
}
