import { useState } from 'react';
import { Form, Input, Label, TextField } from 'react-aria-components';
import type { RiderTerms } from '../../../../shared/consent/schema';
import { run, useCommand, useCommandMutation } from '../../lib/commands';
import { formatInstant } from '../../lib/format';
import { useRefresh } from '../../lib/refresh';
import { useUndoable } from '../../lib/undo/undoable';
import { ActionButton } from '../../ui/ActionButton';
import { AppDialog, type DialogState } from '../../ui/AppDialog';
import { FormActions } from '../../ui/FormActions';
import { Notice } from '../../ui/Notice';
import { consentRefresh } from './queries';

/** A production's rider templates: new riders can start from one; riders keep their own copy. */
export function TemplateList({ productionId }: { productionId: string }) {
  const templates = useCommand('riderTemplate.list', { productionId });
  const timeZone = useCommand('production.get', { id: productionId }).data?.timeZone;
  const refresh = useRefresh(consentRefresh);
  const remove = useCommandMutation('riderTemplate.delete', { onSuccess: refresh });
  const perform = useUndoable();
  if (templates.isError) return <Notice tone="error">{templates.error.message}</Notice>;
  if (!templates.data) return null;
  if (templates.data.length === 0) {
    return <p className="muted">No templates yet. Save a rider’s terms as a template from its page.</p>;
  }
  return (
    <>
      {remove.error ? <Notice tone="error">{remove.error.message}</Notice> : null}
      <ul className="template-list">
        {templates.data.map((t) => (
          <li key={t.id} className="template-item">
            <span className="template-name">{t.name}</span>
            <span className="muted">Changed {formatInstant(t.updatedAt, timeZone)}</span>
            <ActionButton
              size="small"
              variant="quiet"
              aria-label={`Delete template ${t.name}`}
              isPending={remove.isPending && remove.variables?.id === t.id}
              onPress={() =>
                void perform({
                  label: `Template “${t.name}” deleted`,
                  refresh: consentRefresh(),
                  run: () => remove.mutateAsync({ id: t.id }),
                  undo: () => run('riderTemplate.delete', { id: t.id, deleted: false }),
                  redo: () => run('riderTemplate.delete', { id: t.id, deleted: true }),
                }).catch(() => undefined)
              }
            >
              Delete
            </ActionButton>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Keeps a rider's terms (not its scenes or signature) as a template for the production. */
export function SaveTemplateDialog({
  productionId,
  terms,
  isOpen,
  onOpenChange,
}: {
  productionId: string;
  terms: RiderTerms;
} & DialogState) {
  const [name, setName] = useState('');
  const create = useCommandMutation('riderTemplate.create');
  const perform = useUndoable();
  const nameIssue = create.error?.issues.find((i) => i.path === 'name')?.message;
  return (
    <AppDialog title="Save terms as a template" isOpen={isOpen} onOpenChange={onOpenChange}>
      <Form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            // Undo deletes the new template; redo restores that same one rather than a copy.
            await perform({
              label: (t) => `Template “${t.name}” saved`,
              refresh: consentRefresh(),
              run: () => create.mutateAsync({ productionId, name, terms }),
              undo: (t) => run('riderTemplate.delete', { id: t.id, deleted: true }),
              redo: (t) => run('riderTemplate.delete', { id: t.id, deleted: false }),
            });
            setName('');
            onOpenChange(false);
          } catch {
            // Shown below from the mutation's error.
          }
        }}
      >
        <p className="muted">The terms are copied; scenes, signatures and the performer are not.</p>
        <TextField className="field" value={name} onChange={setName} isInvalid={nameIssue !== undefined} autoFocus>
          <Label className="field-label">Template name</Label>
          <Input className="input" />
          {nameIssue ? <span className="field-error">{nameIssue}</span> : null}
        </TextField>
        {create.error && !nameIssue ? <Notice tone="error">{create.error.message}</Notice> : null}
        <FormActions
          onCancel={() => onOpenChange(false)}
          submitLabel="Save template"
          isPending={create.isPending}
          pendingLabel="Saving…"
        />
      </Form>
    </AppDialog>
  );
}
