import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  BODY_AREAS,
  type BodyMarks,
  CHECK_IN_KIND_LABELS,
  CHECK_IN_KINDS,
} from '../../../../../shared/schemas/bodymap';
import type { Scene } from '../../../../../shared/schemas/scenes';
import { ActionButton } from '../../../components/ActionButton';
import { useCommand, useCommandMutation } from '../../../lib/commands';
import { formatInstant } from '../../../lib/format';
import { ErrorLine, issuesByPath, SelectInput, TextInput } from '../ui';
import { BodyMap } from './BodyMap';
import { refreshScene } from './refresh';

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
  const queryClient = useQueryClient();
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
  const save = useCommandMutation('communication.save', {
    onSuccess: async (saved) => {
      queryClient.setQueryData(['communication.get', key], saved);
      await refreshScene(queryClient);
    },
  });
  const errors = issuesByPath(save.error);
  const saveMarks = (next: BodyMarks) => {
    setMarks(next);
    save.mutate({ ...key, patch: { areas: next } });
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
                ? `Saved ${formatInstant(current.data.updatedAt)}`
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
        <ErrorLine error={save.error} />
        <div className="form-actions">
          <ActionButton
            variant="primary"
            isPending={save.isPending}
            pendingLabel="Saving…"
            onPress={() =>
              save.mutate({
                ...key,
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
          >
            Save communication
          </ActionButton>
        </div>
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
  const queryClient = useQueryClient();
  const [at, setAt] = useState(localNow);
  const [kind, setKind] = useState<(typeof CHECK_IN_KINDS)[number]>('check-in');
  const [attendees, setAttendees] = useState('');
  const [agreed, setAgreed] = useState('');
  const add = useCommandMutation('checkIn.add', {
    onSuccess: async () => {
      setAgreed('');
      setAttendees('');
      await queryClient.invalidateQueries({ queryKey: ['checkIn.list'] });
      await refreshScene(queryClient);
    },
  });
  const errors = issuesByPath(add.error);
  return (
    <section className="card" aria-labelledby="checkins-title">
      <h2 id="checkins-title" className="card-title">
        Meetings and check-ins with {name}
      </h2>
      {list.data && list.data.length > 0 ? (
        <table className="table" aria-label={`Meetings and check-ins with ${name}`}>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Kind</th>
              <th scope="col">Who</th>
              <th scope="col">What was agreed</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((c) => (
              <tr key={c.id}>
                <td>{formatInstant(c.at)}</td>
                <td>{CHECK_IN_KIND_LABELS[c.kind]}</td>
                <td className="wrap">{c.attendees}</td>
                <td className="wrap">{c.agreed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted small">Nothing logged yet.</p>
      )}
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
      <div className="form-actions">
        <ActionButton
          isPending={add.isPending}
          pendingLabel="Logging…"
          onPress={() =>
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
        >
          Log check-in
        </ActionButton>
      </div>
    </section>
  );
}
