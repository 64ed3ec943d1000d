import { useEffect, useState } from 'react';
import { Link } from 'react-aria-components';
import type { SceneConsent } from '../../../../shared/consent/schema';
import { useCommand } from '../../lib/commands';
import { formatInstant } from '../../lib/format';
import { ActionButton } from '../../ui/ActionButton';
import { ProductionSections } from '../../ui/controls';
import { NewRiderDialog } from './NewRiderDialog';
import { SceneConsentDetails } from './SceneConsentStatus';
import { RiderStatusBadge } from './StatusBadge';
import { TemplateList } from './Templates';
import './consent.css';
import { DataTable } from '../../ui/DataTable';
import { PageQueryState, QueryContent } from '../../ui/query-state';

/** The call time in the production's own zone: what the call sheet says. */
export function formatCall(callAt: string | null, timeZone: string): string {
  if (!callAt) return 'Not scheduled';
  return formatInstant(callAt, timeZone);
}

export function RidersPage({ productionId }: { productionId: string }) {
  const production = useCommand('production.get', { id: productionId });
  const riders = useCommand('rider.list', { productionId });
  const consent = useCommand('consent.production', { productionId });
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (production.data) document.title = `Riders · ${production.data.title} · Closed Set`;
  }, [production.data]);

  if (!production.isSuccess) {
    return <PageQueryState query={production} loading="Loading riders…" unavailable="Riders not available" />;
  }
  const p = production.data;
  return (
    <article className="page" aria-labelledby="riders-title">
      <header className="page-header">
        <div className="page-heading">
          <p className="eyebrow">
            <Link href={`/productions/${p.id}`} className="crumb">
              {p.title}
            </Link>
          </p>
          <h1 id="riders-title" className="page-title">
            Riders and consent
          </h1>
          <p className="page-subtitle">
            Riders are due {p.noticeHours} hours before call time. A signed version is never edited: a change makes a
            new version that needs signing again.
          </p>
        </div>
        <div className="page-actions">
          <Link href={`/productions/${p.id}/audit`} className="btn btn-quiet">
            Audit trail
          </Link>
          <ActionButton variant="primary" onPress={() => setCreating(true)} isDisabled={p.archivedAt !== null}>
            New rider
          </ActionButton>
        </div>
      </header>

      <ProductionSections id={p.id} />

      <section className="card" aria-labelledby="scene-consent-title">
        <h2 id="scene-consent-title" className="card-title">
          Consent by scene
        </h2>
        <QueryContent query={consent} empty="No scenes yet.">
          {(rows) => (
            <DataTable
              className="consent-table"
              columns={['Scene', 'Call', 'Consent']}
              rows={rows}
              rowKey={(c: SceneConsent) => c.sceneId}
            >
              {(c) => (
                <>
                  <th scope="row" className="scene-number">
                    {c.label}
                  </th>
                  <td className="nowrap">{formatCall(c.callAt, p.timeZone)}</td>
                  <td>
                    <SceneConsentDetails consent={c} />
                  </td>
                </>
              )}
            </DataTable>
          )}
        </QueryContent>
      </section>

      <section className="card" aria-labelledby="rider-list-title">
        <h2 id="rider-list-title" className="card-title">
          Riders
        </h2>
        <QueryContent query={riders} empty="No riders yet. Start one for each performer with nudity or simulated sex.">
          {(rows) => (
            <DataTable
              columns={['Performer', 'Scenes', { label: 'Version', className: 'numeric' }, 'Status', 'Last change']}
              rows={rows}
              rowKey={(r) => r.id}
            >
              {(r) => (
                <>
                  <th scope="row">
                    <Link href={`/riders/${r.id}`} className="table-link">
                      {r.personName}
                    </Link>
                    {r.title ? <span className="muted"> · {r.title}</span> : null}
                    {r.personDeleted ? <span className="badge badge-muted">Removed</span> : null}
                  </th>
                  <td>{r.scenes.map((s) => (s.deleted ? `${s.label} (deleted)` : s.label)).join(', ') || '—'}</td>
                  <td className="numeric">{r.version}</td>
                  <td>
                    <RiderStatusBadge status={r.status} />
                  </td>
                  <td className="nowrap">{formatInstant(r.updatedAt, p.timeZone)}</td>
                </>
              )}
            </DataTable>
          )}
        </QueryContent>
      </section>

      <section className="card" aria-labelledby="templates-title">
        <h2 id="templates-title" className="card-title">
          Rider templates
        </h2>
        <TemplateList productionId={p.id} />
      </section>

      <NewRiderDialog productionId={p.id} isOpen={creating} onOpenChange={setCreating} />
    </article>
  );
}
