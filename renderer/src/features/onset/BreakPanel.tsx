import { useState } from 'react';
import { Button, Label, TextArea, TextField } from 'react-aria-components';
import { checkInRequired } from '../../../../shared/onset/rules';
import type { BreakEntry, OnSetScene } from '../../../../shared/onset/schema';
import { autosaveLabel, useAutosave } from '../../lib/autosave/use-autosave';
import { run } from '../../lib/commands';
import { useOnSetActions } from './use-on-set';

/** One button per performer: a tap records the break and its time. No reason is ever asked. */
export function BreakButtons({ scene, productionId, date }: { scene: OnSetScene; productionId: string; date: string }) {
  const { logBreak } = useOnSetActions();
  const [error, setError] = useState<string | null>(null);
  const performers = checkInRequired(scene.performers);
  return (
    <section className="onset-section" aria-labelledby={`breaks-${scene.id}`}>
      <h3 id={`breaks-${scene.id}`} className="onset-section-title">
        Break called
      </h3>
      <p className="muted">A tap records the time. No reason is needed.</p>
      <div className="break-grid">
        {performers.map((p) => (
          <Button
            key={p.personId}
            className="break-button"
            onPress={() => {
              setError(null);
              logBreak({ productionId, personId: p.personId, date, sceneId: scene.id }, p.name).catch((err: unknown) =>
                setError(err instanceof Error ? err.message : String(err)),
              );
            }}
          >
            Break: {p.name}
          </Button>
        ))}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function BreakNote({ entry }: { entry: BreakEntry }) {
  const [value, setValue] = useState(entry.note);
  const [open, setOpen] = useState(entry.note !== '');
  const saver = useAutosave<string>(async (note) => {
    await run('onset.noteBreak', { id: entry.id, note });
  });
  if (!open) {
    return (
      <Button className="btn btn-small btn-quiet" onPress={() => setOpen(true)}>
        Add a note
      </Button>
    );
  }
  return (
    <TextField
      className="field break-note"
      value={value}
      onChange={(v) => {
        setValue(v);
        saver.change(v);
      }}
      onBlur={() => void saver.flush()}
      autoFocus={entry.note === ''}
    >
      <Label className="field-label">Note (optional)</Label>
      <TextArea className="input textarea" rows={2} />
      <span className="autosave-state" data-status={saver.state.status} aria-live="polite">
        {saver.state.status === 'saved' && value === entry.note ? '' : autosaveLabel(saver.state)}
      </span>
    </TextField>
  );
}

/** The day's break log, newest last, each with an optional note and a way to remove a mis-tap. */
export function BreakLog({ breaks }: { breaks: BreakEntry[] }) {
  const { removeBreak } = useOnSetActions();
  return (
    <section className="card" aria-labelledby="break-log-title">
      <h2 id="break-log-title" className="card-title">
        Break log
      </h2>
      {breaks.length === 0 ? (
        <p className="muted">No breaks logged today.</p>
      ) : (
        <ol className="break-log">
          {breaks.map((b) => (
            <li key={b.id} className="break-entry">
              <div className="break-entry-head">
                <span className="break-time">{b.calledAtLocal}</span>
                <span className="break-who">{b.personName}</span>
                <Button
                  className="btn btn-small btn-quiet"
                  aria-label={`Remove the ${b.calledAtLocal} break for ${b.personName}`}
                  onPress={() => void removeBreak(b.id, b.personName)}
                >
                  Remove
                </Button>
              </div>
              <BreakNote entry={b} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
