import { useState } from 'react';
import type { Member } from '../../../../shared/people/schema';
import {
  formatEighths,
  HEIGHTENED_FLAG_LABELS,
  HEIGHTENED_FLAGS,
  INTIMACY_TYPE_LABELS,
  INTIMACY_TYPES,
  NUDITY_LABELS,
  NUDITY_LEVELS,
  type NudityLevel,
  parseEighths,
  RISK_LEVELS,
  type Scene,
  ScenePatch,
  type ScenePerformerInput,
} from '../../../../shared/scenes/schema';
import { run, useCommand } from '../../lib/commands';
import { useDraft } from '../../lib/draft';
import { inversePatch } from '../../lib/undo/undo';
import { useUndoableMutation } from '../../lib/undo/use-undoable-mutation';
import { Check, issuesByPath, SelectInput, schemaErrors, TextInput } from '../../ui/controls';
import { FormActions } from '../../ui/FormActions';
import { shootDateWarning } from '../productions/options';
import { scenesRefresh } from './queries';

type Draft = {
  number: string;
  episode: string;
  pages: string;
  scriptDay: string;
  location: string;
  shootDate: string;
  callTime: string;
  riskLevel: Scene['riskLevel'];
  mitigation: string;
  closedSet: string;
  monitorsRestrictedTo: string;
  icPresent: boolean;
  bodyDoubles: string;
  storyContext: string;
  directorIntent: string;
  audienceSees: string;
  intimacyTypes: Scene['intimacyTypes'];
  heightenedFlags: Scene['heightenedFlags'];
};

function draftOf(s: Scene): Draft {
  return {
    number: s.number,
    episode: s.episode,
    pages: formatEighths(s.pageEighths),
    scriptDay: s.scriptDay,
    location: s.location,
    shootDate: s.shootDate ?? '',
    callTime: s.callTime ?? '',
    riskLevel: s.riskLevel,
    mitigation: s.mitigation,
    closedSet: s.closedSet.join('\n'),
    monitorsRestrictedTo: s.monitorsRestrictedTo,
    icPresent: s.icPresent,
    bodyDoubles: s.bodyDoubles,
    storyContext: s.storyContext,
    directorIntent: s.directorIntent,
    audienceSees: s.audienceSees,
    intimacyTypes: s.intimacyTypes,
    heightenedFlags: s.heightenedFlags,
  };
}

