import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import type { CommandInput, CommandOutput } from '../../../../shared/commands';
import type { CostumePerformer, Variant } from '../../../../shared/garments/schema';
import { MOVEMENT_LABELS, type MovementKind } from '../../../../shared/garments/stock';
import type { CommandError } from '../../lib/commands';
import { applyServerIssues } from '../../lib/forms';
import { useRefresh } from '../../lib/refresh';
import { ActionButton } from '../../ui/ActionButton';
import { AppDialog } from '../../ui/AppDialog';
import { FormNumberField, FormSelectField, FormTextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { useRecordMovement } from './movement-undo';
import { garmentsRefresh } from './queries';

export interface MovementIntent {
  kind: MovementKind;
  variant: Variant;
  personId?: string | null;
  sceneId?: string | null;
  quantity?: number;
}

interface Values {
  kind: MovementKind;
  quantity: number;
  personId: string;
  note: string;
}

const NEEDS_PERSON: readonly MovementKind[] = ['issued', 'returned', 'sanitised'];
const LOT_KINDS: readonly MovementKind[] = ['laundry-out', 'laundry-back', 'discarded', 'counted', 'consumed'];
const UNWORN = '__unworn__';

/** Receive, issue, return, laundry, consume, discard or count one variant; the core decides if it may. */
export function MovementDialog({
  productionId,
  intent,
  performers,
  onClose,
}: {
  productionId: string;
  intent: MovementIntent | null;
  performers: readonly CostumePerformer[];
  onClose: () => void;
}) {
  return (
    <AppDialog
      title={intent ? `${MOVEMENT_LABELS[intent.kind]}: ${intent.variant.label}` : 'Stock movement'}
      isOpen={intent !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      {intent ? (
        <MovementForm productionId={productionId} intent={intent} performers={performers} onDone={onClose} />
      ) : null}
    </AppDialog>
  );
}

function MovementForm({
  productionId,
  intent,
  performers,
  onDone,
}: {
  productionId: string;
  intent: MovementIntent;
  performers: readonly CostumePerformer[];
  onDone: () => void;
}) {
  const refresh = useRefresh(garmentsRefresh);
  const [allergy, setAllergy] = useState<string[] | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { control, handleSubmit, watch, setError } = useForm<Values>({
    defaultValues: {
      kind: intent.kind,
      quantity: intent.quantity ?? 1,
      personId: intent.personId ?? (NEEDS_PERSON.includes(intent.kind) ? '' : UNWORN),
      note: '',
    },
  });
  const kind = watch('kind');
  const recordMovement = useRecordMovement();
  const record = useMutation<CommandOutput<'stock.record'>, CommandError, CommandInput<'stock.record'>>({
    mutationFn: recordMovement,
    onSuccess: async () => {
      await refresh();
      onDone();
    },
    onError: (error: CommandError) => {
      const warnings = error.detail.needsAcknowledgement ? (error.detail.warnings as string[]) : null;
      if (warnings) {
        setAllergy(warnings);
        return;
      }
      setUnplaced(applyServerIssues(error, setError, ['quantity', 'personId', 'note']));
      if (error.issues.some((i) => i.path === 'counted')) setError('quantity', { message: error.message });
    },
  });

  const submit = handleSubmit((v) => {
    setUnplaced([]);
    const person = v.personId === UNWORN || v.personId === '' ? null : v.personId;
    const base = { productionId, variantId: intent.variant.id, note: v.note };
    let input: CommandInput<'stock.record'>;
    if (v.kind === 'counted') input = { ...base, kind: 'counted', counted: v.quantity, personId: person };
    else if (v.kind === 'received') input = { ...base, kind: 'received', quantity: v.quantity };
    else if (v.kind === 'issued') {
      if (!person) return setError('personId', { message: 'Choose the performer' });
      input = {
        ...base,
        kind: 'issued',
        quantity: v.quantity,
        personId: person,
        sceneId: intent.sceneId ?? null,
        acknowledgeAllergy: acknowledged,
      };
    } else if (v.kind === 'returned') {
      if (!person) return setError('personId', { message: 'Choose the performer' });
      input = { ...base, kind: 'returned', quantity: v.quantity, personId: person, sceneId: intent.sceneId ?? null };
    } else input = { ...base, kind: v.kind, quantity: v.quantity, personId: person };
    record.mutate(input);
  });

  const personOptions = [
    ...(LOT_KINDS.includes(kind) ? [{ id: UNWORN, label: 'Unworn stock' }] : []),
    ...performers.map((p) => ({ id: p.personId, label: p.characterName ? `${p.name} (${p.characterName})` : p.name })),
  ];
  const personLabel = NEEDS_PERSON.includes(kind)
    ? kind === 'issued'
      ? 'Issue to'
      : kind === 'sanitised'
        ? 'Sanitised after'
        : 'Returned by'
    : kind === 'consumed'
      ? 'Used by'
      : 'Whose worn items';
  const showPerson =
    kind !== 'received' &&
    !(intent.variant.care === 'single-use' && kind !== 'issued' && kind !== 'returned' && kind !== 'consumed');

  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <div className="form-grid">
        <FormSelectField
          control={control}
          name="kind"
          label="Movement"
          options={(Object.keys(MOVEMENT_LABELS) as MovementKind[])
            .filter((k) => intent.variant.care !== 'single-use' || (k !== 'laundry-out' && k !== 'laundry-back'))
            .filter((k) => intent.variant.care === 'shared' || k !== 'sanitised')
            .filter((k) => intent.variant.care !== 'single-use' || k !== 'returned')
            .map((k) => ({ id: k, label: MOVEMENT_LABELS[k] }))}
        />
        <FormNumberField
          control={control}
          name="quantity"
          label={kind === 'counted' ? 'Counted on the shelf' : 'Quantity'}
          minValue={kind === 'counted' ? 0 : 1}
          description={kind === 'counted' ? 'The ledger records the difference from what it expected.' : undefined}
        />
        {showPerson ? (
          <FormSelectField
            control={control}
            name="personId"
            label={personLabel}
            options={personOptions}
            description={
              intent.variant.care === 'washable' && kind !== 'issued'
                ? 'Worn washable items stay with the performer who wore them.'
                : intent.variant.care === 'shared'
                  ? 'A shared item goes to another performer only after it is recorded as sanitised.'
                  : undefined
            }
          />
        ) : null}
        <FormTextField control={control} name="note" label="Note" className="span-2" />
      </div>
      {allergy ? (
        <div className="notice" data-tone="error" role="alert">
          <p className="notice-title">Adhesive allergy</p>
          <div className="notice-body">
            {allergy.map((w) => (
              <p key={w}>{w}</p>
            ))}
            <Checkbox className="check" isSelected={acknowledged} onChange={setAcknowledged}>
              <span className="check-box" aria-hidden="true" />I have checked with the performer and the set medic:
              issue it anyway
            </Checkbox>
          </div>
        </div>
      ) : null}
      {unplaced.length > 0 ? <Notice tone="error">{unplaced.join(' ')}</Notice> : null}
      <div className="form-actions">
        <ActionButton variant="quiet" onPress={onDone}>
          Cancel
        </ActionButton>
        <ActionButton
          variant="primary"
          type="submit"
          isPending={record.isPending}
          isDisabled={allergy !== null && !acknowledged}
          pendingLabel="Saving…"
        >
          {`Record ${MOVEMENT_LABELS[kind].toLowerCase()}`}
        </ActionButton>
      </div>
    </Form>
  );
}
