import { useEffect, useState } from 'react';
import {
  BODY_AREA_LABELS,
  BODY_AREAS,
  BOUNDARY_LABELS,
  type BodyMarks,
  CHECK_IN_KIND_LABELS,
  CHECK_IN_KINDS,
  type CheckIn,
  type CheckInInput,
  type CommunicationPatch,
} from '../../../../shared/communication/schema';
import type { Scene } from '../../../../shared/scenes/schema';
import { run, useCommand } from '../../lib/commands';
import { formatInstant } from '../../lib/format';
import { inversePatch } from '../../lib/undo/undo';
import { useUndoableMutation } from '../../lib/undo/use-undoable-mutation';
import { useUnsavedGuard } from '../../lib/unsaved';
import { ActionButton } from '../../ui/ActionButton';
import { ErrorLine, issuesByPath, SelectInput, TextInput } from '../../ui/controls';
import { ACTIONS, DataTable } from '../../ui/DataTable';
import { FormActions } from '../../ui/FormActions';
import { RowAction } from '../../ui/RowAction';
import { BodyMap } from './BodyMap';
import { communicationRefresh } from './queries';

/** "Ana Ortiz: hips marked ask first", or a count when several areas changed at once. */
function marksLabel(name: string, before: BodyMarks, next: BodyMarks): string {
  const changed = BODY_AREAS.filter((a) => before[a.id] !== next[a.id]);
  const [only] = changed;
  if (changed.length !== 1 || !only) return `${name}: ${changed.length} body map areas marked`;
  const mark = next[only.id];
  return `${name}: ${BODY_AREA_LABELS[only.id].toLowerCase()} marked ${mark ? BOUNDARY_LABELS[mark].toLowerCase() : 'not yet discussed'}`;
}

/** The communication pillar for the scene's performers, one at a time. */
export function CommunicationPanel({ scene }: { scene: Scene }) {
  const [personId, setPersonId] = useState(scene.performers[0]?.personId ?? '');
  const person = scene.performers.find((p) => p.personId === personId);
  if (scene.performers.length === 0) return <p className="muted">Add performers to the scene first.</p>;
  return (
    <div className="stack">
      <SelectInput
        label="Performer"
        value={personId}
        onChange={setPersonId}
        options={scene.performers.map((p) => ({ id: p.personId, label: p.name }))}
      />
      {person ? (
        <PerformerCommunication key={person.personId} scene={scene} personId={person.personId} name={person.name} />
      ) : null}
    </div>
  );
}

function PerformerCommunication({ scene, personId, name }: { scene: Scene; personId: string; name: string }) {
  const key = { productionId: scene.productionId, personId };
  const current = useCommand('communication.get', key);
  const timeZone = useCommand('production.get', { id: scene.productionId }).data?.timeZone;
  const [marks, setMarks] = useState<BodyMarks>({});
  const [breakSignal, setBreakSignal] = useState('');
  const [preferredName, setPreferredName] = useState('');
  const [notes, setNotes] = useState('');
  const [notify, setNotify] = useState('');
  useEffect(() => {
    if (!current.data) return;
    setMarks(current.data.areas);
    setBreakSignal(current.data.breakSignal);
    setPreferredName(current.data.preferredName);
    setNotes(current.data.notes);
    setNotify(current.data.notify.join('\n'));
  }, [current.data]);
  const saved = current.data;
  useUnsavedGuard(
    saved !== undefined &&
      (breakSignal !== saved.breakSignal ||
        preferredName !== saved.preferredName ||
        notes !== saved.notes ||
        notify !== saved.notify.join('\n')),
  );
  // Each save's inverse is a save of what this screen showed for the same fields (body_map audit).
  const save = useUndoableMutation(
    ({ patch, before, label }: { patch: CommunicationPatch; before: CommunicationPatch; label: string }) => ({
      label,
      refresh: communicationRefresh(),
      run: () => run('communication.save', { ...key, patch }),
      undo: () => run('communication.save', { ...key, patch: inversePatch(before, patch) }),
    }),
  );
  // Taken when the user acts, so the inverse holds what they saw rather than a later refetch.
  const shown = (): CommunicationPatch => ({
    areas: marks,
    breakSignal: current.data?.breakSignal ?? '',
    preferredName: current.data?.preferredName ?? '',
    notes: current.data?.notes ?? '',
    notify: current.data?.notify ?? [],
  });
  const errors = issuesByPath(save.error);
  const saveMarks = (next: BodyMarks) => {
    setMarks(next);
    save.mutate({ patch: { areas: next }, before: shown(), label: marksLabel(name, marks, next) });
  };
  const rest = BODY_AREAS.filter((a) => marks[a.id] === undefined);

  return (
    <div className="stack">
      <section className="card" aria-labelledby="bodymap-title">
        <div className="row">
          <h2 id="bodymap-title" className="card-title">
            Boundaries: {name}
          </h2>
          <span className="muted small" role="status">
            {save.isPending
              ? 'Saving…'
              : current.data?.updatedAt
                ? `Saved ${formatInstant(current.data.updatedAt, timeZone)}`
                : ''}
          </span>
        </div>
        <p className="muted small">
          Click an area, or focus it and press Enter or Space, to cycle OK, ask first, never and not yet discussed. Each
          change is saved at once and kept in the audit trail.
        </p>
        <BodyMap who={name} marks={marks} onChange={saveMarks} />
        {rest.length > 0 ? (
          <div>
            <ActionButton
              size="small"
              onPress={() => saveMarks({ ...marks, ...Object.fromEntries(rest.map((a) => [a.id, 'ask'])) })}
            >
              Mark the {rest.length} areas not yet discussed as “ask first”
            </ActionButton>
          </div>
        ) : null}
        <div className="form-grid">
          <TextInput
            label="Preferred name"
            value={preferredName}
            onChange={setPreferredName}
            error={errors['patch.preferredName']}
          />
          <TextInput
            label="Break signal"
            value={breakSignal}
            onChange={setBreakSignal}
            error={errors['patch.breakSignal']}
          />
          <TextInput label="Boundary notes" multiline value={notes} onChange={setNotes} error={errors['patch.notes']} />
          <TextInput
            label="People to tell when plans change"
            multiline
            value={notify}
            onChange={setNotify}
            description="One per line"
            error={errors['patch.notify']}
          />
        </div>
        <FormActions
          error={save.error}
          submitLabel="Save communication"
          onSubmit={() =>
            save.mutate({
              label: `${name}: communication changed`,
              before: shown(),
              patch: {
                breakSignal,
                preferredName,
                notes,
                notify: notify
                  .split('\n')
                  .map((x) => x.trim())
                  .filter(Boolean),
              },
            })
          }
          isPending={save.isPending}
          pendingLabel="Saving…"
        />
      </section>
      <CheckIns scene={scene} personId={personId} name={name} />
    </div>
  );
}

