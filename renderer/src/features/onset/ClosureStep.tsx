import { useState } from 'react';
import { Button, Input, Label, TextArea, TextField, ToggleButton } from 'react-aria-components';
import {
  CLOSURE_PRACTICE_LABELS,
  type ClosurePractice,
  type ClosureRecord,
  type FollowUp,
} from '../../../../shared/closure/schema';
import { datesFrom } from '../../../../shared/dashboard/rules';
import { checkInRequired } from '../../../../shared/onset/rules';
import type { OnSetPerformer, OnSetScene } from '../../../../shared/onset/schema';
import { autosaveLabel, useAutosave } from '../../lib/autosave/use-autosave';
import { run, useCommand } from '../../lib/commands';
import { useRefresh } from '../../lib/refresh';
import { useUndo } from '../../lib/undo/UndoProvider';
import { closureRefresh } from '../closure/queries';

/** On set, the four practices a coordinator ticks off at wrap; "other" is written up on the scene's closure tab. */
const ON_SET_PRACTICES: ClosurePractice[] = ['tag-out', 'de-roling', 'cool-down', 'debrief-conversation'];

type Closure = Omit<ClosureRecord, 'id' | 'createdAt' | 'updatedAt'>;

function blank(sceneId: string, personId: string): Closure {
  return { sceneId, personId, practices: [], practiceNote: '', debrief: '', nextShootNotes: '' };
}

/** The closure step before wrap: practice per performer, debrief notes, follow-ups. */
export function ClosureStep({ scene, date }: { scene: OnSetScene; date: string }) {
  const closure = useCommand('closure.get', { sceneId: scene.id });
  const performers = checkInRequired(scene.performers);
  return (
    <section className="onset-section" aria-labelledby={`closure-${scene.id}`}>
      <h3 id={`closure-${scene.id}`} className="onset-section-title">
        Closure before wrap
      </h3>
      {closure.isError ? <p className="field-error">{closure.error.message}</p> : null}
      {closure.data ? (
        <>
          {performers.map((p) => (
            <PerformerClosure
              key={p.personId}
              performer={p}
              saved={closure.data.records.find((r) => r.personId === p.personId) ?? blank(scene.id, p.personId)}
            />
          ))}
          <FollowUps scene={scene} date={date} followUps={closure.data.followUps} />
        </>
      ) : (
        <p className="muted">Loading closure…</p>
      )}
    </section>
  );
}

function PerformerClosure({ performer, saved }: { performer: OnSetPerformer; saved: Closure }) {
  const refresh = useRefresh(closureRefresh);
  const { record } = useUndo();
  const [current, setCurrent] = useState<Closure>(saved);
  const [error, setError] = useState<string | null>(null);
  const store = async (next: Closure) => {
    const { sceneId, personId, practices, practiceNote, debrief, nextShootNotes } = next;
    await run('closure.save', { sceneId, personId, practices, practiceNote, debrief, nextShootNotes });
  };
  const debrief = useAutosave<Closure>(async (next) => {
    await store(next);
    await refresh();
  });

  const toggle = async (practice: ClosurePractice, on: boolean) => {
    const before = current;
    const next = {
      ...current,
      practices: on ? [...current.practices, practice] : current.practices.filter((p) => p !== practice),
    };
    setCurrent(next);
    setError(null);
    try {
      await store(next);
      await refresh();
      record({
        label: `${CLOSURE_PRACTICE_LABELS[practice]} for ${performer.name} ${on ? 'recorded' : 'cleared'}`,
        refresh: closureRefresh(),
        undo: async () => {
          await store(before);
          setCurrent(before);
        },
        redo: async () => {
          await store(next);
          setCurrent(next);
        },
      });
    } catch (err) {
      setCurrent(before);
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <fieldset className="closure-person">
      <legend className="subsection-title">Closure for {performer.name}</legend>
      <div className="check-grid">
        {ON_SET_PRACTICES.map((practice) => {
          const on = current.practices.includes(practice);
          return (
            <ToggleButton
              key={practice}
              className="check-button"
              isSelected={on}
              onChange={(next) => void toggle(practice, next)}
            >
              <span className="check-box" aria-hidden="true">
                {on ? '✓' : ''}
              </span>
              <span className="check-label">{CLOSURE_PRACTICE_LABELS[practice]}</span>
            </ToggleButton>
          );
        })}
      </div>
      <TextField
        className="field"
        value={current.debrief}
        onChange={(v) => {
          const next = { ...current, debrief: v };
          setCurrent(next);
          debrief.change(next);
        }}
        onBlur={() => void debrief.flush()}
      >
        <Label className="field-label">Debrief notes for {performer.name}</Label>
        <TextArea className="input textarea" rows={3} />
        <span className="autosave-state" data-status={debrief.state.status} aria-live="polite">
          {debrief.state.status === 'saved' ? '' : autosaveLabel(debrief.state)}
        </span>
      </TextField>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function FollowUps({ scene, date, followUps }: { scene: OnSetScene; date: string; followUps: FollowUp[] }) {
  const refresh = useRefresh(closureRefresh);
  const { record } = useUndo();
  const [description, setDescription] = useState('');
  const [dueDate, setDueDate] = useState(datesFrom(date, 2)[1] ?? date);
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    setError(null);
    try {
      const made = await run('followUp.add', { sceneId: scene.id, description, dueDate });
      setDescription('');
      await refresh();
      record({
        label: `Follow-up added: ${made.description}`,
        refresh: closureRefresh(),
        undo: () => run('followUp.delete', { id: made.id, deleted: true }).then(() => {}),
        redo: () => run('followUp.delete', { id: made.id, deleted: false }).then(() => {}),
      });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div className="closure-followups">
      <h4 className="subsection-title">Follow-ups</h4>
      {followUps.length === 0 ? (
        <p className="muted">No follow-ups for this scene yet.</p>
      ) : (
        <ul className="followup-list">
          {followUps.map((f) => (
            <li key={f.id} className="followup-item" data-done={f.doneAt !== null || undefined}>
              <span className="followup-due">{f.dueDate}</span>
              <span>
                {f.description}
                {f.personName ? <span className="muted"> · {f.personName}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        className="followup-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <TextField className="field followup-what" value={description} onChange={setDescription} isRequired>
          <Label className="field-label">New follow-up</Label>
          <Input className="input input-large" placeholder="What needs doing, for whom" />
        </TextField>
        <TextField className="field followup-when" value={dueDate} onChange={setDueDate} isRequired>
          <Label className="field-label">Due date</Label>
          <Input className="input input-large" type="date" />
        </TextField>
        <Button type="submit" className="btn btn-primary followup-add" isDisabled={description.trim() === ''}>
          Add follow-up
        </Button>
      </form>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
