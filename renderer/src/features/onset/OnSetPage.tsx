import { format, parseISO } from 'date-fns';
import { useEffect } from 'react';
import { Link, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useLocation, useSearch } from 'wouter';
import { zoneLabel } from '../../../../shared/kit/time';
import { checkInRequired } from '../../../../shared/onset/rules';
import type { OnSetDay, OnSetScene } from '../../../../shared/onset/schema';
import { INTIMACY_TYPE_LABELS } from '../../../../shared/scenes/schema';
import { useCommand } from '../../lib/commands';
import { paths } from '../../lib/links';
import { PageQueryState } from '../../ui/query-state';
import { BreakButtons, BreakLog } from './BreakPanel';
import { ClosureStep } from './ClosureStep';
import { PrerollChecklist } from './PrerollChecklist';
import { RollGateBanner } from './RollGateBanner';

/** On-set mode: one screen for the shoot day, large targets, usable with one hand. */
export function OnSetPage({ productionId, date }: { productionId: string; date: string }) {
  const day = useCommand('onset.day', { productionId, date }, { staleTime: 0 });
  useEffect(() => {
    if (day.data) document.title = `On set ${day.data.date} · ${day.data.productionTitle} · Closed Set`;
  }, [day.data]);
  if (!day.isSuccess) {
    return <PageQueryState query={day} loading="Loading the shoot day…" unavailable="Shoot day not available" />;
  }
  return <OnSetView day={day.data} />;
}

function OnSetView({ day }: { day: OnSetDay }) {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const wanted = new URLSearchParams(search).get('scene');
  const selected = day.scenes.some((s) => s.id === wanted) ? wanted : (day.scenes[0]?.id ?? null);
  return (
    <article className="page onset" aria-labelledby="onset-title">
      <header className="page-header">
        <div className="page-heading">
          <p className="eyebrow">On set · {day.productionTitle}</p>
          <h1 id="onset-title" className="page-title">
            {format(parseISO(day.date), 'EEEE d MMMM')}
          </h1>
          <p className="page-subtitle">
            {day.scenes.length} intimate scene{day.scenes.length === 1 ? '' : 's'} · times in {zoneLabel(day.timeZone)}
          </p>
        </div>
        <div className="page-actions">
          <Link className="btn btn-secondary" href={paths.dashboard(day.productionId)}>
            Dashboard
          </Link>
        </div>
      </header>

      {day.scenes.length === 0 || selected === null ? (
        <p className="muted">No scenes are scheduled on this day.</p>
      ) : (
        <Tabs
          className="onset-tabs"
          selectedKey={selected}
          onSelectionChange={(key) => navigate(`${location}?scene=${String(key)}`, { replace: true })}
        >
          <TabList aria-label="Scenes in shooting order" className="tab-list onset-tab-list">
            {day.scenes.map((s) => (
              <Tab key={s.id} id={s.id} className="tab onset-tab">
                <span>Scene {s.label}</span>
                <span className="onset-tab-time">{s.callTime ?? 'no call'}</span>
                {s.gate.state === 'blocked' ? <span className="onset-tab-blocked"> · blocked</span> : null}
                {s.prerollComplete ? <span className="onset-tab-done"> ✓ checked</span> : null}
              </Tab>
            ))}
          </TabList>
          {day.scenes.map((s) => (
            <TabPanel key={s.id} id={s.id} className="tab-panel onset-panel">
              <ScenePanel scene={s} day={day} />
            </TabPanel>
          ))}
        </Tabs>
      )}
      <BreakLog breaks={day.breaks} />
    </article>
  );
}

function ScenePanel({ scene, day }: { scene: OnSetScene; day: OnSetDay }) {
  const performers = checkInRequired(scene.performers);
  return (
    <div className="onset-scene">
      <RollGateBanner gate={scene.gate} productionId={day.productionId} sceneId={scene.id} sceneNumber={scene.label} />
      <div className="onset-scene-summary">
        <h2 className="card-title">
          Scene {scene.label} · call {scene.callTime ?? 'not set'}
        </h2>
        <p className="muted">
          {[scene.location, scene.intimacyTypes.map((t) => INTIMACY_TYPE_LABELS[t]).join(', ')]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <dl className="onset-facts">
          <div>
            <dt>Closed set</dt>
            <dd>{scene.closedSet.length ? scene.closedSet.join(', ') : 'Not listed'}</dd>
          </div>
          <div>
            <dt>Monitors</dt>
            <dd>{scene.monitorsRestrictedTo || 'No restriction recorded'}</dd>
          </div>
          <div>
            <dt>In the scene</dt>
            <dd>{performers.map((p) => p.name).join(', ') || 'Nobody listed'}</dd>
          </div>
        </dl>
      </div>
      <PrerollChecklist scene={scene} date={day.date} />
      <BreakButtons scene={scene} productionId={day.productionId} date={day.date} />
      <ClosureStep scene={scene} date={day.date} />
    </div>
  );
}
