import { useState } from 'react';
import { Button } from 'react-aria-components';
import {
  CLOSURE_PRACTICE_LABELS,
  CLOSURE_PRACTICES,
  type ClosurePractice,
  type ClosureRecord,
  type FollowUpInput,
} from '../../../../shared/closure/schema';
import type { Scene } from '../../../../shared/scenes/schema';
import { run, useCommand, useCommandMutation } from '../../lib/commands';
import { formatDay } from '../../lib/format';
import { useRefresh } from '../../lib/refresh';
import { useUndo } from '../../lib/undo/UndoProvider';
import { useUndoableMutation } from '../../lib/undo/use-undoable-mutation';
import { useUnsavedGuard } from '../../lib/unsaved';
import { Check, ErrorLine, issuesByPath, SelectInput, TextInput } from '../../ui/controls';
import { FormActions } from '../../ui/FormActions';
import { closureRefresh } from './queries';

/** The closure pillar: practice and debrief per performer, then follow-ups with due dates. */
export function ClosurePanel({ scene }: { scene: Scene }) {
  const closure = useCommand('closure.get', { sceneId: scene.id });
  if (!closure.data) return <p className="page-loading">Loading closure…</p>;
  return (
    <div className="stack">
      {scene.performers
        .filter((p) => p.role !== 'background')
        .map((p) => (
          <PerformerClosure
            key={p.personId}
            scene={scene}
            personId={p.personId}
            name={p.name}
            record={closure.data.records.find((r) => r.personId === p.personId)}
          />
        ))}
      <FollowUps scene={scene} followUps={closure.data.followUps} />
    </div>
  );
}