/** The breakdown and the context pillar: what the story needs and how the scene is protected. */
export function BreakdownPanel({ scene, cast }: { scene: Scene; cast: Member[] }) {
  // The draft survives every refetch of the scene (a performers save, an undo): fields the
  // person has not touched follow the saved scene, fields they are typing in keep their text.
  const { draft: d, setDraft: setD } = useDraft<Draft>(draftOf(scene));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const production = useCommand('production.get', { id: scene.productionId });
  const outside = production.data
    ? shootDateWarning(d.shootDate, production.data.startDate, production.data.endDate)
    : null;
  const update = useUndoableMutation(
    ({ patch, before }: { patch: ScenePatch; before: ScenePatch }) => ({
      label: `Scene ${scene.label}: breakdown changed`,
      refresh: scenesRefresh(),
      run: () => run('scene.update', { id: scene.id, patch }),
      // The inverse is an update back to the values this screen showed before the save.
      undo: () => run('scene.update', { id: scene.id, patch: inversePatch(before, patch) }),
    }),
    { onError: (e) => setErrors(issuesByPath(e)) },
  );
  const set =
    <K extends keyof Draft>(k: K) =>
    (v: Draft[K]) =>
      setD((old) => ({ ...old, [k]: v }));
  const save = () => {
    const { pages, ...rest } = d;
    const eighths = pages.trim() === '' ? 0 : parseEighths(pages);
    const patch = {
      ...rest,
      pageEighths: eighths ?? -1,
      shootDate: d.shootDate || null,
      callTime: d.callTime || null,
      closedSet: d.closedSet
        .split('\n')
        .map((x) => x.trim())
        .filter(Boolean),
    };
    const found = schemaErrors(ScenePatch, patch);
    if (eighths === null) found.pageEighths = 'Use a page count such as 1 3/8, 3/8 or 2';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const { pages: _pages, ...shown } = draftOf(scene);
    const before = {
      ...shown,
      pageEighths: scene.pageEighths,
      shootDate: scene.shootDate,
      callTime: scene.callTime,
      closedSet: scene.closedSet,
    };
    update.mutate({ patch, before });
  };
  const err = (k: string) => errors[k] ?? errors[`patch.${k}`];

  return (
    <div className="stack">
      <section className="card" aria-labelledby="breakdown-title">
        <h2 id="breakdown-title" className="card-title">
          Breakdown
        </h2>
        <div className="form-grid">
          <TextInput label="Scene number" value={d.number} onChange={set('number')} error={err('number')} />
          <TextInput label="Episode" value={d.episode} onChange={set('episode')} error={err('episode')} />
          <TextInput
            label="Pages"
            value={d.pages}
            onChange={set('pages')}
            error={err('pageEighths')}
            description="In eighths, as scripts count: 1 3/8"
          />
          <TextInput
            label="Script day"
            value={d.scriptDay}
            onChange={set('scriptDay')}
            error={err('scriptDay')}
            description="Story day, e.g. D3 or N2"
          />
          <TextInput
            label="Shoot date"
            type="date"
            value={d.shootDate}
            onChange={set('shootDate')}
            error={err('shootDate')}
            description={outside ? `Check the date: ${outside}` : undefined}
          />
          <TextInput
            label="Call time"
            type="time"
            value={d.callTime}
            onChange={set('callTime')}
            error={err('callTime')}
          />
          <TextInput label="Location" value={d.location} onChange={set('location')} className="span-2" />
        </div>
        <fieldset className="stack">
          <legend className="field-label">Types of intimacy</legend>
          <div className="checkbox-group">
            {INTIMACY_TYPES.map((t) => (
              <Check
                key={t}
                isSelected={d.intimacyTypes.includes(t)}
                onChange={(on) =>
                  set('intimacyTypes')(on ? [...d.intimacyTypes, t] : d.intimacyTypes.filter((x) => x !== t))
                }
              >
                {INTIMACY_TYPE_LABELS[t]}
              </Check>
            ))}
          </div>
        </fieldset>
      </section>
      <section className="card" aria-labelledby="context-title">
        <h2 id="context-title" className="card-title">
          Context
        </h2>
        <div className="form-grid">
          <TextInput
            label="Story context"
            multiline
            value={d.storyContext}
            onChange={set('storyContext')}
            className="span-2"
          />
          <TextInput label="Director's intent" multiline value={d.directorIntent} onChange={set('directorIntent')} />
          <TextInput label="What the audience sees" multiline value={d.audienceSees} onChange={set('audienceSees')} />
          <SelectInput
            label="Risk level"
            value={d.riskLevel}
            onChange={(v) => set('riskLevel')(v as Draft['riskLevel'])}
            options={RISK_LEVELS.map((r) => ({ id: r, label: r[0]?.toUpperCase() + r.slice(1) }))}
          />
          <TextInput
            label="Mitigation plan"
            multiline
            value={d.mitigation}
            onChange={set('mitigation')}
            error={err('mitigation')}
          />
          <TextInput
            label="Closed set"
            multiline
            value={d.closedSet}
            onChange={set('closedSet')}
            description="Essential people, one per line"
            error={err('closedSet')}
          />
          <TextInput
            label="Monitors restricted to"
            value={d.monitorsRestrictedTo}
            onChange={set('monitorsRestrictedTo')}
          />
          <TextInput label="Body doubles" value={d.bodyDoubles} onChange={set('bodyDoubles')} />
          <div className="field">
            <span className="field-label">Intimacy coordinator</span>
            <Check isSelected={d.icPresent} onChange={set('icPresent')}>
              An intimacy coordinator is present
            </Check>
          </div>
        </div>
        <fieldset className="stack">
          <legend className="field-label">Heightened emotion</legend>
          <div className="checkbox-group">
            {HEIGHTENED_FLAGS.map((f) => (
              <Check
                key={f}
                isSelected={d.heightenedFlags.includes(f)}
                onChange={(on) =>
                  set('heightenedFlags')(on ? [...d.heightenedFlags, f] : d.heightenedFlags.filter((x) => x !== f))
                }
              >
                {HEIGHTENED_FLAG_LABELS[f]}
              </Check>
            ))}
          </div>
        </fieldset>
        <FormActions
          error={update.error}
          submitLabel="Save breakdown and context"
          onSubmit={save}
          isPending={update.isPending}
          pendingLabel="Saving…"
        />
      </section>
      <PerformersEditor scene={scene} cast={cast} />
    </div>
  );
}

