import { type ReactNode, useState } from 'react';
import { Input, Label, TextField, ToggleButton } from 'react-aria-components';
import { checkInRequired } from '../../../../shared/onset/rules';
import {
  type OnSetPerformer,
  type OnSetScene,
  PREROLL_LABELS,
  type PrerollMark,
  SCENE_ITEMS,
} from '../../../../shared/onset/schema';
import { autosaveLabel, useAutosave } from '../../lib/autosave/use-autosave';
import { run } from '../../lib/commands';
import { ActionButton } from '../../ui/ActionButton';
import { useOnSetActions } from './use-on-set';

function findMark(scene: OnSetScene, item: PrerollMark['item'], personId: string | null = null) {
  return scene.marks.find((m) => m.item === item && m.personId === personId);
}

/** A big check button: one tap commits the mark with the time it was made. */
function CheckButton({
  label,
  mark,
  onChange,
  note,
}: {
  label: string;
  mark: PrerollMark | undefined;
  onChange: (done: boolean) => Promise<void>;
  note?: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const done = mark?.done ?? false;
  return (
    <div className="check-item">
      <ToggleButton
        className="check-button"
        isSelected={done}
        isDisabled={busy}
        onChange={async (next) => {
          setBusy(true);
          setError(null);
          try {
            await onChange(next);
          } catch (err) {
            setError(err instanceof Error ? err.message : String(err));
          } finally {
            setBusy(false);
          }
        }}
      >
        <span className="check-box" aria-hidden="true">
          {done ? '✓' : ''}
        </span>
        <span className="check-label">{label}</span>
        {mark?.done ? <span className="check-time">{mark.markedAtLocal}</span> : null}
      </ToggleButton>
      {note}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Where a performer's check-in goes: their rider for this scene, or (said plainly, since it is a
 * readiness problem) nowhere but this checklist when no rider covers the scene.
 */
function RiderNote({
  performer,
  done,
  onDidNotConfirm,
}: {
  performer: OnSetPerformer;
  done: boolean;
  onDidNotConfirm: () => Promise<void>;
}) {
  const { rider } = performer;
  if (rider.riderId === null) {
    return rider.state === 'missing' ? (
      <p className="check-note" data-tone="warning">
        No rider covers this scene. The check-in stays on this checklist only.
      </p>
    ) : (
      <p className="check-note">No rider needed in this scene; the check-in stays on this checklist.</p>
    );
  }
  if (!confirmable(performer)) {
    return (
      <>
        <p className="check-note" data-tone="warning">
          {rider.state === 'withdrawn' ? 'Rider withdrawn - not confirmable' : `Rider ${rider.state} - not confirmable`}
          {rider.problem ? `: ${rider.problem}` : '.'}
        </p>
        <ActionButton size="small" onPress={() => void onDidNotConfirm()}>
          Record: did not confirm
        </ActionButton>
      </>
    );
  }
  return (
    <>
      {rider.problem ? (
        <p className="check-note" data-tone="warning">
          {rider.problem}
        </p>
      ) : null}
      <p className="check-note">
        {done ? `Logged in rider version ${rider.version}'s check-ins` : `Logs to rider version ${rider.version}`}
      </p>
    </>
  );
}

/** A check-in can confirm only a signed rider (or stay on the checklist when there is none). */
function confirmable(p: OnSetPerformer): boolean {
  return p.rider.riderId === null || p.rider.state === 'signed';
}

/** The robe person's name: saved as it is typed (after a pause, and on leaving the field). */
function RobePerson({ scene, date }: { scene: OnSetScene; date: string }) {
  const mark = findMark(scene, 'robe-person');
  const [value, setValue] = useState(mark?.done ? mark.value : '');
  const { refresh } = useOnSetActions();
  const saver = useAutosave<string>(async (name) => {
    await run('onset.mark', { sceneId: scene.id, date, item: 'robe-person', done: name.trim() !== '', value: name });
    await refresh();
  });
  return (
    <TextField
      className="field robe-field"
      value={value}
      onChange={(v) => {
        setValue(v);
        saver.change(v);
      }}
      onBlur={() => void saver.flush()}
    >
      <Label className="field-label">
        {PREROLL_LABELS['robe-person']}
        {mark?.done ? <span className="check-time"> · {mark.markedAtLocal}</span> : null}
      </Label>
      <Input className="input input-large" placeholder="Who hands over the robe between takes" />
      <span className="autosave-state" data-status={saver.state.status} aria-live="polite">
        {saver.state.status === 'saved' && !mark?.done ? '' : autosaveLabel(saver.state)}
      </span>
    </TextField>
  );
}

export function PrerollChecklist({ scene, date }: { scene: OnSetScene; date: string }) {
  const { mark, refresh } = useOnSetActions();
  const performers = checkInRequired(scene.performers);
  return (
    <section className="onset-section" aria-labelledby={`preroll-${scene.id}`}>
      <h3 id={`preroll-${scene.id}`} className="onset-section-title">
        Pre-roll checklist
        <span className="badge" data-ready={scene.prerollComplete || undefined}>
          {scene.prerollComplete ? 'All done' : 'Open'}
        </span>
      </h3>
      <div className="check-grid">
        {SCENE_ITEMS.filter((i) => i !== 'robe-person').map((item) => (
          <CheckButton
            key={item}
            label={PREROLL_LABELS[item]}
            mark={findMark(scene, item)}
            onChange={(done) => mark({ sceneId: scene.id, date, item, done }, findMark(scene, item))}
          />
        ))}
      </div>
      <RobePerson key={`${scene.id}:${date}`} scene={scene} date={date} />
      <h4 className="subsection-title">Consent checked in today</h4>
      {performers.length === 0 ? (
        <p className="muted">Nobody is listed in this scene yet.</p>
      ) : (
        <div className="check-grid">
          {performers.map((p) => (
            <CheckButton
              key={p.personId}
              label={`${p.name}${p.characterName ? ` (${p.characterName})` : ''}`}
              mark={findMark(scene, 'consent-checkin', p.personId)}
              note={
                <RiderNote
                  performer={p}
                  done={findMark(scene, 'consent-checkin', p.personId)?.done ?? false}
                  onDidNotConfirm={async () => {
                    await run('onset.mark', {
                      sceneId: scene.id,
                      date,
                      item: 'consent-checkin',
                      personId: p.personId,
                      done: true,
                      confirmed: false,
                    });
                    await refresh();
                  }}
                />
              }
              onChange={(done) =>
                mark(
                  { sceneId: scene.id, date, item: 'consent-checkin', personId: p.personId, done },
                  findMark(scene, 'consent-checkin', p.personId),
                  p.name,
                )
              }
            />
          ))}
        </div>
      )}
    </section>
  );
}
