import { useEffect } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useLocation } from 'wouter';
import { PILLARS } from '../../../../shared/readiness/schema';
import { formatEighths, INTIMACY_TYPE_LABELS } from '../../../../shared/scenes/schema';
import { run, useCommand } from '../../lib/commands';
import { formatDay } from '../../lib/format';
import { useUndoableMutation } from '../../lib/undo/use-undoable-mutation';
import { ActionButton } from '../../ui/ActionButton';
import { ErrorLine, PillarCard, ProductionSections, ReadinessMark } from '../../ui/controls';
import { Notice } from '../../ui/Notice';
import { BeatsEditor } from '../choreography/BeatsEditor';
import { ClosurePanel } from '../closure/ClosurePanel';
import { CommunicationPanel } from '../communication/CommunicationPanel';
import { SceneConsentPanel } from '../consent/SceneConsentPanel';
import { BreakdownPanel } from './BreakdownPanel';
import { scenesRefresh } from './queries';

/** `#/productions/:id/scenes/:sceneId`: one scene, its readiness, and a tab per pillar. */
/** The scene's five pillar tabs, in the order a coordinator works through them. */
const PILLAR_TABS = [
  { id: 'context', label: 'Breakdown and context' },
  { id: 'communication', label: 'Communication' },
  { id: 'consent', label: 'Consent' },
  { id: 'choreography', label: 'Choreography' },
  { id: 'closure', label: 'Closure' },
];

export function ScenePage({ productionId, sceneId }: { productionId: string; sceneId: string }) {
  const scene = useCommand('scene.get', { id: sceneId });
  const readiness = useCommand('readiness.scene', { sceneId });
  const members = useCommand('member.list', { productionId });
  const [, navigate] = useLocation();
  const setDeleted = (deleted: boolean) => run('scene.delete', { id: sceneId, deleted });
  // Soft and undoable, so no confirmation: the toast says where it went and Undo brings it back.
  const remove = useUndoableMutation(
    (number: string) => ({
      label: `Scene ${number} moved to Recently deleted`,
      refresh: scenesRefresh(),
      run: () => setDeleted(true),
      undo: () => setDeleted(false),
    }),
    { onSuccess: () => navigate(`/productions/${productionId}/scenes`) },
  );
  const restore = useUndoableMutation((number: string) => ({
    label: `Scene ${number} restored`,
    refresh: scenesRefresh(),
    run: () => setDeleted(false),
    undo: () => setDeleted(true),
  }));
  useEffect(() => {
    if (scene.data) document.title = `Scene ${scene.data.label} · Closed Set`;
  }, [scene.data]);
  if (scene.isError) {
    return (
      <div className="page">
        <h1 className="page-title">Scene not available</h1>
        <Notice tone="error">{scene.error.message}</Notice>
      </div>
    );
  }
  if (!scene.data || !members.data) return <p className="page-loading">Loading scene…</p>;
  const s = scene.data;
  const cast = members.data.filter((m) => m.role !== 'crew');
  return (
    <article className="page page-wide" aria-labelledby="scene-title">
      <header className="page-header">
        <div className="page-heading">
          <p className="eyebrow">
            {s.episode ? `Episode ${s.episode} · ` : ''}
            {formatEighths(s.pageEighths)} pages{s.scriptDay ? ` · ${s.scriptDay}` : ''}
          </p>
          <h1 id="scene-title" className="page-title">
            Scene {s.label}
          </h1>
          <p className="page-subtitle">
            {readiness.data ? <ReadinessMark status={readiness.data.overall} label="Readiness" /> : null}
            <span>
              {s.shootDate ? `${formatDay(s.shootDate)}${s.callTime ? `, call ${s.callTime}` : ''}` : 'Not scheduled'}
            </span>
            {s.location ? <span>{s.location}</span> : null}
            <span>{s.intimacyTypes.map((t) => INTIMACY_TYPE_LABELS[t]).join(', ')}</span>
          </p>
        </div>
        <div className="page-actions">
          {s.deletedAt ? (
            <ActionButton
              isPending={restore.isPending}
              pendingLabel="Restoring…"
              onPress={() => restore.mutate(s.label)}
            >
              Restore scene
            </ActionButton>
          ) : (
            <ActionButton
              variant="quiet"
              className="btn-delete"
              isPending={remove.isPending}
              pendingLabel="Deleting…"
              onPress={() => remove.mutate(s.label)}
            >
              Delete scene
            </ActionButton>
          )}
        </div>
      </header>
      <ErrorLine error={remove.error ?? restore.error} />
      {s.deletedAt ? (
        <Notice title={`Scene ${s.label} is deleted`}>
          It is kept with its history and listed under Recently deleted. Restore it to see and change its pillars.
        </Notice>
      ) : null}
      <ProductionSections id={productionId} />
      {readiness.data && !s.deletedAt ? (
        <section aria-labelledby="readiness-title" className="stack">
          <h2 id="readiness-title" className="card-title">
            Readiness by pillar
          </h2>
          <div className="pillar-grid">
            {PILLARS.map((p) => (
              <PillarCard key={p} pillar={p} readiness={readiness.data.pillars[p]} />
            ))}
          </div>
        </section>
      ) : null}
      {s.deletedAt ? null : (
        <Tabs className="card">
          <TabList aria-label="Pillars" className="tab-list" items={PILLAR_TABS}>
            {(t) => (
              <Tab id={t.id} className="tab">
                {t.label}
              </Tab>
            )}
          </TabList>
          <TabPanel id="context" className="tab-panel">
            <BreakdownPanel key={s.id} scene={s} cast={cast} />
          </TabPanel>
          <TabPanel id="communication" className="tab-panel">
            <CommunicationPanel scene={s} />
          </TabPanel>
          <TabPanel id="consent" className="tab-panel">
            <div className="stack">
              <p>
                Riders are kept per performer with their versions, signatures and withdrawals. This scene's consent
                pillar reads from them; here is what it says now.
              </p>
              {readiness.data ? <PillarCard pillar="consent" readiness={readiness.data.pillars.consent} /> : null}
              <SceneConsentPanel productionId={productionId} sceneId={s.id} />
            </div>
          </TabPanel>
          <TabPanel id="choreography" className="tab-panel">
            <BeatsEditor scene={s} />
          </TabPanel>
          <TabPanel id="closure" className="tab-panel">
            <ClosurePanel scene={s} />
          </TabPanel>
        </Tabs>
      )}
    </article>
  );
}
