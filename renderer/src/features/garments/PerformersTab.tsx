import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { allergenLabel } from '../../../../shared/garments/rules';
import type { CostumePerformer } from '../../../../shared/garments/schema';
import { SIZE_KEYS } from '../../../../shared/people/schema';
import { type CommandError, useCommandMutation } from '../../lib/commands';
import { applyServerIssues } from '../../lib/forms';
import { sizeLabel } from '../../lib/labels';
import { useRefresh } from '../../lib/refresh';
import { ActionButton } from '../../ui/ActionButton';
import { AppDialog } from '../../ui/AppDialog';
import { FormTextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { FittingsPanel } from './FittingsPanel';
import { garmentsRefresh } from './queries';

/** What costume needs to know about each performer: sizes, skin tone and allergies, nothing else. */
export function PerformersTab({
  productionId,
  performers,
}: {
  productionId: string;
  performers: readonly CostumePerformer[];
}) {
  const [editing, setEditing] = useState<CostumePerformer | null>(null);
  if (performers.length === 0)
    return <Notice title="No performers yet">Cast members appear here with their sizes.</Notice>;
  const keys = [...new Set(performers.flatMap((p) => Object.keys(p.sizes)))].sort();
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Sizes and allergies">
        <thead>
          <tr>
            <th scope="col">Performer</th>
            {keys.map((k) => (
              <th key={k} scope="col">
                {sizeLabel(k)}
              </th>
            ))}
            <th scope="col">Skin tone</th>
            <th scope="col">Allergies</th>
            <th scope="col">Fitter preference</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {performers.map((p) => (
            <tr key={p.personId}>
              <td>
                {p.name}
                {p.characterName ? <span className="muted"> ({p.characterName})</span> : null}
              </td>
              {keys.map((k) => (
                <td key={k}>{p.sizes[k] ?? '–'}</td>
              ))}
              <td>{p.skinTone || '–'}</td>
              <td>
                {p.allergens.map((a) => (
                  <span key={a} className="badge badge-danger">
                    {allergenLabel(a)}
                  </span>
                ))}{' '}
                {p.allergies || (p.allergens.length > 0 ? '' : 'None recorded')}
              </td>
              <td>{p.fitterPreference || '–'}</td>
              <td className="actions">
                <ActionButton size="small" variant="quiet" onPress={() => setEditing(p)}>
                  Edit {p.name}
                </ActionButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AppDialog
        title={editing ? `Sizes and allergens: ${editing.name}` : 'Sizes and allergens'}
        isOpen={editing !== null}
        onOpenChange={(open) => {
          if (!open) setEditing(null);
        }}
      >
        {editing ? (
          <PerformerForm productionId={productionId} performer={editing} onDone={() => setEditing(null)} />
        ) : null}
      </AppDialog>
      <FittingsPanel productionId={productionId} performers={performers} />
    </div>
  );
}

type Values = Record<string, string>;

/** The costume supervisor's own fields for one performer; the core checks them and audits the change. */
function PerformerForm({
  productionId,
  performer,
  onDone,
}: {
  productionId: string;
  performer: CostumePerformer;
  onDone: () => void;
}) {
  const refresh = useRefresh(garmentsRefresh);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const sizeKeys = [...new Set([...SIZE_KEYS, ...Object.keys(performer.sizes)])];
  const { control, handleSubmit, setError } = useForm<Values>({
    defaultValues: {
      skinTone: performer.skinTone,
      allergens: performer.allergens.join(', '),
      fitterPreference: performer.fitterPreference,
      ...Object.fromEntries(sizeKeys.map((k) => [`size_${k}`, performer.sizes[k] ?? ''])),
    },
  });
  const save = useCommandMutation('garment.performerUpdate', {
    onSuccess: async () => {
      await refresh();
      onDone();
    },
    onError: (error: CommandError) =>
      setUnplaced(applyServerIssues(error, setError, ['skinTone', 'allergens', 'fitterPreference'], 'patch.')),
  });
  const submit = handleSubmit((v) => {
    setUnplaced([]);
    const sizes = Object.fromEntries(
      sizeKeys.map((k) => [k, (v[`size_${k}`] ?? '').trim()] as const).filter(([, s]) => s !== ''),
    );
    save.mutate({
      productionId,
      personId: performer.personId,
      patch: {
        sizes,
        skinTone: v.skinTone ?? '',
        allergens: (v.allergens ?? '')
          .split(',')
          .map((a) => a.trim())
          .filter((a) => a !== ''),
        fitterPreference: v.fitterPreference ?? '',
      },
    });
  });
  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <div className="form-grid">
        {sizeKeys.map((k) => (
          <FormTextField key={k} control={control} name={`size_${k}`} label={`${sizeLabel(k)} size`} />
        ))}
        <FormTextField control={control} name="skinTone" label="Skin tone" />
        <FormTextField
          control={control}
          name="allergens"
          label="Allergens"
          description="Separated by commas: latex, acrylic-adhesive, silicone, zinc-oxide, nickel, adhesive, or your own words."
          className="span-2"
        />
        <FormTextField control={control} name="fitterPreference" label="Fitter preference" className="span-2" />
      </div>
      {unplaced.map((m) => (
        <p key={m} className="field-error" role="alert">
          {m}
        </p>
      ))}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isDisabled={save.isPending}>
          Save
        </ActionButton>
      </div>
    </Form>
  );
}