function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

function CheckIns({ scene, personId, name }: { scene: Scene; personId: string; name: string }) {
  const list = useCommand('checkIn.list', { productionId: scene.productionId, personId, sceneId: scene.id });
  const timeZone = useCommand('production.get', { id: scene.productionId }).data?.timeZone;
  const [at, setAt] = useState(localNow);
  const [kind, setKind] = useState<(typeof CHECK_IN_KINDS)[number]>('check-in');
  const [attendees, setAttendees] = useState('');
  const [agreed, setAgreed] = useState('');
  useUnsavedGuard(agreed.trim() !== '' || attendees.trim() !== '');
  // A logged check-in is history: undoing it soft-deletes it, and redo restores the same entry.
  const setDeleted = (c: CheckIn, deleted: boolean) => run('checkIn.delete', { id: c.id, deleted });
  const add = useUndoableMutation(
    (input: CheckInInput) => ({
      label: `${CHECK_IN_KIND_LABELS[input.kind ?? 'check-in']} with ${name} logged`,
      refresh: communicationRefresh(),
      run: () => run('checkIn.add', input),
      undo: (c) => setDeleted(c, true),
      redo: (c) => setDeleted(c, false),
    }),
    {
      onSuccess: () => {
        setAgreed('');
        setAttendees('');
      },
    },
  );
  const remove = useUndoableMutation((c: CheckIn) => ({
    label: `${CHECK_IN_KIND_LABELS[c.kind]} with ${name} moved to Recently deleted`,
    refresh: communicationRefresh(),
    run: () => setDeleted(c, true),
    undo: () => setDeleted(c, false),
  }));
  const errors = issuesByPath(add.error);
  return (
    <section className="card" aria-labelledby="checkins-title">
      <h2 id="checkins-title" className="card-title">
        Meetings and check-ins with {name}
      </h2>
      {list.data && list.data.length > 0 ? (
        <DataTable
          columns={['When', 'Kind', 'Who', 'What was agreed', ACTIONS]}
          rows={list.data}
          rowKey={(c) => c.id}
          label={`Meetings and check-ins with ${name}`}
        >
          {(c) => (
            <>
              <td>{formatInstant(c.at, timeZone)}</td>
              <td>{CHECK_IN_KIND_LABELS[c.kind]}</td>
              <td className="wrap">{c.attendees}</td>
              <td className="wrap">{c.agreed}</td>
              <td className="numeric">
                <RowAction
                  verb="Delete"
                  name={`the ${CHECK_IN_KIND_LABELS[c.kind].toLowerCase()} of ${formatInstant(c.at, timeZone)}`}
                  onPress={() => remove.mutate(c)}
                  danger
                />
              </td>
            </>
          )}
        </DataTable>
      ) : (
        <p className="muted small">Nothing logged yet.</p>
      )}
      <ErrorLine error={remove.error} />
      <div className="form-grid">
        <TextInput label="When" type="datetime-local" value={at} onChange={setAt} error={errors.at} />
        <SelectInput
          label="Kind"
          value={kind}
          onChange={(v) => setKind(v as typeof kind)}
          options={CHECK_IN_KINDS.map((k) => ({ id: k, label: CHECK_IN_KIND_LABELS[k] }))}
        />
        <TextInput label="Who was there" value={attendees} onChange={setAttendees} className="span-2" />
        <TextInput
          label="What was agreed"
          multiline
          value={agreed}
          onChange={setAgreed}
          error={errors.agreed}
          className="span-2"
        />
      </div>
      <FormActions
        submitLabel="Log check-in"
        onSubmit={() =>
          add.mutate({
            productionId: scene.productionId,
            personId,
            sceneId: scene.id,
            at: at ? new Date(at).toISOString() : '',
            kind,
            attendees,
            agreed,
          })
        }
        variant="secondary"
        isPending={add.isPending}
        pendingLabel="Logging…"
      />
    </section>
  );
}
