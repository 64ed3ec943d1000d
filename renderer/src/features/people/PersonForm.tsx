import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { type Person, PersonInput, SIZE_KEYS } from '../../../../shared/people/schema';
import { type CommandError, isCommandError, run, useCommandMutation } from '../../lib/commands';
import { applyServerIssues } from '../../lib/forms';
import { SIZE_LABELS } from '../../lib/labels';
import { refreshQueries } from '../../lib/refresh';
import { useUndo } from '../../lib/undo/UndoProvider';
import { inversePatch } from '../../lib/undo/undo';
import { useUndoable } from '../../lib/undo/undoable';
import { useUnsavedGuard } from '../../lib/unsaved';
import { Check, TextInput } from '../../ui/controls';
import { FormActions } from '../../ui/FormActions';
import { FormDateField, FormTextField } from '../../ui/fields';
import { peopleRefresh } from './queries';

type Values = z.input<typeof PersonInput>;
type Parsed = z.output<typeof PersonInput>;
const FIELDS = [
  'name',
  'pronouns',
  'email',
  'phone',
  'representative',
  'dateOfBirth',
  'isMinor',
  'allergies',
  'adhesiveAllergy',
  'notes',
] as const;

const blankSizes = (): Record<string, string> => Object.fromEntries(SIZE_KEYS.map((k) => [k, '']));

/** Create or edit a person; the same zod schema as `person.create` checks the form. */
export function PersonForm({
  person,
  onDone,
  onCancel,
}: {
  person?: Person;
  onDone: (p: Person) => void;
  onCancel: () => void;
}) {
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(PersonInput),
    defaultValues: person
      ? {
          name: person.name,
          pronouns: person.pronouns,
          email: person.email,
          phone: person.phone,
          representative: person.representative,
          dateOfBirth: person.dateOfBirth,
          isMinor: person.isMinor,
          allergies: person.allergies,
          adhesiveAllergy: person.adhesiveAllergy,
          notes: person.notes,
        }
      : {
          name: '',
          pronouns: '',
          email: '',
          phone: '',
          representative: '',
          dateOfBirth: null,
          isMinor: false,
          sizes: {},
        },
  });
  const queryClient = useQueryClient();
  const refresh = async () => {
    await refreshQueries(queryClient, peopleRefresh());
  };
  const perform = useUndoable();
  const create = useMutation<Person, CommandError, Values>({
    // Undo soft-deletes the new person; redo restores that same record rather than adding a twin.
    mutationFn: (input) =>
      perform({
        label: (p) => `${p.name} added`,
        refresh: peopleRefresh(),
        run: () => run('person.create', input),
        undo: (p) => run('person.delete', { id: p.id, deleted: true }),
        redo: (p) => run('person.delete', { id: p.id, deleted: false }),
      }),
  });
  const update = useCommandMutation('person.update', { onSuccess: refresh });
  const [problem, setProblem] = useState<string | null>(null);
  const { record: recordUndo } = useUndo();
  // Sizes are a free set of named values; they are kept beside the form and checked by the server.
  const [initialSizes] = useState<Record<string, string>>(() => ({ ...blankSizes(), ...(person?.sizes ?? {}) }));
  const [sizes, setSizes] = useState<Record<string, string>>(initialSizes);
  const releaseGuard = useUnsavedGuard(
    form.formState.isDirty || JSON.stringify(sizes) !== JSON.stringify(initialSizes),
  );
  const leave = (saved: Person) => {
    releaseGuard();
    onDone(saved);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    const filled = Object.fromEntries(Object.entries(sizes).filter(([, v]) => v.trim() !== ''));
    try {
      if (person) {
        const patch = { ...values, sizes: filled };
        const saved = await update.mutateAsync({ id: person.id, patch });
        recordUndo({
          label: `${person.name}: details changed`,
          refresh: peopleRefresh(),
          undo: () => run('person.update', { id: person.id, patch: inversePatch(person, patch) }).then(() => {}),
          redo: () => run('person.update', { id: person.id, patch }).then(() => {}),
        });
        leave(saved);
      } else {
        leave(await create.mutateAsync({ ...values, sizes: filled }));
      }
    } catch (error) {
      if (!isCommandError(error)) throw error;
      const unplaced = applyServerIssues(error, form.setError, FIELDS, person ? 'patch.' : '');
      if (unplaced.length > 0) setProblem(unplaced.join(' '));
    }
  });

  return (
    <Form onSubmit={onSubmit} className="form" validationBehavior="aria">
      <div className="form-grid">
        <FormTextField control={form.control} name="name" label="Name" autoFocus />
        <FormTextField control={form.control} name="pronouns" label="Pronouns" />
        <FormTextField control={form.control} name="email" label="Email" />
        <FormTextField control={form.control} name="phone" label="Phone" />
        <FormTextField
          control={form.control}
          name="representative"
          label="Agent or representative"
          className="span-2"
        />
        <FormDateField
          control={form.control}
          name="dateOfBirth"
          label="Date of birth"
          description="Age on each shoot date is worked out from this."
        />
        <Controller
          control={form.control}
          name="isMinor"
          render={({ field }) => (
            <div className="field">
              <span className="field-label">Minor</span>
              <Check isSelected={field.value === true} onChange={field.onChange}>
                Treat as a minor when no date of birth is known
              </Check>
            </div>
          )}
        />
      </div>
      <fieldset className="stack">
        <legend className="subsection-title">Sizes (sensitive)</legend>
        <div className="form-grid">
          {SIZE_KEYS.map((key) => (
            <TextInput
              key={key}
              label={SIZE_LABELS[key]}
              value={sizes[key] ?? ''}
              onChange={(v) => setSizes((old) => ({ ...old, [key]: v }))}
            />
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <FormTextField control={form.control} name="allergies" label="Allergies" className="span-2" />
        <Controller
          control={form.control}
          name="adhesiveAllergy"
          render={({ field }) => (
            <Check isSelected={field.value === true} onChange={field.onChange}>
              Allergic to adhesives
            </Check>
          )}
        />
        <FormTextField control={form.control} name="notes" label="Notes" className="span-2" />
      </div>
      <FormActions
        problem={problem}
        onCancel={onCancel}
        submitLabel={person ? 'Save person' : 'Add person'}
        isPending={create.isPending || update.isPending}
        pendingLabel="Saving…"
      />
    </Form>
  );
}
