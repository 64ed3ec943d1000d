import { useState } from 'react';
import { Button, DropIndicator, GridList, GridListItem, useDragAndDrop } from 'react-aria-components';
import type { Beat, BeatFlag, BeatSheet } from '../../../../shared/choreography/schema';
import { BODY_AREA_LABELS } from '../../../../shared/communication/schema';
import type { Scene } from '../../../../shared/scenes/schema';
import { run, useCommand } from '../../lib/commands';
import { formatInstant } from '../../lib/format';
import { useRefresh } from '../../lib/refresh';
import type { UndoableAction } from '../../lib/undo/undoable';
import { useUndoableMutation } from '../../lib/undo/use-undoable-mutation';
import { ActionButton } from '../../ui/ActionButton';
import { AppDialog } from '../../ui/AppDialog';
import { ErrorLine, SelectInput } from '../../ui/controls';
import { RowAction } from '../../ui/RowAction';
import { type BeatDraft, BeatForm, emptyBeat } from './BeatForm';
import { choreographyRefresh } from './queries';

const toInput = ({ position: _p, ...b }: Beat): BeatDraft => b;

/**
 * Beats are versioned, so undo never rewinds: it saves the beats the screen showed as a new
 * version (a reorder is moved back), and redo saves the result again. Each step is based on the
 * version the previous step made, so a change made elsewhere in between is refused, not lost.
 */
function beatsStep(
  sceneId: string,
  label: string,
  kind: 'save' | 'move',
  before: Beat[],
  change: () => Promise<BeatSheet>,
): UndoableAction<BeatSheet> {
  let at = 0;
  let after: Beat[] = [];
  const put = async (beats: Beat[], note: string) => {
    const sheet =
      kind === 'move'
        ? await run('beats.move', { sceneId, baseVersion: at, order: beats.map((b) => b.id) })
        : await run('beats.save', { sceneId, baseVersion: at, note, beats: beats.map(toInput) });
    at = sheet.version;
  };
  return {
    label,
    refresh: choreographyRefresh(),
    run: async () => {
      const sheet = await change();
      at = sheet.version;
      after = sheet.beats;
      return sheet;
    },
    undo: () => put(before, `Undone: ${label}`.slice(0, 400)),
    redo: () => put(after, label.slice(0, 400)),
  };
}

