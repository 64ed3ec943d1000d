import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { z } from 'zod';
import { isCommandError, run, useCommand, useCommandMutation } from '../../lib/commands';
import { applyServerIssues } from '../../lib/forms';
import { useRefresh } from '../../lib/refresh';
import { riderScope, useUndoable } from '../../lib/undo/undoable';
import { useUnsavedGuard } from '../../lib/unsaved';
import { AppDialog, type DialogState } from '../../ui/AppDialog';
import { FormActions } from '../../ui/FormActions';
import { FormSelectField, FormTextField } from '../../ui/fields';
import { CheckList } from './Checkboxes';
import { consentRefresh } from './queries';

const NO_TEMPLATE = 'none';
const Values = z.object({
  personId: z.string().min(1, 'Choose the performer'),
  templateId: z.string(),
  title: z.string().max(200, 'Title is longer than 200 characters'),
  sceneIds: z.array(z.string()),
});
type Values = z.infer<typeof Values>;
const FIELDS = ['personId', 'templateId', 'title', 'sceneIds'] as const;

export function NewRiderDialog({
  productionId,
  isOpen,
  onOpenChange,
}: {
  productionId: string;
} & DialogState) {
  return (
    <AppDialog title="New rider" isOpen={isOpen} onOpenChange={onOpenChange} size="large">
      <NewRiderForm productionId={productionId} onCancel={() => onOpenChange(false)} />
    </AppDialog>
  );
}

function NewRiderForm({ productionId, onCancel }: { productionId: string; onCancel: () => void }) {
  const members = useCommand('member.list', { productionId });
  const scenes = useCommand('scene.list', { productionId });
  const templates = useCommand('riderTemplate.list', { productionId });
  const form = useForm<Values>({
    resolver: zodResolver(Values),
    defaultValues: { personId: '', templateId: NO_TEMPLATE, title: '', sceneIds: [] },
  });
  const releaseGuard = useUnsavedGuard(form.formState.isDirty);
  const create = useCommandMutation('rider.create');
  const refresh = useRefresh(consentRefresh);
  const perform = useUndoable();
  const [, navigate] = useLocation();
  const [problem, setProblem] = useState<string | null>(null);

  const performers = (members.data ?? [])
    .filter((m) => m.role !== 'crew')
    .map((m) => ({
      id: m.person.id,
      label: m.characterName ? `${m.person.name} (${m.characterName})` : m.person.name,
    }));
  const templateOptions = [
    { id: NO_TEMPLATE, label: 'None: start from blank terms' },
    ...(templates.data ?? []).map((t) => ({ id: t.id, label: t.name })),
  ];
  const personId = form.watch('personId');
  const sceneOptions = (scenes.data ?? []).map((s) => {
    const inScene = s.performers.find((p) => p.personId === personId);
    const detail = inScene
      ? inScene.nudity !== 'none' || inScene.simulatedSex
        ? ' · needs a rider'
        : ' · in scene'
      : '';
    return { id: s.id, label: `Scene ${s.label}${detail}` };
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      // Undo discards the new draft (it was never sent); redo restores that same draft.
      const created = await perform({
        label: (d) => `Rider draft for ${d.rider.personName} created`,
        refresh: consentRefresh(),
        run: () =>
          create.mutateAsync({
            productionId,
            personId: values.personId,
            title: values.title,
            sceneIds: values.sceneIds,
            ...(values.templateId === NO_TEMPLATE ? {} : { templateId: values.templateId }),
          }),
        undo: (d) => run('rider.discard', { id: d.rider.id, discarded: true }),
        redo: (d) => run('rider.discard', { id: d.rider.id, discarded: false }),
        scope: (d) => riderScope(d.rider.id),
      });
      await refresh();
      releaseGuard();
      navigate(`/riders/${created.rider.id}`);
    } catch (error) {
      if (!isCommandError(error)) throw error;
      const unplaced = applyServerIssues(error, form.setError, FIELDS);
      if (unplaced.length > 0) setProblem(unplaced.join(' '));
    }
  });

  return (
    <Form onSubmit={onSubmit} className="form" validationBehavior="aria">
      <div className="form-grid">
        <FormSelectField control={form.control} name="personId" label="Performer" options={performers} />
        <FormSelectField
          control={form.control}
          name="templateId"
          label="Start from template"
          options={templateOptions}
        />
        <FormTextField
          control={form.control}
          name="title"
          label="Title"
          className="span-2"
          description="Optional, e.g. “Episode 103, bedroom scenes”."
        />
        <div className="span-2">
          <Controller
            control={form.control}
            name="sceneIds"
            render={({ field }) => (
              <CheckList
                label="Scenes covered"
                description="A rider can cover several scenes; each is checked on its own call time."
                options={sceneOptions}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
        </div>
      </div>
      <FormActions
        problem={problem}
        onCancel={onCancel}
        submitLabel="Create draft"
        isPending={create.isPending}
        pendingLabel="Creating…"
      />
    </Form>
  );
}
