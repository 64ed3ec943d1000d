import { useState } from 'react';
import type { BeatInput, Contact } from '../../../../shared/choreography/schema';
import { CONTACT_MEANS, CONTACT_MEANS_LABELS, type ContactMeans } from '../../../../shared/choreography/schema';
import { BODY_AREAS, type BodyArea } from '../../../../shared/communication/schema';
import type { Scene } from '../../../../shared/scenes/schema';
import { useCommand } from '../../lib/commands';
import { LEAVE_QUESTION, useUnsavedGuard } from '../../lib/unsaved';
import { ActionButton } from '../../ui/ActionButton';
import { Check, SelectInput, TextInput } from '../../ui/controls';
import { FormActions } from '../../ui/FormActions';
import { Notice } from '../../ui/Notice';
import { RowAction } from '../../ui/RowAction';
import { beatWarnings } from './beat-warnings';

export type BeatDraft = Omit<Required<BeatInput>, 'id' | 'contacts'> & { id?: string; contacts: Contact[] };

export function emptyBeat(scene: Scene): BeatDraft {
  return {
    title: '',
    performerIds: scene.performers
      .filter((p) => p.role !== 'background')
      .map((p) => p.personId)
      .slice(0, 2),
    contacts: [],
    bodyPosition: '',
    cameraAngle: '',
    onScreen: '',
    description: '',
  };
}

/** One beat: who, contact (who touches whom, where, with what), position, camera, on screen, description. */
export function BeatForm({
  scene,
  beatNumber,
  initial,
  errors,
  isPending,
  onSave,
  onCancel,
}: {
  scene: Scene;
  /** Where the beat sits in the list (1-based), as its warnings name it. */
  beatNumber: number;
  initial: BeatDraft;
  errors: Record<string, string>;
  isPending: boolean;
  onSave: (beat: BeatDraft) => void;
  onCancel: () => void;
}) {
  const [b, setB] = useState<BeatDraft>(initial);
  const set =
    <K extends keyof BeatDraft>(k: K) =>
    (v: BeatDraft[K]) =>
      setB((old) => ({ ...old, [k]: v }));
  const inBeat = scene.performers.filter((p) => b.performerIds.includes(p.personId));
  const people = inBeat.map((p) => ({ id: p.personId, label: p.name }));
  const setContact = (i: number, c: Partial<Contact>) =>
    set('contacts')(b.contacts.map((x, j) => (j === i ? { ...x, ...c } : x)));
  // Live, before saving: the same rules the saved beat's flags come from (body maps, signed riders).
  const check = useCommand(
    'beats.check',
    { sceneId: scene.id, beatNumber, contacts: b.contacts },
    { enabled: b.contacts.length > 0, staleTime: 0 },
  );
  const dirty = JSON.stringify(b) !== JSON.stringify(initial);
  useUnsavedGuard(dirty);
  const cancel = () => {
    if (!dirty || window.confirm(LEAVE_QUESTION)) onCancel();
  };
  const warnings = beatWarnings(b.contacts.length > 0 ? (check.data ?? []) : []);

  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(b);
      }}
    >
      <TextInput label="Beat title" value={b.title} onChange={set('title')} error={errors.title} />
      <fieldset className="stack">
        <legend className="field-label">Performers in this beat</legend>
        <div className="checkbox-group">
          {scene.performers.map((p) => (
            <Check
              key={p.personId}
              isSelected={b.performerIds.includes(p.personId)}
              onChange={(on) =>
                set('performerIds')(
                  on ? [...b.performerIds, p.personId] : b.performerIds.filter((x) => x !== p.personId),
                )
              }
            >
              {p.name}
            </Check>
          ))}
        </div>
        {errors.performerIds ? <span className="field-error">{errors.performerIds}</span> : null}
      </fieldset>
      <fieldset className="stack">
        <legend className="field-label">Contact</legend>
        {b.contacts.length === 0 ? <p className="muted small">No contact in this beat.</p> : null}
        {b.contacts.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no id; the list is edited in place
          <div className="contact-row" key={i} data-flag={warnings.byContact.get(i)}>
            <SelectInput
              label={`Contact ${i + 1}: who touches`}
              value={c.fromPersonId}
              onChange={(v) => setContact(i, { fromPersonId: v })}
              options={people}
              error={errors[`contacts.${i}.fromPersonId`]}
            />
            <SelectInput
              label="Whom"
              value={c.toPersonId}
              onChange={(v) => setContact(i, { toPersonId: v })}
              options={people}
              error={errors[`contacts.${i}.toPersonId`]}
            />
            <SelectInput
              label="Where"
              value={c.area}
              onChange={(v) => setContact(i, { area: v as BodyArea })}
              options={BODY_AREAS.map((a) => ({ id: a.id, label: a.label }))}
            />
            <SelectInput
              label="With"
              value={c.means}
              onChange={(v) => setContact(i, { means: v as ContactMeans })}
              options={CONTACT_MEANS.map((m) => ({ id: m, label: CONTACT_MEANS_LABELS[m] }))}
            />
            <Check isSelected={c.confirmed} onChange={(on) => setContact(i, { confirmed: on })}>
              Agreed
            </Check>
            <RowAction
              verb="Remove contact"
              name={i + 1}
              onPress={() => set('contacts')(b.contacts.filter((_, j) => j !== i))}
            >
              Remove
            </RowAction>
          </div>
        ))}
        <div>
          <ActionButton
            size="small"
            isDisabled={inBeat.length === 0}
            onPress={() =>
              set('contacts')([
                ...b.contacts,
                {
                  fromPersonId: inBeat[0]?.personId ?? '',
                  toPersonId: inBeat[1]?.personId ?? inBeat[0]?.personId ?? '',
                  area: 'shoulders',
                  means: 'hand',
                  confirmed: false,
                },
              ])
            }
          >
            Add contact
          </ActionButton>
        </div>
      </fieldset>
      <div className="form-grid">
        <TextInput label="Position" value={b.bodyPosition} onChange={set('bodyPosition')} error={errors.bodyPosition} />
        <TextInput
          label="Camera angle"
          value={b.cameraAngle}
          onChange={set('cameraAngle')}
          error={errors.cameraAngle}
        />
        <TextInput label="What is seen on screen" value={b.onScreen} onChange={set('onScreen')} className="span-2" />
        <TextInput
          label="Description"
          multiline
          value={b.description}
          onChange={set('description')}
          className="span-2"
          description="Neutral, specific, near-medical language."
          error={errors.description}
        />
      </div>
      {warnings.outside.length > 0 ? (
        <Notice tone="error" title="Outside boundaries: saving this beat blocks the scene">
          {warnings.outside.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </Notice>
      ) : null}
      {warnings.ask.length > 0 ? (
        <Notice title="Ask first">
          {warnings.ask.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </Notice>
      ) : null}
      <FormActions onCancel={cancel} submitLabel="Save beat" isPending={isPending} pendingLabel="Saving…" />
    </form>
  );
}
