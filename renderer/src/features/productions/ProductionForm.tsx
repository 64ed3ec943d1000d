import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { type Production, ProductionInput, type ProductionPatch } from '../../../../shared/productions/schema';
import { type CommandError, isCommandError, run, useCommandMutation } from '../../lib/commands';
import { applyServerIssues } from '../../lib/forms';
import { refreshQueries } from '../../lib/refresh';
import { useUndo } from '../../lib/undo/UndoProvider';
import { inversePatch } from '../../lib/undo/undo';
import { useUndoable } from '../../lib/undo/undoable';
import { useUnsavedGuard } from '../../lib/unsaved';
import { FormActions } from '../../ui/FormActions';
import { FormComboBoxField, FormDateField, FormNumberField, FormSelectField, FormTextField } from '../../ui/fields';
import { browserTimeZone, noticeHint, statusOptions, timeZoneOptions, typeOptions, unionOptions } from './options';
import { productionsRefresh } from './queries';

type Values = z.input<typeof ProductionInput>;
type Parsed = z.output<typeof ProductionInput>;
type Patch = z.input<typeof ProductionPatch>;
const FIELDS = [
  'title',
  'type',
  'company',
  'unionStatus',
  'startDate',
  'endDate',
  'timeZone',
  'status',
  'noticeHours',
] as const satisfies readonly (keyof Values)[];

function valuesOf(p: Production): Values {
  return {
    title: p.title,
    type: p.type,
    company: p.company,
    unionStatus: p.unionStatus,
    startDate: p.startDate,
    endDate: p.endDate,
    timeZone: p.timeZone,
    status: p.status,
    noticeHours: p.noticeHours,
  };
}

// Editing checks the whole record too (the same rules as ProductionPatch, all fields present); the
// server then checks the patch of changed fields against ProductionPatch.
const resolver = zodResolver(ProductionInput);

/** Create or edit a production. `production` given means edit. */
export function ProductionForm({
  production,
  onDone,
  onCancel,
}: {
  production?: Production;
  onDone: (saved: Production) => void;
  onCancel: () => void;
}) {
  const editing = production !== undefined;
  const form = useForm<Values, unknown, Parsed>({
    resolver,
    defaultValues: production
      ? valuesOf(production)
      : {
          title: '',
          company: '',
          startDate: null,
          endDate: null,
          timeZone: browserTimeZone(),
          status: 'pre-production',
          noticeHours: 48,
        },
  });
  const releaseGuard = useUnsavedGuard(form.formState.isDirty);
  const leave = (saved: Production) => {
    releaseGuard();
    onDone(saved);
  };
  const union = useWatch({ control: form.control, name: 'unionStatus' });

  const queryClient = useQueryClient();
  const refresh = async (saved: Production) => {
    queryClient.setQueryData(['production.get', { id: saved.id }], saved);
    await refreshQueries(queryClient, productionsRefresh());
  };
  const perform = useUndoable();
  const create = useMutation<Production, CommandError, Parsed>({
    // A production is never deleted: undoing its creation archives it, and redo restores the same one.
    mutationFn: (input) =>
      perform({
        label: (p) => `${p.title} added`,
        refresh: productionsRefresh(),
        run: () => run('production.create', input),
        undo: (p) => run('production.archive', { id: p.id, archived: true }),
        redo: (p) => run('production.archive', { id: p.id, archived: false }),
      }),
    onSuccess: refresh,
  });
  const update = useCommandMutation('production.update', { onSuccess: refresh });
  const [problem, setProblem] = useState<string | null>(null);
  const { record: recordUndo } = useUndo();

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    try {
      if (production) {
        // Send only what changed, so two windows editing different fields do not undo each other.
        const patch: Patch = {};
        for (const field of FIELDS) {
          if (values[field] !== production[field]) Object.assign(patch, { [field]: values[field] });
        }
        if (Object.keys(patch).length === 0) return leave(production);
        const saved = await update.mutateAsync({ id: production.id, patch });
        recordUndo({
          label: `${production.title}: details changed`,
          refresh: productionsRefresh(),
          undo: () =>
            run('production.update', { id: production.id, patch: inversePatch(production, patch) }).then(() => {}),
          redo: () => run('production.update', { id: production.id, patch }).then(() => {}),
        });
        leave(saved);
      } else {
        leave(await create.mutateAsync(values));
      }
    } catch (error) {
      if (!isCommandError(error)) throw error;
      const unplaced = applyServerIssues(error, form.setError, FIELDS, editing ? 'patch.' : '');
      if (unplaced.length > 0) setProblem(unplaced.join(' '));
    }
  });

  return (
    <Form onSubmit={onSubmit} className="form production-form" validationBehavior="aria">
      <div className="form-grid">
        <FormTextField control={form.control} name="title" label="Title" className="span-2" autoFocus />
        <FormSelectField control={form.control} name="type" label="Production type" options={typeOptions} />
        <FormTextField control={form.control} name="company" label="Production company" />
        <FormSelectField
          control={form.control}
          name="unionStatus"
          label="Union status"
          options={unionOptions}
          description="Sets which guidance the notice and consent checks follow."
        />
        <FormSelectField control={form.control} name="status" label="Status" options={statusOptions} />
        <FormDateField control={form.control} name="startDate" label="Start of principal photography" />
        <FormDateField control={form.control} name="endDate" label="Wrap date" />
        <FormComboBoxField
          control={form.control}
          name="timeZone"
          label="Time zone"
          options={timeZoneOptions()}
          description="Call times and rider deadlines are shown in this zone."
        />
        <FormNumberField
          control={form.control}
          name="noticeHours"
          label="Rider notice (hours)"
          minValue={0}
          maxValue={720}
          description={noticeHint(union)}
        />
      </div>
      <FormActions
        problem={problem}
        onCancel={onCancel}
        submitLabel={editing ? 'Save changes' : 'Create production'}
        isPending={create.isPending || update.isPending}
        pendingLabel="Saving…"
      />
    </Form>
  );
}
