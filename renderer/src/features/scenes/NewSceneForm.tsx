import { useState } from 'react';
import { useLocation } from 'wouter';
import {
  INTIMACY_TYPE_LABELS,
  INTIMACY_TYPES,
  type IntimacyType,
  parseEighths,
  SceneInput,
  type SceneInput as SceneInputValues,
} from '../../../../shared/scenes/schema';
import { run } from '../../lib/commands';
import { useUndoableMutation } from '../../lib/undo/use-undoable-mutation';
import { useUnsavedGuard } from '../../lib/unsaved';
import { Check, issuesByPath, schemaErrors, TextInput } from '../../ui/controls';
import { FormActions } from '../../ui/FormActions';
import { scenesRefresh } from './queries';

/** Break down a new scene: number, episode, pages, schedule and the types of intimacy. */
export function NewSceneForm({ productionId, onDone }: { productionId: string; onDone: () => void }) {
  const [number, setNumber] = useState('');
  const [episode, setEpisode] = useState('');
  const [pages, setPages] = useState('');
  const [shootDate, setShootDate] = useState('');
  const [callTime, setCallTime] = useState('');
  const [location, setLocation] = useState('');
  const [types, setTypes] = useState<IntimacyType[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const releaseGuard = useUnsavedGuard(
    [number, episode, pages, shootDate, callTime, location].some((v) => v.trim() !== '') || types.length > 0,
  );
  const [, navigate] = useLocation();
  // Undo soft-deletes the new scene (it shows under Recently deleted); redo restores that same scene.
  const create = useUndoableMutation(
    (input: SceneInputValues) => ({
      label: (scene) => `Scene ${scene.label} added`,
      refresh: scenesRefresh(),
      run: () => run('scene.create', input),
      undo: (scene) => run('scene.delete', { id: scene.id, deleted: true }),
      redo: (scene) => run('scene.delete', { id: scene.id, deleted: false }),
    }),
    {
      onSuccess: (scene) => {
        releaseGuard();
        onDone();
        navigate(`/productions/${productionId}/scenes/${scene.id}`);
      },
      onError: (e) => setErrors(issuesByPath(e)),
    },
  );

  const submit = () => {
    const eighths = pages.trim() === '' ? 0 : parseEighths(pages);
    const input = {
      productionId,
      number,
      episode,
      pageEighths: eighths ?? -1,
      shootDate: shootDate || null,
      callTime: callTime || null,
      location,
      intimacyTypes: types,
    };
    const found = schemaErrors(SceneInput, input);
    if (eighths === null) found.pageEighths = 'Use a page count such as 1 3/8, 3/8 or 2';
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate(input);
  };

  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="form-grid">
        <TextInput label="Scene number" value={number} onChange={setNumber} error={errors.number} />
        <TextInput label="Episode" value={episode} onChange={setEpisode} error={errors.episode} />
        <TextInput
          label="Pages"
          value={pages}
          onChange={setPages}
          error={errors.pageEighths}
          description="In eighths, as scripts count: 1 3/8"
        />
        <TextInput label="Location" value={location} onChange={setLocation} error={errors.location} />
        <TextInput label="Shoot date" type="date" value={shootDate} onChange={setShootDate} error={errors.shootDate} />
        <TextInput
          label="Call time"
          type="time"
          value={callTime}
          onChange={setCallTime}
          error={errors.callTime}
          description="In the production's time zone"
        />
      </div>
      <fieldset className="stack">
        <legend className="field-label">Types of intimacy</legend>
        <div className="checkbox-group">
          {INTIMACY_TYPES.map((t) => (
            <Check
              key={t}
              isSelected={types.includes(t)}
              onChange={(on) => setTypes(on ? [...types, t] : types.filter((x) => x !== t))}
            >
              {INTIMACY_TYPE_LABELS[t]}
            </Check>
          ))}
        </div>
      </fieldset>
      <FormActions
        error={create.error && Object.keys(errors).length === 0 ? create.error : null}
        onCancel={onDone}
        submitLabel="Create scene"
        isPending={create.isPending}
        pendingLabel="Saving…"
      />
    </form>
  );
}
