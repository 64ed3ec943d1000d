import { useEffect, useState } from 'react';
import { Button, Link } from 'react-aria-components';
import type { RiderDetail } from '../../../../shared/consent/schema';
import { run, useCommand, useCommandMutation } from '../../lib/commands';
import { formatInstant } from '../../lib/format';
import { useRefresh } from '../../lib/refresh';
import { useUndo } from '../../lib/undo/UndoProvider';
import { riderScope, useUndoable } from '../../lib/undo/undoable';
import { ActionButton } from '../../ui/ActionButton';
import { Notice } from '../../ui/Notice';
import { AuditList } from '../audit/AuditList';
import { CheckIns } from './CheckIns';
import { consentRefresh } from './queries';
import { RiderTermsForm } from './RiderTermsForm';
import { RiderTermsView, SignatureView } from './RiderTermsView';
import { SignDialog } from './SignDialog';
import { RiderStatusBadge } from './StatusBadge';
import { SaveTemplateDialog } from './Templates';
import { WithdrawDialog } from './WithdrawDialog';
import './consent.css';
import { PageQueryState } from '../../ui/query-state';

export function RiderPage({ id }: { id: string }) {
  const rider = useCommand('rider.get', { id });
  useEffect(() => {
    if (rider.data) document.title = `Rider · ${rider.data.rider.personName} · Closed Set`;
  }, [rider.data]);
  if (!rider.isSuccess) {
    return <PageQueryState query={rider} loading="Loading rider…" unavailable="Rider not available" />;
  }
  return <RiderDetails detail={rider.data} />;
}

function RiderDetails({ detail }: { detail: RiderDetail }) {
  const { rider } = detail;
  const current = detail.versions[0];
  const production = useCommand('production.get', { id: rider.productionId });
  // Every moment on the rider is shown on the production's clock, as on set and in the audit trail.
  const timeZone = production.data?.timeZone;
  const refresh = useRefresh(consentRefresh);
  const { forget } = useUndo();
  // Once a version goes out, the draft's edits are consent history: their undo entries go too,
  // rather than stay on the stack as an undo that can only be refused.
  const closeDraftHistory = async () => {
    forget(riderScope(rider.id));
    await refresh();
  };
  const send = useCommandMutation('rider.send', { onSuccess: closeDraftHistory });
  const newVersion = useCommandMutation('rider.newVersion', { onSuccess: closeDraftHistory });
  // Sending, signing, withdrawing and new versions are the performer's consent history: they are
  // deliberately not undoable. Only a draft that never went out can be discarded, and undone.
  const discard = useCommandMutation('rider.discard');
  const perform = useUndoable();
  const setDiscarded = (discarded: boolean) =>
    void perform({
      label: `Rider draft for ${rider.personName} ${discarded ? 'discarded' : 'restored'}`,
      refresh: consentRefresh(),
      run: () => discard.mutateAsync({ id: rider.id, discarded }),
      undo: () => run('rider.discard', { id: rider.id, discarded: !discarded }),
      scope: riderScope(rider.id),
    }).catch(() => undefined);
  const neverSent = detail.versions.every((v) => v.sentAt === null);
  const [signing, setSigning] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);
  const [templating, setTemplating] = useState(false);
  if (!current) return null;
  const error = send.error ?? newVersion.error ?? discard.error;
  const older = detail.versions.find((v) => v.id === viewing && v.id !== current.id);

  return (
    <article className="page" aria-labelledby="rider-title">
      <header className="page-header">
        <div className="page-heading">
          <p className="eyebrow">
            <Link href={`/productions/${rider.productionId}/riders`} className="crumb">
              {production.data ? `${production.data.title} · Riders` : 'Riders'}
            </Link>
          </p>
          <h1 id="rider-title" className="page-title">
            Rider: {rider.personName}
          </h1>
          <p className="page-subtitle">
            {rider.deletedAt ? (
              <span className="badge consent-badge" data-tone="muted">
                Discarded draft
              </span>
            ) : (
              <RiderStatusBadge status={rider.status} />
            )}
            <span>Version {rider.version}</span>
            <span>{sceneList(rider.scenes)}</span>
            {rider.title ? <span>{rider.title}</span> : null}
          </p>
        </div>
        <div className="page-actions">
          {rider.deletedAt ? (
            <ActionButton variant="primary" isPending={discard.isPending} onPress={() => setDiscarded(false)}>
              Restore draft
            </ActionButton>
          ) : null}
          {!rider.deletedAt && neverSent ? (
            <ActionButton variant="quiet" isPending={discard.isPending} onPress={() => setDiscarded(true)}>
              Discard draft
            </ActionButton>
          ) : null}
          {rider.deletedAt ? null : rider.status === 'draft' ? (
            <ActionButton variant="primary" isPending={send.isPending} onPress={() => send.mutate({ id: rider.id })}>
              Mark as sent
            </ActionButton>
          ) : null}
          {rider.status === 'sent' ? (
            <ActionButton variant="primary" onPress={() => setSigning(true)}>
              Sign
            </ActionButton>
          ) : null}
          {!rider.deletedAt && rider.status !== 'draft' ? (
            <ActionButton
              variant="secondary"
              isPending={newVersion.isPending}
              onPress={() => newVersion.mutate({ id: rider.id })}
            >
              {rider.status === 'withdrawn' ? 'New version' : 'Change terms'}
            </ActionButton>
          ) : null}
          {rider.status === 'sent' || rider.status === 'signed' ? (
            <ActionButton variant="danger" onPress={() => setWithdrawing(true)}>
              Withdraw consent
            </ActionButton>
          ) : null}
        </div>
      </header>

      {error ? <Notice tone="error">{error.message}</Notice> : null}
      {rider.deletedAt ? (
        <Notice title="This draft was discarded">
          It was never sent, so it is not part of the consent record. It stays in Recently deleted until you restore it.
        </Notice>
      ) : (
        <StatusNotice detail={detail} timeZone={timeZone} />
      )}

      <section className="card" aria-labelledby="terms-title">
        <div className="card-head">
          <h2 id="terms-title" className="card-title">
            Terms, version {current.version}
          </h2>
          <ActionButton variant="quiet" size="small" onPress={() => setTemplating(true)}>
            Save as template
          </ActionButton>
        </div>
        {current.status === 'draft' && !rider.deletedAt ? (
          <RiderTermsForm key={current.id} detail={detail} version={current} />
        ) : (
          <RiderTermsView detail={detail} version={current} timeZone={timeZone} />
        )}
      </section>

      <section className="card" aria-labelledby="versions-title">
        <h2 id="versions-title" className="card-title">
          Versions
        </h2>
        <ol className="version-list" reversed>
          {detail.versions.map((v) => (
            <li key={v.id} className="version-item">
              <span className="version-number">Version {v.version}</span>
              <RiderStatusBadge status={v.status} />
              <span className="muted">
                {v.withdrawnAt
                  ? `Withdrawn ${formatInstant(v.withdrawnAt, timeZone)}`
                  : v.signedAt
                    ? `Signed ${formatInstant(v.signedAt, timeZone)}`
                    : v.sentAt
                      ? `Sent ${formatInstant(v.sentAt, timeZone)}`
                      : `Started ${formatInstant(v.createdAt, timeZone)}`}
              </span>
              {v.id !== current.id ? (
                <Button
                  className="btn btn-quiet btn-small"
                  aria-expanded={viewing === v.id}
                  onPress={() => setViewing(viewing === v.id ? null : v.id)}
                >
                  {viewing === v.id ? 'Hide' : 'Read'} version {v.version}
                </Button>
              ) : (
                <span className="muted">Current</span>
              )}
            </li>
          ))}
        </ol>
        {older ? (
          <div className="older-version">
            <h3 className="subsection-title">Version {older.version}, as it was</h3>
            <RiderTermsView detail={detail} version={older} timeZone={timeZone} />
            <SignatureView version={older} timeZone={timeZone} />
          </div>
        ) : null}
      </section>

      <section className="card" aria-labelledby="checkins-title">
        <h2 id="checkins-title" className="card-title">
          Consent check-ins
        </h2>
        <CheckIns detail={detail} timeZone={timeZone} />
      </section>

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title" className="card-title">
          History
        </h2>
        <AuditList entries={detail.audit} timeZone={timeZone} />
      </section>

      <SignDialog rider={rider} isOpen={signing} onOpenChange={setSigning} />
      <WithdrawDialog rider={rider} isOpen={withdrawing} onOpenChange={setWithdrawing} />
      <SaveTemplateDialog
        productionId={rider.productionId}
        terms={current.terms}
        isOpen={templating}
        onOpenChange={setTemplating}
      />
    </article>
  );
}

