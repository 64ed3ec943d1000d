import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { Link } from 'react-aria-components';
import {
  PRODUCTION_STATUS_LABELS,
  PRODUCTION_TYPE_LABELS,
  type Production,
  UNION_STATUS_LABELS,
} from '../../../../shared/productions/schema';
import { run, useCommand, useCommandMutation } from '../../lib/commands';
import { formatDay, formatInstant } from '../../lib/format';
import { refreshQueries } from '../../lib/refresh';
import { useUndo } from '../../lib/undo/UndoProvider';
import { ActionButton } from '../../ui/ActionButton';
import { ProductionSections } from '../../ui/controls';
import { Notice } from '../../ui/Notice';
import { PageQueryState } from '../../ui/query-state';
import { ConsentLinks } from '../consent/ConsentLinks';
import { timeZoneLabel } from './options';
import { EditProductionDialog } from './ProductionDialog';
import { productionsRefresh } from './queries';

export function ProductionPage({ id }: { id: string }) {
  const production = useCommand('production.get', { id });

  useEffect(() => {
    if (production.data) document.title = `${production.data.title} · Closed Set`;
  }, [production.data]);

  if (!production.isSuccess) {
    return <PageQueryState query={production} loading="Loading production…" unavailable="Production not available" />;
  }
  return <ProductionDetails production={production.data} />;
}

function ProductionDetails({ production }: { production: Production }) {
  const [editing, setEditing] = useState(false);
  const queryClient = useQueryClient();
  const archive = useCommandMutation('production.archive', {
    onSuccess: async (saved) => {
      queryClient.setQueryData(['production.get', { id: saved.id }], saved);
      await refreshQueries(queryClient, productionsRefresh());
    },
  });
  const archived = production.archivedAt !== null;
  const { record: recordUndo } = useUndo();
  const dates =
    production.startDate || production.endDate
      ? `${formatDay(production.startDate)} – ${formatDay(production.endDate)}`
      : 'Dates not set';

  return (
    <article className="page" aria-labelledby="production-title">
      <header className="page-header">
        <div className="page-heading">
          <p className="eyebrow">
            {PRODUCTION_TYPE_LABELS[production.type]}
            {production.company ? ` · ${production.company}` : ''}
          </p>
          <h1 id="production-title" className="page-title">
            {production.title}
          </h1>
          <p className="page-subtitle">
            <span className="badge" data-status={production.status}>
              {PRODUCTION_STATUS_LABELS[production.status]}
            </span>
            {archived ? <span className="badge badge-muted">Archived</span> : null}
            <span>{dates}</span>
          </p>
        </div>
        <div className="page-actions">
          <ConsentLinks productionId={production.id} />
          <Link href={`/productions/${production.id}/garments`} className="btn btn-secondary">
            Modesty garments
          </Link>
          <Link className="btn btn-secondary" href={`/productions/${production.id}/handoff`}>
            Export / handoff
          </Link>
          <ActionButton variant="secondary" onPress={() => setEditing(true)} isDisabled={archived}>
            Edit
          </ActionButton>
          <ActionButton
            variant="quiet"
            isPending={archive.isPending}
            pendingLabel={archived ? 'Restoring…' : 'Archiving…'}
            onPress={() =>
              archive.mutate(
                { id: production.id, archived: !archived },
                {
                  onSuccess: () =>
                    recordUndo({
                      label: `${production.title} ${archived ? 'restored' : 'archived'}`,
                      refresh: productionsRefresh(),
                      undo: () => run('production.archive', { id: production.id, archived }).then(() => {}),
                      redo: () => run('production.archive', { id: production.id, archived: !archived }).then(() => {}),
                    }),
                },
              )
            }
          >
            {archived ? 'Restore' : 'Archive'}
          </ActionButton>
        </div>
      </header>

      <ProductionSections id={production.id} />
      {archived ? (
        <Notice title="This production is archived">
          It is kept in the vault with all its records, and hidden from the list unless “Show archived” is on. Restore
          it to make changes.
        </Notice>
      ) : null}
      {archive.error ? <Notice tone="error">{archive.error.message}</Notice> : null}

      <section className="card" aria-labelledby="details-title">
        <h2 id="details-title" className="card-title">
          Details
        </h2>
        <dl className="details">
          <Detail term="Production type">{PRODUCTION_TYPE_LABELS[production.type]}</Detail>
          <Detail term="Production company">{production.company || 'Not set'}</Detail>
          <Detail term="Union status">{UNION_STATUS_LABELS[production.unionStatus]}</Detail>
          <Detail term="Status">{PRODUCTION_STATUS_LABELS[production.status]}</Detail>
          <Detail term="Start of principal photography">{formatDay(production.startDate)}</Detail>
          <Detail term="Wrap date">{formatDay(production.endDate)}</Detail>
          <Detail term="Time zone">{timeZoneLabel(production.timeZone)}</Detail>
          <Detail term="Rider notice">{production.noticeHours} hours before call time</Detail>
        </dl>
      </section>

      <p className="page-footnote">
        Added {formatInstant(production.createdAt, production.timeZone)} · Last changed{' '}
        {formatInstant(production.updatedAt, production.timeZone)}
      </p>

      <EditProductionDialog production={production} isOpen={editing} onOpenChange={setEditing} />
    </article>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="detail">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
