import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { type RiderDetail, RiderTerms, type RiderVersion } from '../../../../shared/consent/schema';
import { Id, text } from '../../../../shared/kit/fields';
import { NUDITY_LABELS, NUDITY_LEVELS } from '../../../../shared/scenes/schema';
import { isCommandError, run, useCommand, useCommandMutation } from '../../lib/commands';
import { applyServerIssues } from '../../lib/forms';
import { useRefresh } from '../../lib/refresh';
import { riderScope, useUndoable } from '../../lib/undo/undoable';
import { useUnsavedGuard } from '../../lib/unsaved';
import { FormActions } from '../../ui/FormActions';
import { FormDateField, FormSelectField, FormTextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { CheckBox, CheckList } from './Checkboxes';
import { consentRefresh } from './queries';
import { ActsEditor, AREA_OPTIONS, ExposureEditor, TextAreaField } from './TermsEditors';

const Values = z.object({ title: text(200, 'Title'), sceneIds: z.array(Id), terms: RiderTerms });
type Values = z.input<typeof Values>;
type Parsed = z.output<typeof Values>;
const FIELDS = [
  'title',
  'sceneIds',
  'terms.nudity',
  'terms.offLimits',
  'terms.howShot',
  'terms.useNotes',
  'terms.scriptPages',
  'terms.notes',
  'terms.destroyBy',
] as const;
const NUDITY_OPTIONS = NUDITY_LEVELS.map((id) => ({ id, label: NUDITY_LABELS[id] }));

/** The structured form of a draft version: every field of the rider, saved as one change. */
export function RiderTermsForm({ detail, version }: { detail: RiderDetail; version: RiderVersion }) {
  const scenes = useCommand('scene.list', { productionId: detail.rider.productionId });
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(Values),
    defaultValues: { title: detail.rider.title, sceneIds: version.sceneIds, terms: version.terms },
  });
  useUnsavedGuard(form.formState.isDirty);
  const update = useCommandMutation('rider.update');
  const refresh = useRefresh(consentRefresh);
  const perform = useUndoable();
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const c = form.control;

  // The draft changed under the form (an undo, a redo): show it, unless the user is mid-edit.
  const shown = JSON.stringify([detail.rider.title, version.sceneIds, version.terms]);
  useEffect(() => {
    const [title, sceneIds, terms] = JSON.parse(shown) as [string, string[], Values['terms']];
    if (!form.formState.isDirty) form.reset({ title, sceneIds, terms });
  }, [shown, form]);

  const onSubmit = form.handleSubmit(async (values) => {
    setProblem(null);
    setSaved(false);
    // The inverse puts back what the screen showed before this save.
    const before = { title: detail.rider.title, sceneIds: version.sceneIds, terms: version.terms };
    const id = detail.rider.id;
    try {
      await perform({
        label: `Rider draft for ${detail.rider.personName} saved`,
        refresh: consentRefresh(),
        run: () => update.mutateAsync({ id, ...values }),
        undo: () => run('rider.update', { id, ...before }),
        scope: riderScope(id),
      });
      form.reset(values);
      setSaved(true);
      await refresh();
    } catch (error) {
      if (!isCommandError(error)) throw error;
      const unplaced = applyServerIssues(error, form.setError, FIELDS);
      if (unplaced.length > 0) setProblem(unplaced.join(' '));
    }
  });

  const sceneOptions = (scenes.data ?? []).map((s) => ({ id: s.id, label: `Scene ${s.label}` }));
  const text = (
    name: Parameters<typeof Controller<Values>>[0]['name'],
    label: string,
    rows = 3,
    description?: string,
  ) => (
    <Controller
      control={c}
      name={name}
      render={({ field, fieldState }) => (
        <TextAreaField
          label={label}
          rows={rows}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          error={fieldState.error?.message}
          description={description}
          className="span-2"
        />
      )}
    />
  );

  return (
    <Form onSubmit={onSubmit} className="form rider-form" validationBehavior="aria" aria-label="Rider terms">
      <div className="form-grid">
        <FormTextField control={c} name="title" label="Title" />
        <FormSelectField control={c} name="terms.nudity" label="Nudity agreed" options={NUDITY_OPTIONS} />
        <div className="span-2">
          <Controller
            control={c}
            name="sceneIds"
            render={({ field }) => (
              <CheckList label="Scenes covered" options={sceneOptions} value={field.value} onChange={field.onChange} />
            )}
          />
        </div>
        <FormTextField control={c} name="terms.scriptPages" label="Script pages" description="e.g. 14–16, 22" />
      </div>

      <h3 className="subsection-title">What is agreed</h3>
      <Controller
        control={c}
        name="terms.acts"
        render={({ field }) => (
          <ActsEditor value={(field.value ?? []).map((a) => ({ detail: '', ...a }))} onChange={field.onChange} />
        )}
      />
      <Controller
        control={c}
        name="terms.exposure"
        render={({ field }) => (
          <ExposureEditor
            value={(field.value ?? []).map((e) => ({ angle: '', maxSeconds: null, ...e }))}
            onChange={field.onChange}
          />
        )}
      />
      <Controller
        control={c}
        name="terms.contactAreas"
        render={({ field }) => (
          <CheckList
            label="Contact agreed on"
            description="Areas a scene partner may touch."
            options={AREA_OPTIONS}
            value={field.value ?? []}
            onChange={field.onChange}
            columns={4}
          />
        )}
      />
      <Controller
        control={c}
        name="terms.offLimitsAreas"
        render={({ field }) => (
          <CheckList
            label="Off limits"
            options={AREA_OPTIONS}
            value={field.value ?? []}
            onChange={field.onChange}
            columns={4}
          />
        )}
      />
      <div className="form-grid">{text('terms.offLimits', 'Off limits, in words')}</div>

      <h3 className="subsection-title">Who is present and how it is shot</h3>
      <div className="form-grid">
        <Controller
          control={c}
          name="terms.present"
          render={({ field }) => (
            <TextAreaField
              label="Who is present"
              description="One person or role a line."
              rows={4}
              className="span-2"
              value={(field.value ?? []).join('\n')}
              onChange={(v) =>
                field.onChange(
                  v
                    .split('\n')
                    .map((s) => s.trim())
                    .filter((s) => s.length > 0),
                )
              }
            />
          )}
        />
        {text('terms.howShot', 'How it is shot', 3, 'Closed set, cameras, monitors, robes between takes.')}
      </div>

      <h3 className="subsection-title">Use of the footage</h3>
      <div className="check-grid" data-columns={3}>
        <Flag control={c} name="terms.useInTrailer" label="May be used in trailers" />
        <Flag control={c} name="terms.useInPromotion" label="May be used in promotion" />
        <Flag control={c} name="terms.stillsNeedApproval" label="Stills only with approval" />
        <Flag control={c} name="terms.destroyUnusedFootage" label="Unused footage destroyed" />
        <Flag control={c} name="terms.bodyDouble.allowed" label="Body double allowed" />
        <Flag control={c} name="terms.digitalDouble.allowed" label="Digital double allowed" />
      </div>
      <div className="form-grid">
        <FormDateField control={c} name="terms.destroyBy" label="Destroy unused footage by" />
        <div />
        {text('terms.useNotes', 'Use limits, in words')}
        {text('terms.bodyDouble.terms', 'Body double terms', 2)}
        {text('terms.digitalDouble.terms', 'Digital double terms', 2)}
        {text('terms.notes', 'Other notes', 4)}
      </div>

      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {saved && !form.formState.isDirty ? <Notice tone="success">Draft saved.</Notice> : null}
      <FormActions submitLabel="Save draft" isPending={update.isPending} pendingLabel="Saving…" />
    </Form>
  );
}

function Flag({
  control,
  name,
  label,
}: {
  control: ReturnType<typeof useForm<Values, unknown, Parsed>>['control'];
  name: Parameters<typeof Controller<Values>>[0]['name'];
  label: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <CheckBox isSelected={field.value === true} onChange={field.onChange}>
          {label}
        </CheckBox>
      )}
    />
  );
}