function StatusNotice({ detail, timeZone }: { detail: RiderDetail; timeZone: string | undefined }) {
  const v = detail.versions[0];
  if (!v) return null;
  if (v.status === 'draft') {
    return (
      <Notice title={v.version > 1 ? `Version ${v.version} needs signing again` : 'Draft'}>
        {v.version > 1
          ? `Version ${v.version - 1} stays on record as it was. These terms need to be sent and signed before the scenes they cover are ready.`
          : 'Fill in the terms, save, then mark the rider as sent when it reaches the performer.'}
      </Notice>
    );
  }
  if (v.status === 'sent' && v.sentAt) {
    return <Notice title="Sent, waiting for signature">Sent {formatInstant(v.sentAt, timeZone)}.</Notice>;
  }
  if (v.status === 'withdrawn' && v.withdrawnAt) {
    return (
      <Notice tone="error" title="Consent withdrawn">
        Withdrawn {formatInstant(v.withdrawnAt, timeZone)}
        {v.withdrawalReason ? `: ${v.withdrawalReason}` : '.'} The scenes this rider covers are not ready.
      </Notice>
    );
  }
  return (
    <section className="card" aria-labelledby="signature-title">
      <h2 id="signature-title" className="card-title">
        Signature
      </h2>
      <SignatureView version={v} timeZone={timeZone} />
    </section>
  );
}

function sceneList(scenes: RiderDetail['rider']['scenes']): string {
  if (scenes.length === 0) return 'No scenes yet';
  const numbers = scenes.map((s) => (s.deleted ? `${s.label} (deleted)` : s.label)).join(', ');
  return `${scenes.length === 1 ? 'Scene' : 'Scenes'} ${numbers}`;
}
