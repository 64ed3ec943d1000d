import { useEffect } from 'react';
import { Link } from 'react-aria-components';
import { useCommand } from '../../lib/commands';
import { ActionButton } from '../../ui/ActionButton';
import { ProductionSections } from '../../ui/controls';
import { Notice } from '../../ui/Notice';
import { AuditList } from './AuditList';
import '../consent/consent.css';

/** The production's audit trail: the hash chain checked on opening, and every entry, newest first. */
export function AuditPage({ productionId }: { productionId: string }) {
  const production = useCommand('production.get', { id: productionId });
  const verdict = useCommand('audit.verify', { productionId }, { staleTime: 0 });
  const entries = useCommand('audit.list', { productionId, limit: 500 });
  useEffect(() => {
    if (production.data) document.title = `Audit trail · ${production.data.title} · Closed Set`;
  }, [production.data]);

  const firstBad = verdict.data?.firstBad ?? null;
  const badEntry = firstBad ? entries.data?.find((e) => e.id === firstBad.id) : undefined;
  return (
    <article className="page" aria-labelledby="audit-title">
      <header className="page-header">
        <div className="page-heading">
          <p className="eyebrow">
            <Link href={`/productions/${productionId}`} className="crumb">
              {production.data?.title ?? 'Production'}
            </Link>
          </p>
          <h1 id="audit-title" className="page-title">
            Audit trail
          </h1>
          <p className="page-subtitle">
            Every change to riders and consent is chained by hash: each entry seals the one before it, so an edited or
            removed entry is found, even one changed with an outside tool.
          </p>
        </div>
        <div className="page-actions">
          <ActionButton variant="secondary" isPending={verdict.isFetching} onPress={() => verdict.refetch()}>
            Verify again
          </ActionButton>
        </div>
      </header>

      <ProductionSections id={productionId} />

      {verdict.isError ? <Notice tone="error">{verdict.error.message}</Notice> : null}
      {verdict.data?.ok ? (
        <Notice tone="success" title="The chain is intact">
          {verdict.data.entries} entries checked; none was edited, removed or reordered.
        </Notice>
      ) : null}
      {verdict.data && firstBad ? (
        <Notice tone="error" title={`The chain is broken at entry ${firstBad.seq}`}>
          Entry {firstBad.seq} fails: {firstBad.reason}. Entries after it cannot be trusted until this is explained;
          restore a backup taken before the change to compare.
          {badEntry ? ` It records: ${badEntry.entity} ${badEntry.action} at ${badEntry.at}.` : ''}
        </Notice>
      ) : null}

      <section className="card" aria-labelledby="entries-title">
        <h2 id="entries-title" className="card-title">
          Entries
        </h2>
        {entries.isError ? <Notice tone="error">{entries.error.message}</Notice> : null}
        {entries.data ? <AuditList entries={entries.data} showEntity timeZone={production.data?.timeZone} /> : null}
      </section>
    </article>
  );
}