/** The choreography pillar: ordered, versioned beats with their flags shown inline. */
export function BeatsEditor({ scene }: { scene: Scene }) {
  const [version, setVersion] = useState<number | null>(null);
  const latest = useCommand('beats.get', { sceneId: scene.id });
  const old = useCommand('beats.get', { sceneId: scene.id, version: version ?? 1 }, { enabled: version !== null });
  const versions = useCommand('beats.versions', { sceneId: scene.id });
  const production = useCommand('production.get', { id: scene.productionId });
  const refresh = useRefresh(choreographyRefresh);
  const [editing, setEditing] = useState<{ index: number | null; draft: BeatDraft } | null>(null);
  const [formErrors, setFormErrors] = useState<Record<string, string>>({});
  const done = async () => {
    setEditing(null);
    await refresh();
  };
  const save = useUndoableMutation((step: UndoableAction<BeatSheet>) => step, { onSuccess: done });
  const move = useUndoableMutation((step: UndoableAction<BeatSheet>) => step);
  const sheet = version !== null ? old.data : latest.data;
  const readOnly = version !== null;
  const beats = sheet?.beats ?? [];
  const names = Object.fromEntries(scene.performers.map((p) => [p.personId, p.name]));

  const reorder = (order: string[]) => {
    const sheet = latest.data;
    if (!sheet) return;
    move.mutate(
      beatsStep(scene.id, `Scene ${scene.label}: beats reordered`, 'move', sheet.beats, () =>
        run('beats.move', { sceneId: scene.id, baseVersion: sheet.version, order }),
      ),
    );
  };
  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': String(key) })),
    onReorder: (e) => {
      const ids = beats.map((b) => b.id);
      const moving = ids.filter((id) => e.keys.has(id));
      const rest = ids.filter((id) => !e.keys.has(id));
      const at = rest.indexOf(String(e.target.key)) + (e.target.dropPosition === 'after' ? 1 : 0);
      reorder([...rest.slice(0, at), ...moving, ...rest.slice(at)]);
    },
    renderDropIndicator: (target) => <DropIndicator target={target} className="drop-indicator" />,
    isDisabled: readOnly,
  });
  const shift = (index: number, by: -1 | 1) => {
    const ids = beats.map((b) => b.id);
    const [id] = ids.splice(index, 1);
    if (id === undefined) return;
    ids.splice(index + by, 0, id);
    reorder(ids);
  };
  const submit = (draft: BeatDraft) => {
    const sheet = latest.data;
    if (!sheet) return;
    const list = sheet.beats.map(toInput);
    const index = editing?.index ?? null;
    if (index === null) list.push(draft);
    else list[index] = draft;
    const position = index ?? list.length - 1;
    const label = `Scene ${scene.label}: beat ${position + 1} ${index === null ? 'added' : 'changed'}`;
    save.mutate(
      beatsStep(scene.id, label, 'save', sheet.beats, () =>
        run('beats.save', { sceneId: scene.id, baseVersion: sheet.version, beats: list }),
      ),
      {
        onError: (e) => {
          const prefix = `beats.${position}.`;
          setFormErrors(
            Object.fromEntries(
              e.issues.filter((i) => i.path.startsWith(prefix)).map((i) => [i.path.slice(prefix.length), i.message]),
            ),
          );
        },
      },
    );
  };
  const remove = (index: number) => {
    const sheet = latest.data;
    if (!sheet) return;
    save.mutate(
      beatsStep(scene.id, `Scene ${scene.label}: beat ${index + 1} removed`, 'save', sheet.beats, () =>
        run('beats.save', {
          sceneId: scene.id,
          baseVersion: sheet.version,
          note: 'Removed a beat',
          beats: sheet.beats.filter((_, i) => i !== index).map(toInput),
        }),
      ),
    );
  };

  return (
    <div className="stack">
      <div className="toolbar">
        <SelectInput
          label="Version"
          value={version === null ? 'latest' : String(version)}
          onChange={(v) => setVersion(v === 'latest' ? null : Number(v))}
          options={[
            { id: 'latest', label: `Latest${latest.data?.version ? ` (version ${latest.data.version})` : ''}` },
            ...(versions.data ?? [])
              .filter((v) => v.version !== latest.data?.version)
              .map((v) => ({
                id: String(v.version),
                label: `Version ${v.version} · ${formatInstant(v.savedAt, production.data?.timeZone)}${v.note ? ` · ${v.note}` : ''}`,
              })),
          ]}
        />
        {readOnly ? (
          <p className="muted small">An earlier version, read only.</p>
        ) : (
          <ActionButton
            variant="primary"
            isDisabled={scene.performers.length === 0}
            onPress={() => {
              setFormErrors({});
              setEditing({ index: null, draft: emptyBeat(scene) });
            }}
          >
            Add beat
          </ActionButton>
        )}
      </div>
      {beats.length === 0 ? <p className="muted">No beats yet. Break the scene into beats, in order.</p> : null}
      <ErrorLine error={move.error ?? (editing ? null : save.error)} />
      {beats.length > 0 ? (
        <GridList
          aria-label={readOnly ? `Beats, version ${version}` : 'Beats, in order'}
          className="beat-list"
          items={beats}
          dragAndDropHooks={dragAndDropHooks}
        >
          {(beat) => {
            const index = beats.indexOf(beat);
            const flags = (sheet?.flags ?? []).filter((f) => f.beatId === beat.id);
            const worst = flags.some((f) => f.severity === 'never')
              ? 'never'
              : flags.some((f) => f.severity === 'ask' && !f.confirmed)
                ? 'ask'
                : undefined;
            return (
              <GridListItem
                id={beat.id}
                textValue={`Beat ${index + 1}: ${beat.title || beat.description}`}
                className="beat"
                data-flag={worst}
              >
                <span className="beat-number">
                  {readOnly ? null : (
                    <Button
                      slot="drag"
                      className="btn btn-quiet btn-small drag-handle"
                      aria-label={`Drag beat ${index + 1}`}
                    >
                      ⠿
                    </Button>
                  )}
                  {index + 1}
                </span>
                <BeatBody beat={beat} flags={flags} names={names} />
                {readOnly ? null : (
                  <span className="beat-actions">
                    <Button
                      className="btn btn-quiet btn-small"
                      isDisabled={index === 0}
                      onPress={() => shift(index, -1)}
                      aria-label={`Move beat ${index + 1} up`}
                    >
                      ↑
                    </Button>
                    <Button
                      className="btn btn-quiet btn-small"
                      isDisabled={index === beats.length - 1}
                      onPress={() => shift(index, 1)}
                      aria-label={`Move beat ${index + 1} down`}
                    >
                      ↓
                    </Button>
                    <Button
                      className="btn btn-secondary btn-small"
                      onPress={() => {
                        setFormErrors({});
                        setEditing({ index, draft: toInput(beat) });
                      }}
                      aria-label={`Edit beat ${index + 1}`}
                    >
                      Edit
                    </Button>
                    <RowAction verb="Remove beat" name={index + 1} onPress={() => remove(index)}>
                      Remove
                    </RowAction>
                  </span>
                )}
              </GridListItem>
            );
          }}
        </GridList>
      ) : null}
      <AppDialog
        title={editing?.index === null ? 'New beat' : `Beat ${(editing?.index ?? 0) + 1}`}
        isOpen={editing !== null}
        onOpenChange={(o) => !o && setEditing(null)}
        size="large"
      >
        {editing ? (
          <>
            <BeatForm
              scene={scene}
              beatNumber={(editing.index ?? latest.data?.beats.length ?? 0) + 1}
              initial={editing.draft}
              errors={formErrors}
              isPending={save.isPending}
              onSave={submit}
              onCancel={() => setEditing(null)}
            />
            <ErrorLine error={save.error} />
          </>
        ) : null}
      </AppDialog>
    </div>
  );
}