type Choice = { inScene: boolean; nudity: NudityLevel; simulatedSex: boolean };

function PerformersEditor({ scene, cast }: { scene: Scene; cast: Member[] }) {
  // Like the breakdown's draft: an undo or another save moves the rows not being edited.
  const { draft: choices, setDraft: setChoices } = useDraft<Record<string, Choice>>(
    Object.fromEntries(
      cast.map((m) => {
        const p = scene.performers.find((x) => x.personId === m.person.id);
        return [m.person.id, { inScene: !!p, nudity: p?.nudity ?? 'none', simulatedSex: p?.simulatedSex ?? false }];
      }),
    ),
  );
  // The inverse sets back the list this screen showed, with each performer's terms as they were.
  const before: ScenePerformerInput[] = scene.performers.map((p) => ({
    personId: p.personId,
    nudity: p.nudity,
    simulatedSex: p.simulatedSex,
  }));
  const save = useUndoableMutation((performers: ScenePerformerInput[]) => ({
    label: `Scene ${scene.label}: performers changed`,
    refresh: scenesRefresh(),
    run: () => run('scene.setPerformers', { sceneId: scene.id, performers }),
    undo: () => run('scene.setPerformers', { sceneId: scene.id, performers: before }),
  }));
  const change = (id: string, c: Partial<Choice>) =>
    setChoices((old) => ({
      ...old,
      [id]: { ...(old[id] ?? { inScene: false, nudity: 'none', simulatedSex: false }), ...c },
    }));

  return (
    <section className="card" aria-labelledby="performers-title">
      <h2 id="performers-title" className="card-title">
        Performers in this scene
      </h2>
      {cast.length === 0 ? <p className="muted small">Add cast on the production's Cast and crew page first.</p> : null}
      <table className="table" aria-label="Performers in this scene">
        <thead>
          <tr>
            <th scope="col">Performer</th>
            <th scope="col">Nudity</th>
            <th scope="col">Simulated sex</th>
          </tr>
        </thead>
        <tbody>
          {cast.map((m) => {
            const c = choices[m.person.id] ?? { inScene: false, nudity: 'none', simulatedSex: false };
            return (
              <tr key={m.id}>
                <td>
                  <Check isSelected={c.inScene} onChange={(on) => change(m.person.id, { inScene: on })}>
                    {m.person.name}
                    {m.characterName ? ` (${m.characterName})` : ''}
                    {m.role === 'background' ? ' · background' : ''}
                    {m.person.isMinor ? ' · minor' : ''}
                  </Check>
                </td>
                <td>
                  <SelectInput
                    label={`Nudity for ${m.person.name}`}
                    className="compact-label"
                    value={c.nudity}
                    onChange={(v) => change(m.person.id, { nudity: v as NudityLevel })}
                    options={NUDITY_LEVELS.map((n) => ({ id: n, label: NUDITY_LABELS[n] }))}
                  />
                </td>
                <td>
                  <Check isSelected={c.simulatedSex} onChange={(on) => change(m.person.id, { simulatedSex: on })}>
                    <span className="visually-hidden">Simulated sex for {m.person.name}</span>
                    <span aria-hidden="true">Yes</span>
                  </Check>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FormActions
        error={save.error}
        submitLabel="Save performers"
        onSubmit={() =>
          save.mutate(
            Object.entries(choices)
              .filter(([, c]) => c.inScene)
              .map(([personId, c]) => ({ personId, nudity: c.nudity, simulatedSex: c.simulatedSex })),
          )
        }
        isPending={save.isPending}
        pendingLabel="Saving…"
      />
    </section>
  );
}
