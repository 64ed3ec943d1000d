import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { MEMBER_ROLE_LABELS, MEMBER_ROLES, type MemberInput, type MemberRole } from '../../../../shared/people/schema';
import { run, useCommand, useCommandMutation } from '../../lib/commands';
import { useRefresh } from '../../lib/refresh';
import { useUndo } from '../../lib/undo/UndoProvider';
import { useUndoableMutation } from '../../lib/undo/use-undoable-mutation';
import { ActionButton } from '../../ui/ActionButton';
import { ErrorLine, ProductionSections, SelectInput, TextInput } from '../../ui/controls';
import { ACTIONS, DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { peopleRefresh } from './queries';

/** `#/productions/:id/cast`: who is in this production, as performer, background or crew. */
export function CastPage({ productionId }: { productionId: string }) {
  const production = useCommand('production.get', { id: productionId });
  const members = useCommand('member.list', { productionId });
  const people = useCommand('person.list', {});
  const refresh = useRefresh(peopleRefresh);
  // Undo takes the person back off; redo puts that same membership back rather than adding another.
  const add = useUndoableMutation((input: MemberInput) => ({
    label: (m) => `${m.person.name} added to this production`,
    refresh: peopleRefresh(),
    run: () => run('member.add', input),
    undo: (m) => run('member.remove', { id: m.id, removed: true }),
    redo: (m) => run('member.remove', { id: m.id, removed: false }),
  }));
  const remove = useCommandMutation('member.remove', { onSuccess: refresh });
  const { record: recordUndo } = useUndo();
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<MemberRole>('performer');
  const [detail, setDetail] = useState('');
  useEffect(() => {
    if (production.data) document.title = `Cast and crew · ${production.data.title} · Closed Set`;
  }, [production.data]);

  const inProduction = new Set(members.data?.map((m) => m.person.id));
  const available = (people.data ?? []).filter((p) => !inProduction.has(p.id));

  return (
    <div className="page page-wide">
      <header className="page-header">
        <div className="page-heading">
          <p className="eyebrow">{production.data?.title}</p>
          <h1 className="page-title">Cast and crew</h1>
        </div>
      </header>
      <ProductionSections id={productionId} />
      {members.isError ? <Notice tone="error">{members.error.message}</Notice> : null}
      <section className="card" aria-labelledby="add-member-title">
        <h2 id="add-member-title" className="card-title">
          Add to this production
        </h2>
        {available.length === 0 ? (
          <p className="muted small">Everyone in the vault is already here. Add new people on the People page.</p>
        ) : (
          <div className="toolbar">
            <SelectInput
              label="Person"
              value={personId}
              onChange={setPersonId}
              options={[{ id: '', label: 'Choose…' }, ...available.map((p) => ({ id: p.id, label: p.name }))]}
            />
            <SelectInput
              label="Role"
              value={role}
              onChange={(v) => setRole(v as MemberRole)}
              options={MEMBER_ROLES.map((r) => ({ id: r, label: MEMBER_ROLE_LABELS[r] }))}
            />
            <TextInput label={role === 'crew' ? 'Department' : 'Character'} value={detail} onChange={setDetail} />
            <ActionButton
              variant="primary"
              isDisabled={!personId}
              isPending={add.isPending}
              onPress={() =>
                add.mutate(
                  {
                    productionId,
                    personId,
                    role,
                    ...(role === 'crew' ? { department: detail } : { characterName: detail }),
                  },
                  {
                    onSuccess: () => {
                      setPersonId('');
                      setDetail('');
                    },
                  },
                )
              }
            >
              Add
            </ActionButton>
          </div>
        )}
        <ErrorLine error={add.error} />
      </section>
      {members.data && members.data.length > 0 ? (
        <div className="card">
          <DataTable
            columns={['Name', 'Role', 'Character or department', ACTIONS]}
            rows={members.data}
            rowKey={(m) => m.id}
            label="Cast and crew"
          >
            {(m) => (
              <>
                <td>
                  {m.person.name} {m.person.isMinor ? <span className="badge badge-warning">Minor</span> : null}
                </td>
                <td>{MEMBER_ROLE_LABELS[m.role]}</td>
                <td>{m.role === 'crew' ? m.department : m.characterName}</td>
                <td className="numeric">
                  <Button
                    className="btn btn-quiet btn-small"
                    onPress={() =>
                      remove.mutate(
                        { id: m.id },
                        {
                          onSuccess: () =>
                            recordUndo({
                              label: `${m.person.name} taken off this production`,
                              refresh: peopleRefresh(),
                              undo: () => run('member.remove', { id: m.id, removed: false }).then(() => {}),
                              redo: () => run('member.remove', { id: m.id, removed: true }).then(() => {}),
                            }),
                        },
                      )
                    }
                    aria-label={`Take ${m.person.name} off this production`}
                  >
                    Remove
                  </Button>
                </td>
              </>
            )}
          </DataTable>
        </div>
      ) : members.data ? (
        <p className="muted">Nobody is on this production yet. Add people from the list above.</p>
      ) : null}
    </div>
  );
}
