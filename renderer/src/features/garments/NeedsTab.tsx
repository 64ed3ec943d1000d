import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  Button,
  Group,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  NumberField,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import type { CostumePerformer, CostumeScene, Need } from '../../../../shared/garments/schema';
import { sceneLabel } from '../../../../shared/scenes/rules';
import { useCommand } from '../../lib/commands';
import { formatDay } from '../../lib/format';
import { ActionButton } from '../../ui/ActionButton';
import { ACTIONS, DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { useNeedUndo } from './need-undo';

/** Each scene's garment needs per performer; a new need is pre-filled from the performer's sizes. */
export function NeedsTab({
  productionId,
  performers,
}: {
  productionId: string;
  performers: readonly CostumePerformer[];
}) {
  const scenes = useCommand('garment.scenes', { productionId });
  const needs = useCommand('garment.needList', { productionId });
  if (scenes.isPending || needs.isPending) return <p className="muted">Loading scenes…</p>;
  if (scenes.isError) return <Notice tone="error">{scenes.error.message}</Notice>;
  if (needs.isError) return <Notice tone="error">{needs.error.message}</Notice>;
  if (scenes.data.length === 0) return <Notice title="No scenes yet">Scenes come from the breakdown.</Notice>;
  return (
    <>
      {scenes.data.map((s) => (
        <SceneNeeds key={s.id} scene={s} needs={needs.data.filter((n) => n.sceneId === s.id)} performers={performers} />
      ))}
    </>
  );
}

function SceneNeeds({
  scene,
  needs,
  performers,
}: {
  scene: CostumeScene;
  needs: Need[];
  performers: readonly CostumePerformer[];
}) {
  const undoable = useNeedUndo();
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = `scene-${scene.id}`;
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId} className="card-title">
        Scene {sceneLabel(scene)}
        <span className="muted">
          {' '}
          · {scene.shootDate ? formatDay(scene.shootDate) : 'not scheduled'}
          {scene.callTime ? ` · call ${scene.callTime}` : ''}
        </span>
      </h2>
      {needs.length > 0 ? (
        <DataTable
          columns={['Performer', 'Item', { label: 'Quantity', className: 'numeric' }, ACTIONS]}
          rows={needs}
          rowKey={(n) => n.id}
          label={`Garment needs, scene ${sceneLabel(scene)}`}
        >
          {(n) => (
            <>
              <td>{n.personName}</td>
              <td>
                {n.variant.label} <span className="item-code">{n.variant.code}</span>
                {n.note ? <div className="muted">{n.note}</div> : null}
                {n.warnings.map((w) => (
                  <div key={w} className="warning-text">
                    {w}
                  </div>
                ))}
              </td>
              <td className="numeric">{n.quantity}</td>
              <td className="actions">
                <ActionButton
                  size="small"
                  variant="quiet"
                  aria-label={`Remove ${n.variant.label} for ${n.personName}`}
                  onPress={() => {
                    setProblem(null);
                    undoable.remove(n).catch((e: Error) => setProblem(e.message));
                  }}
                >
                  Remove
                </ActionButton>
              </td>
            </>
          )}
        </DataTable>
      ) : (
        <p className="muted">No garment needs recorded for this scene.</p>
      )}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {scene.performers.length > 0 ? <AddNeed scene={scene} needs={needs} performers={performers} /> : null}
    </section>
  );
}

function Picker({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string | null;
  onChange: (id: string) => void;
  options: { id: string; label: string }[];
}) {
  return (
    <Select className="field" selectedKey={value} onSelectionChange={(k) => onChange(String(k))} placeholder="Choose…">
      <Label className="field-label">{label}</Label>
      <Button className="input select-trigger">
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="chevron" />
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(o) => (
            <ListBoxItem className="listbox-item" id={o.id} textValue={o.label}>
              {o.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

function AddNeed({
  scene,
  needs,
  performers,
}: {
  scene: CostumeScene;
  needs: readonly Need[];
  performers: readonly CostumePerformer[];
}) {
  const undoable = useNeedUndo();
  const types = useCommand('garment.typeList', {});
  const [personId, setPersonId] = useState<string | null>(null);
  const [typeId, setTypeId] = useState<string | null>(null);
  const [variantId, setVariantId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState(1);
  const suggestions = useCommand(
    'garment.suggest',
    { personId: personId ?? '', typeId: typeId ?? '' },
    { enabled: personId !== null && typeId !== null },
  );
  // Pre-fill the best fit for the performer's recorded sizes; the user can pick another.
  useEffect(() => {
    setVariantId(suggestions.data?.[0]?.variant.id ?? null);
  }, [suggestions.data]);
  const save = useMutation({
    mutationFn: (input: { personId: string; variantId: string }) => {
      const previous = needs.find((n) => n.personId === input.personId && n.variant.id === input.variantId);
      const who = performers.find((p) => p.personId === input.personId)?.name ?? 'the performer';
      return undoable.set(
        { sceneId: scene.id, ...input, quantity, note: previous?.note ?? '' },
        previous,
        `${previous ? 'Need changed' : 'Need added'} for ${who}, scene ${sceneLabel(scene)}`,
      );
    },
    onSuccess: () => {
      setVariantId(null);
      setTypeId(null);
      setQuantity(1);
    },
  });
  const person = performers.find((p) => p.personId === personId);
  const sizes = person
    ? Object.entries(person.sizes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')
    : '';
  const chosen = suggestions.data?.find((s) => s.variant.id === variantId);

  return (
    <div className="stack">
      <div className="toolbar">
        <Picker
          label="Performer"
          value={personId}
          onChange={setPersonId}
          options={scene.performers.map((p) => ({ id: p.personId, label: p.name }))}
        />
        <Picker
          label="Item type"
          value={typeId}
          onChange={setTypeId}
          options={(types.data ?? []).map((t) => ({ id: t.id, label: t.name }))}
        />
        <Picker
          label="Variant"
          value={variantId}
          onChange={setVariantId}
          options={(suggestions.data ?? []).map((s) => ({
            id: s.variant.id,
            label: `${s.variant.label} (${s.variant.code})${s.reasons[0] ? ` · ${s.reasons[0]}` : ''}`,
          }))}
        />
        <NumberField className="field" value={quantity} onChange={setQuantity} minValue={1} maxValue={1000}>
          <Label className="field-label">Quantity</Label>
          <Group className="number-group">
            <Input className="input" />
            <Button slot="decrement" className="stepper">
              −
            </Button>
            <Button slot="increment" className="stepper">
              +
            </Button>
          </Group>
        </NumberField>
        <ActionButton
          variant="primary"
          isDisabled={!personId || !variantId || !(quantity >= 1)}
          isPending={save.isPending}
          onPress={() => personId && variantId && save.mutate({ personId, variantId })}
        >
          Add need
        </ActionButton>
      </div>
      {person ? (
        <p className="muted">
          {person.name}: {sizes || 'no sizes recorded'}
          {person.adhesiveAllergy ? ` · adhesive allergy${person.allergies ? ` (${person.allergies})` : ''}` : ''}
        </p>
      ) : null}
      {chosen?.warnings.map((w) => (
        <p key={w} className="warning-text">
          {w}
        </p>
      ))}
      {save.error ? <Notice tone="error">{save.error.message}</Notice> : null}
    </div>
  );
}
