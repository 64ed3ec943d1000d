import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import type { Person } from '../../../../shared/people/schema';
import { run, useCommand } from '../../lib/commands';
import { formatDay } from '../../lib/format';
import { useUndoableMutation } from '../../lib/undo/use-undoable-mutation';
import { ActionButton } from '../../ui/ActionButton';
import { AppDialog } from '../../ui/AppDialog';
import { ErrorLine } from '../../ui/controls';
import { Notice } from '../../ui/Notice';
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
          <table className="table" aria-label="People">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Pronouns</th>
                <th scope="col">Date of birth</th>
                <th scope="col">Adhesive allergy</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.data.map((p) => (
                <tr key={p.id}>
                  <td>
                    {p.name} {p.isMinor ? <span className="badge badge-warning">Minor</span> : null}
                  </td>
                  <td>{p.pronouns}</td>
                  <td>{p.dateOfBirth ? formatDay(p.dateOfBirth) : '—'}</td>
                  <td>{p.adhesiveAllergy ? 'Yes' : 'No'}</td>
                  <td className="numeric">
                    <Button
                      className="btn btn-quiet btn-small"
                      onPress={() => setEditing(p)}
                      aria-label={`Edit ${p.name}`}
                    >
                      Edit
                    </Button>
                    <Button
                      className="btn btn-quiet btn-small btn-delete"
                      onPress={() => remove.mutate(p)}
                      aria-label={`Delete ${p.name}`}
                    >
                      Delete
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
