import { useEffect, useState } from 'react';
import { Link } from 'react-aria-components';
import {
  PILLAR_LABELS,
  PILLARS,
  READINESS_LABELS,
  READINESS_STATES,
  type ReadinessState,
} from '../../../../shared/readiness/schema';
import { SCENE_SORT_LABELS, SCENE_SORTS, type SceneSort } from '../../../../shared/scenes/query';
import { formatEighths, INTIMACY_TYPE_LABELS } from '../../../../shared/scenes/schema';
import { useCommand } from '../../lib/commands';
import { formatDay } from '../../lib/format';
import { ActionButton } from '../../ui/ActionButton';
import { AppDialog } from '../../ui/AppDialog';
import { ProductionSections, ReadinessMark, SelectInput } from '../../ui/controls';
import { Notice } from '../../ui/Notice';
import { ImportBreakdown } from './ImportBreakdown';
import { NewSceneForm } from './NewSceneForm';

/** `#/productions/:id/scenes`: the intimacy breakdown with readiness per pillar. */
export function SceneListPage({ productionId }: { productionId: string }) {
  const production = useCommand('production.get', { id: productionId });
  const members = useCommand('member.list', { productionId });
  const [episode, setEpisode] = useState('');
  const [performerId, setPerformerId] = useState('');
  const [readiness, setReadiness] = useState<ReadinessState | ''>('');
  const [sort, setSort] = useState<SceneSort>('shootDate');
  const [direction, setDirection] = useState<'asc' | 'desc'>('asc');
  const [dialog, setDialog] = useState<'new' | 'import' | null>(null);
  const all = useCommand('scene.list', { productionId });
  const scenes = useCommand('scene.list', {
    productionId,
    sort,
    direction,
    ...(episode ? { episode } : {}),
    ...(performerId ? { performerId } : {}),
    ...(readiness ? { readiness } : {}),
  });
  const marks = useCommand('readiness.production', { productionId });
  useEffect(() => {
    if (production.data) document.title = `Scenes · ${production.data.title} · Closed Set`;
  }, [production.data]);

  const byScene = new Map(marks.data?.map((r) => [r.sceneId, r]));
  const episodes = [...new Set(all.data?.map((s) => s.episode).filter(Boolean))].sort();
  const cast = (members.data ?? []).filter((m) => m.role !== 'crew');

  return (
    <div className="page page-wide">
      <header className="page-header">
        <div className="page-heading">
          <p className="eyebrow">{production.data?.title}</p>
          <h1 className="page-title">Scenes</h1>
        </div>
        <div className="page-actions">
          <ActionButton variant="secondary" onPress={() => setDialog('import')}>
            Import CSV
          </ActionButton>
          <ActionButton variant="primary" onPress={() => setDialog('new')}>
            New scene
          </ActionButton>
        </div>
      </header>
      <ProductionSections id={productionId} />
      <search className="toolbar" aria-label="Filter and sort scenes">
        <SelectInput
          label="Episode"
          value={episode}
          onChange={setEpisode}
          options={[{ id: '', label: 'All episodes' }, ...episodes.map((e) => ({ id: e, label: e }))]}
        />
        <SelectInput
          label="Performer"
          value={performerId}
          onChange={setPerformerId}
          options={[{ id: '', label: 'Everyone' }, ...cast.map((m) => ({ id: m.person.id, label: m.person.name }))]}
        />
        <SelectInput
          label="Readiness"
          value={readiness}
          onChange={(v) => setReadiness(v as ReadinessState | '')}
          options={[{ id: '', label: 'Any' }, ...READINESS_STATES.map((r) => ({ id: r, label: READINESS_LABELS[r] }))]}
        />
        <SelectInput
          label="Sort by"
          value={sort}
          onChange={(v) => setSort(v as SceneSort)}
          options={SCENE_SORTS.map((s) => ({ id: s, label: SCENE_SORT_LABELS[s] }))}
        />
        <SelectInput
          label="Order"
          value={direction}
          onChange={(v) => setDirection(v as 'asc' | 'desc')}
          options={[
            { id: 'asc', label: 'Ascending' },
            { id: 'desc', label: 'Descending' },
          ]}
        />
      </search>
      {scenes.isError ? <Notice tone="error">{scenes.error.message}</Notice> : null}
      {scenes.data?.length === 0 ? <p className="muted">No scenes match. Break down a scene or import a CSV.</p> : null}
      {scenes.data && scenes.data.length > 0 ? (
        <div className="card table-wrap">
          <table className="table scenes-table" aria-label="Scenes">
            <thead>
              <tr>
                <th scope="col">Scene</th>
                <th scope="col">Ep.</th>
                <th scope="col">Shoot date</th>
                <th scope="col">Intimacy</th>
                <th scope="col">Performers</th>
                <th scope="col">Overall</th>
                <th scope="col">Pillars</th>
              </tr>
            </thead>
            <tbody>
              {scenes.data.map((s) => {
                const r = byScene.get(s.id);
                return (
                  <tr key={s.id}>
                    <td>
                      <Link className="row-link" href={`/productions/${productionId}/scenes/${s.id}`}>
                        Scene {s.label}
                      </Link>
                      {s.omitted ? <div className="small">Omitted</div> : null}
                      <div className="muted small">
                        {[s.intExt, s.setName, s.dayNight, `${formatEighths(s.pageEighths)} pp.`]
                          .filter(Boolean)
                          .join(' · ')}
                      </div>
                    </td>
                    <td>{s.episode}</td>
                    <td>
                      {s.shootDate ? formatDay(s.shootDate) : 'Not scheduled'}
                      {s.callTime ? <div className="muted small">Call {s.callTime}</div> : null}
                    </td>
                    <td className="wrap">{s.intimacyTypes.map((t) => INTIMACY_TYPE_LABELS[t]).join(', ')}</td>
                    <td className="wrap">
                      {s.performers.map((p) => (p.castNumber ? `${p.castNumber}. ${p.name}` : p.name)).join(', ')}
                    </td>
                    <td>{r ? <ReadinessMark status={r.overall} /> : '…'}</td>
                    <td>
                      {r ? (
                        // One cell for the five pillars, wrapping, so the table fits a laptop's width.
                        <ul className="pillar-marks">
                          {PILLARS.map((p) => (
                            <li key={p}>
                              <ReadinessMark status={r.pillars[p].status} label={PILLAR_LABELS[p]} />
                            </li>
                          ))}
                        </ul>
                      ) : (
                        '…'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <AppDialog title="New scene" isOpen={dialog === 'new'} onOpenChange={(o) => !o && setDialog(null)} size="large">
        <NewSceneForm productionId={productionId} onDone={() => setDialog(null)} />
      </AppDialog>
      <AppDialog
        title="Import a breakdown"
        isOpen={dialog === 'import'}
        onOpenChange={(o) => !o && setDialog(null)}
        size="large"
      >
        <ImportBreakdown productionId={productionId} onDone={() => setDialog(null)} />
      </AppDialog>
    </div>
  );
}
