import { format, parseISO } from 'date-fns';
import { useEffect } from 'react';
import { Link } from 'react-aria-components';
import { dueNow } from '../../../../shared/dashboard/rules';
import type { Dashboard, DashboardScene, PillarMark } from '../../../../shared/dashboard/schema';
import { zoneLabel } from '../../../../shared/kit/time';
import { INTIMACY_TYPE_LABELS } from '../../../../shared/scenes/schema';
import { useCommand } from '../../lib/commands';
import { paths } from '../../lib/links';
import { ProductionSections } from '../../ui/controls';
import { PageQueryState } from '../../ui/query-state';
import { RollGateBanner } from '../onset/RollGateBanner';
import { CalendarStrip } from './CalendarStrip';
import { TodoList } from './TodoList';

export function DashboardPage({ productionId }: { productionId: string }) {
  const dashboard = useCommand('dashboard.get', { productionId }, { staleTime: 0 });
  useEffect(() => {
    if (dashboard.data) document.title = `${dashboard.data.title} · Dashboard · Closed Set`;
  }, [dashboard.data]);
  if (!dashboard.isSuccess) {
    return <PageQueryState query={dashboard} loading="Loading dashboard…" unavailable="Dashboard not available" />;
  }
  return <DashboardView d={dashboard.data} />;
}

function DashboardView({ d }: { d: Dashboard }) {
  const { overdue, today } = dueNow(d.todos);
  const ahead = d.todos.filter((t) => t.due === 'soon' || t.due === 'later');
  // Blocked scenes come first, above every to-do: nothing else matters before they are fixed.
  const blocked = d.shootDays.flatMap((day) => day.scenes.filter((s) => s.gate.state === 'blocked'));
  return (
    <article className="page page-wide" aria-labelledby="dashboard-title">
      <header className="page-header">
        <div className="page-heading">
          <p className="eyebrow">
            Dashboard · today is {format(parseISO(d.today), 'EEEE d MMMM')} in {zoneLabel(d.timeZone)}
          </p>
          <h1 id="dashboard-title" className="page-title">
            {d.title}
          </h1>
        </div>
        <div className="page-actions">
          {d.shootDays[0] ? (
            <Link className="btn btn-primary" href={paths.onset(d.productionId, d.shootDays[0].date)}>
              On set: {format(parseISO(d.shootDays[0].date), 'EEE d MMM')}
            </Link>
          ) : null}
        </div>
      </header>

      <ProductionSections id={d.productionId} />

      {blocked.length > 0 ? (
        <section aria-labelledby="now-title" className="dashboard-now">
          <h2 id="now-title" className="section-title">
            Now
          </h2>
          {blocked.map((s) => (
            <RollGateBanner
              key={s.id}
              gate={s.gate}
              productionId={d.productionId}
              sceneId={s.id}
              sceneNumber={s.label}
            />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="strip-title">
        <h2 id="strip-title" className="section-title">
          Coming days
        </h2>
        <CalendarStrip dashboard={d} />
      </section>

      <div className="dashboard-columns">
        <section className="card" aria-labelledby="due-title">
          <h2 id="due-title" className="card-title">
            Due now
          </h2>
          <h3 className="subsection-title">Overdue ({overdue.length})</h3>
          <TodoList todos={overdue} productionId={d.productionId} empty="Nothing overdue." />
          <h3 className="subsection-title">Due today ({today.length})</h3>
          <TodoList todos={today} productionId={d.productionId} empty="Nothing else due today." />
        </section>
        <section className="card" aria-labelledby="ahead-title">
          <h2 id="ahead-title" className="card-title">
            Before the coming calls
          </h2>
          <TodoList todos={ahead} productionId={d.productionId} empty="Nothing outstanding before the coming calls." />
        </section>
      </div>

      <section aria-labelledby="days-title" className="shoot-days">
        <h2 id="days-title" className="section-title">
          Next shoot days
        </h2>
        {d.shootDays.length === 0 ? (
          <p className="muted">No scenes are scheduled from today on. Give scenes a shoot date to see them here.</p>
        ) : (
          d.shootDays.map((day) => (
            <section key={day.date} className="card shoot-day" aria-labelledby={`day-${day.date}`}>
              <div className="shoot-day-head">
                <h3 id={`day-${day.date}`} className="card-title">
                  {format(parseISO(day.date), 'EEEE d MMMM')}
                </h3>
                <Link className="btn btn-small btn-secondary" href={paths.onset(d.productionId, day.date)}>
                  Open on-set mode
                </Link>
              </div>
              <ul className="scene-rows">
                {day.scenes.map((s) => (
                  <SceneRow key={s.id} scene={s} productionId={d.productionId} />
                ))}
              </ul>
            </section>
          ))
        )}
      </section>
    </article>
  );
}

const PILLAR_NAMES: Record<PillarMark['pillar'], string> = {
  context: 'Context',
  communication: 'Communication',
  consent: 'Consent',
  choreography: 'Choreography',
  closure: 'Closure',
};
const STATUS_WORDS: Record<PillarMark['status'], string> = {
  complete: 'complete',
  incomplete: 'incomplete',
  blocked: 'blocked',
};

function SceneRow({ scene, productionId }: { scene: DashboardScene; productionId: string }) {
  return (
    <li className="scene-row">
      <Link href={paths.scene(productionId, scene.id)} className="scene-row-link">
        <span className="scene-row-time">{scene.callTime ?? 'No call'}</span>
        <span className="scene-row-main">
          <span className="scene-row-title">Scene {scene.label}</span>
          <span className="scene-row-detail">
            {[
              scene.location,
              scene.intimacyTypes.map((t) => INTIMACY_TYPE_LABELS[t]).join(', '),
              scene.performerNames.join(', '),
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </span>
      </Link>
      {scene.pillars.length > 0 ? (
        <ul className="pillar-marks" aria-label={`Scene ${scene.label} pillars`}>
          {scene.pillars.map((p) => (
            <li
              key={p.pillar}
              className="pillar-mark"
              data-status={p.status}
              title={p.missing.length ? p.missing.join('\n') : undefined}
            >
              <span aria-hidden="true" className="pillar-dot" />
              {PILLAR_NAMES[p.pillar]}
              <span className="visually-hidden">: {STATUS_WORDS[p.status]}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <span className="badge" data-ready={scene.ready || undefined} data-gate={scene.gate.state}>
        {scene.ready ? 'Ready' : scene.gate.label}
      </span>
    </li>
  );
}