function PerformerClosure({
  scene,
  personId,
  name,
  record,
}: {
  scene: Scene;
  personId: string;
  name: string;
  record: ClosureRecord | undefined;
}) {
  const [practices, setPractices] = useState<ClosurePractice[]>(record?.practices ?? []);
  const [practiceNote, setPracticeNote] = useState(record?.practiceNote ?? '');
  const [debrief, setDebrief] = useState(record?.debrief ?? '');
  const [nextShootNotes, setNext] = useState(record?.nextShootNotes ?? '');
  // Compared as the core keeps them (practices as a set, text trimmed), so a save leaves it clean.
  const kept = (p: readonly string[], ...text: string[]) =>
    JSON.stringify([[...p].sort(), ...text.map((t) => t.trim())]);
  useUnsavedGuard(
    kept(practices, practiceNote, debrief, nextShootNotes) !==
      kept(record?.practices ?? [], record?.practiceNote ?? '', record?.debrief ?? '', record?.nextShootNotes ?? ''),
  );
  const refresh = useRefresh(closureRefresh);
  const save = useCommandMutation('closure.save', { onSuccess: refresh });
  const errors = issuesByPath(save.error);
  const { record: recordUndo } = useUndo();
  const id = `closure-${personId}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="card-title">
        Closure: {name}
      </h2>
      <fieldset className="stack">
        <legend className="field-label">Practice done</legend>
        <div className="checkbox-group">
          {CLOSURE_PRACTICES.map((p) => (
            <Check
              key={p}
              isSelected={practices.includes(p)}
              onChange={(on) => setPractices(on ? [...practices, p] : practices.filter((x) => x !== p))}
            >
              {CLOSURE_PRACTICE_LABELS[p]}
            </Check>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <TextInput label="Practice note" value={practiceNote} onChange={setPracticeNote} error={errors.practiceNote} />
        <TextInput label="Debrief notes" multiline value={debrief} onChange={setDebrief} error={errors.debrief} />
        <TextInput
          label="Notes for the next shoot"
          multiline
          value={nextShootNotes}
          onChange={setNext}
          className="span-2"
        />
      </div>
      <FormActions
        error={save.error}
        submitLabel={`Save closure for ${name}`}
        onSubmit={() => {
          const next = { sceneId: scene.id, personId, practices, practiceNote, debrief, nextShootNotes };
          // The inverse saves back what this record held before (an empty record if there was none).
          const before = {
            sceneId: scene.id,
            personId,
            practices: record?.practices ?? [],
            practiceNote: record?.practiceNote ?? '',
            debrief: record?.debrief ?? '',
            nextShootNotes: record?.nextShootNotes ?? '',
          };
          save.mutate(next, {
            onSuccess: () =>
              recordUndo({
                label: `Closure for ${name} saved`,
                refresh: closureRefresh(),
                undo: () => run('closure.save', before).then(() => {}),
                redo: () => run('closure.save', next).then(() => {}),
              }),
          });
        }}
        isPending={save.isPending}
        pendingLabel="Saving…"
      />
    </section>
  );
}

function FollowUps({
  scene,
  followUps,
}: {
  scene: Scene;
  followUps: { id: string; description: string; dueDate: string; doneAt: string | null; personName: string | null }[];
}) {
  const [description, setDescription] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [personId, setPersonId] = useState('');
  useUnsavedGuard(description.trim() !== '' || dueDate !== '');
  const refresh = useRefresh(closureRefresh);
  const setDeleted = (id: string, deleted: boolean) => run('followUp.delete', { id, deleted });
  // Undo of an added follow-up soft-deletes it; redo restores the same one rather than adding a twin.
  const add = useUndoableMutation(
    (input: FollowUpInput) => ({
      label: `Follow-up added: ${input.description}`,
      refresh: closureRefresh(),
      run: () => run('followUp.add', input),
      undo: (f) => setDeleted(f.id, true),
      redo: (f) => setDeleted(f.id, false),
    }),
    {
      onSuccess: () => {
        setDescription('');
        setDueDate('');
      },
    },
  );
  const remove = useUndoableMutation((f: { id: string; description: string }) => ({
    label: `Follow-up moved to Recently deleted: ${f.description}`,
    refresh: closureRefresh(),
    run: () => setDeleted(f.id, true),
    undo: () => setDeleted(f.id, false),
  }));
  const update = useCommandMutation('followUp.update', { onSuccess: refresh });
  const { record: recordUndo } = useUndo();
  const errors = issuesByPath(add.error);
  return (
    <section className="card" aria-labelledby="followups-title">
      <h2 id="followups-title" className="card-title">
        Follow-ups
      </h2>
      {followUps.length === 0 ? <p className="muted small">No follow-ups.</p> : null}
      <ul className="stack">
        {followUps.map((f) => (
          <li key={f.id} className="row">
            <Check
              isSelected={f.doneAt !== null}
              onChange={(done) =>
                update.mutate(
                  { id: f.id, patch: { done } },
                  {
                    onSuccess: () =>
                      recordUndo({
                        label: `Follow-up marked ${done ? 'done' : 'open'}`,
                        refresh: closureRefresh(),
                        undo: () => run('followUp.update', { id: f.id, patch: { done: !done } }).then(() => {}),
                        redo: () => run('followUp.update', { id: f.id, patch: { done } }).then(() => {}),
                      }),
                  },
                )
              }
            >
              {f.description} · due {formatDay(f.dueDate)}
              {f.personName ? ` · ${f.personName}` : ''}
            </Check>
            <Button
              className="btn btn-quiet btn-small btn-delete"
              onPress={() => remove.mutate(f)}
              aria-label={`Delete the follow-up: ${f.description}`}
            >
              Delete
            </Button>
          </li>
        ))}
      </ul>
      <ErrorLine error={remove.error ?? update.error} />
      <div className="form-grid">
        <TextInput
          label="New follow-up"
          value={description}
          onChange={setDescription}
          error={errors.description}
          className="span-2"
        />
        <TextInput label="Due date" type="date" value={dueDate} onChange={setDueDate} error={errors.dueDate} />
        <SelectInput
          label="Concerns"
          value={personId}
          onChange={setPersonId}
          options={[
            { id: '', label: 'The whole scene' },
            ...scene.performers.map((p) => ({ id: p.personId, label: p.name })),
          ]}
        />
      </div>
      <FormActions
        submitLabel="Add follow-up"
        onSubmit={() => add.mutate({ sceneId: scene.id, description, dueDate, personId: personId || null })}
        variant="secondary"
        isPending={add.isPending}
      />
    </section>
  );
}