function BeatBody({ beat, flags, names }: { beat: Beat; flags: BeatFlag[]; names: Record<string, string> }) {
  return (
    <div className="beat-body">
      {beat.title ? <span className="beat-title">{beat.title}</span> : null}
      <span>{beat.description || <em className="muted">No description yet</em>}</span>
      <span className="muted">
        {beat.performerIds.map((id) => names[id] ?? 'Someone no longer in the scene').join(', ')}
        {beat.bodyPosition ? ` · ${beat.bodyPosition}` : ''}
        {beat.cameraAngle ? ` · Camera: ${beat.cameraAngle}` : ''}
        {beat.onScreen ? ` · On screen: ${beat.onScreen}` : ''}
      </span>
      {beat.contacts.length > 0 ? (
        <span className="muted">
          Contact:{' '}
          {beat.contacts
            .map(
              (c) =>
                `${names[c.fromPersonId] ?? '?'} → ${names[c.toPersonId] ?? '?'}, ${BODY_AREA_LABELS[c.area].toLowerCase()} (${c.means})`,
            )
            .join('; ')}
        </span>
      ) : null}
      {flags.map((f) => (
        <span
          key={`${f.contactIndex}:${f.message}`}
          className="flag"
          data-severity={f.confirmed ? 'agreed' : f.severity}
        >
          {f.severity === 'never' ? 'Outside boundaries: ' : f.confirmed ? 'Agreed: ' : 'Ask first: '}
          {f.message}
        </span>
      ))}
    </div>
  );
}
