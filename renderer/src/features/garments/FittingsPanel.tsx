import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import type { CostumePerformer } from '../../../../shared/garments/schema';
import { type CommandError, useCommand, useCommandMutation } from '../../lib/commands';
import { applyServerIssues } from '../../lib/forms';
import { useRefresh } from '../../lib/refresh';
import { ActionButton } from '../../ui/ActionButton';
import { FormSelectField, FormTextField } from '../../ui/fields';
import { garmentsRefresh } from './queries';

interface Values {
  personId: string;
  startsAt: string;
  place: string;
  fitter: string;
}

/** Fitting appointments: when, where, with which fitter, beside the performer's fitter preference. */
export function FittingsPanel({
  productionId,
  performers,
}: {
  productionId: string;
  performers: readonly CostumePerformer[];
}) {
  const fittings = useCommand('garment.fittingList', { productionId });
  const refresh = useRefresh(garmentsRefresh);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { control, handleSubmit, setError, reset } = useForm<Values>({
    defaultValues: { personId: '', startsAt: '', place: '', fitter: '' },
  });
  const book = useCommandMutation('garment.fittingSet', {
    onSuccess: async () => {
      reset();
      await refresh();
    },
    onError: (error: CommandError) =>
      setUnplaced(applyServerIssues(error, setError, ['personId', 'startsAt', 'place', 'fitter'])),
  });
  const cancel = useCommandMutation('garment.fittingDelete', { onSuccess: () => refresh() });
  const submit = handleSubmit((v) => {
    setUnplaced([]);
    if (!v.personId) return setError('personId', { message: 'Choose the performer' });
    book.mutate({ productionId, ...v });
  });
  const list = fittings.data ?? [];
  return (
    <section aria-labelledby="fittings-heading">
      <h2 id="fittings-heading">Fittings</h2>
      {list.length === 0 ? (
        <p className="muted">No fittings booked.</p>
      ) : (
        <table className="table" aria-label="Fittings">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Performer</th>
              <th scope="col">Place</th>
              <th scope="col">Fitter</th>
              <th scope="col">Fitter preference</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((f) => (
              <tr key={f.id}>
                <td>{f.startsAt.replace('T', ' ')}</td>
                <td>{f.personName}</td>
                <td>{f.place || '–'}</td>
                <td>{f.fitter || '–'}</td>
                <td>{f.fitterPreference || '–'}</td>
                <td className="actions">
                  <ActionButton size="small" variant="quiet" onPress={() => cancel.mutate({ id: f.id })}>
                    Cancel fitting of {f.personName}
                  </ActionButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Form className="form" onSubmit={submit} validationBehavior="aria" aria-label="Book a fitting">
        <div className="form-grid">
          <FormSelectField
            control={control}
            name="personId"
            label="Performer"
            options={performers.map((p) => ({ id: p.personId, label: p.name }))}
          />
          <FormTextField control={control} name="startsAt" label="When" description="YYYY-MM-DDTHH:MM" literal />
          <FormTextField control={control} name="place" label="Place" />
          <FormTextField control={control} name="fitter" label="Fitter" />
        </div>
        {unplaced.map((m) => (
          <p key={m} className="field-error" role="alert">
            {m}
          </p>
        ))}
        <ActionButton type="submit" variant="primary" isDisabled={book.isPending}>
          Book fitting
        </ActionButton>
      </Form>
    </section>
  );
}
