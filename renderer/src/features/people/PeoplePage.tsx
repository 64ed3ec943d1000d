import { useEffect, useState } from 'react';
import type { Person } from '../../../../shared/people/schema';
import { run, useCommand } from '../../lib/commands';
import { formatDay } from '../../lib/format';
import { useUndoableMutation } from '../../lib/undo/use-undoable-mutation';
import { ActionButton } from '../../ui/ActionButton';
import { AppDialog } from '../../ui/AppDialog';
import { ErrorLine } from '../../ui/controls';
import { ACTIONS, DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { RowAction } from '../../ui/RowAction';
import { PersonForm } from './PersonForm';
import { peopleRefresh } from './queries';

/** `#/people`: everyone in the vault, typed once and cast in any production. */
export function PeoplePage() {
  const people = useCommand('person.list', {});
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const setDeleted = (p: Person, deleted: boolean) => run('person.delete', { id: p.id, deleted });
  // Soft: riders, check-ins and the audit trail keep pointing at the person, and Undo restores them.
  const remove = useUndoableMutation((p: Person) => ({
    label: `${p.name} moved to Recently deleted`,
    refresh: peopleRefresh(),
    run: () => setDeleted(p, true),
    undo: () => setDeleted(p, false),
  }));
  useEffect(() => {
    document.title = 'People · Closed Set';
  }, []);

  return (
    <div className="page page-wide">
      <header className="page-header">
        <div className="page-heading">
          <h1 className="page-title">People</h1>
          <p className="page-subtitle">Everyone in this vault. Sizes and allergies stay in the vault.</p>
        </div>
        <div className="page-actions">
          <ActionButton variant="primary" onPress={() => setEditing('new')}>
            New person
          </ActionButton>
        </div>
      </header>
      {people.isError ? <Notice tone="error">{people.error.message}</Notice> : null}
      <ErrorLine error={remove.error} />
      {people.data?.length === 0 ? <p className="muted">Nobody yet. Add the cast and crew here.</p> : null}
      {people.data && people.data.length > 0 ? (
        <div className="card">
          <DataTable
            columns={['Name', 'Pronouns', 'Date of birth', 'Adhesive allergy', ACTIONS]}
            rows={people.data}
            rowKey={(p) => p.id}
            label="People"
          >
            {(p) => (
              <>
                <td>
                  {p.name} {p.isMinor ? <span className="badge badge-warning">Minor</span> : null}
                </td>
                <td>{p.pronouns}</td>
                <td>{p.dateOfBirth ? formatDay(p.dateOfBirth) : '—'}</td>
                <td>{p.adhesiveAllergy ? 'Yes' : 'No'}</td>
                <td className="numeric">
                  <RowAction verb="Edit" name={p.name} onPress={() => setEditing(p)} />
                  <RowAction verb="Delete" name={p.name} onPress={() => remove.mutate(p)} danger />
                </td>
              </>
            )}
          </DataTable>
        </div>
      ) : null}
      <AppDialog
        title={editing === 'new' ? 'New person' : `Edit ${editing?.name ?? ''}`}
        isOpen={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        size="large"
      >
        <PersonForm
          person={editing && editing !== 'new' ? editing : undefined}
          onDone={() => setEditing(null)}
          onCancel={() => setEditing(null)}
        />
      </AppDialog>
    </div>
  );
}
