import { Link } from 'react-aria-components';
import { useCommand } from '../../lib/commands';
import { formatInstant } from '../../lib/format';
import { Notice } from '../../ui/Notice';
import { PERFORMER_STATE_LABELS } from './labels';
import './consent.css';
import { DataTable } from '../../ui/DataTable';

/**
 * On a scene's consent tab: each performer's rider for this scene (state, version, when sent,
 * notice), with a link to the rider, and the way to the production's riders.
 */
export function SceneConsentPanel({ productionId, sceneId }: { productionId: string; sceneId: string }) {
  const consent = useCommand('consent.scene', { sceneId });
  const timeZone = useCommand('production.get', { id: productionId }).data?.timeZone;
  if (consent.isError) return <Notice tone="error">{consent.error.message}</Notice>;
  if (!consent.data) return null;
  const c = consent.data;
  return (
    <div className="scene-consent-panel">
      {c.performers.length === 0 ? <p className="muted">No performers in this scene yet.</p> : null}
      {c.performers.length > 0 ? (
        <DataTable columns={['Performer', 'Rider', 'Sent', 'Notice']} rows={c.performers} rowKey={(p) => p.personId}>
          {(p) => (
            <>
              <th scope="row">{p.name}</th>
              <td>
                {p.riderId ? (
                  <Link href={`/riders/${p.riderId}`} className="table-link">
                    {PERFORMER_STATE_LABELS[p.state]}
                    {p.version !== null ? `, version ${p.version}` : ''}
                  </Link>
                ) : (
                  PERFORMER_STATE_LABELS[p.state]
                )}
              </td>
              <td className="nowrap">{p.sentAt ? formatInstant(p.sentAt, timeZone) : '—'}</td>
              <td>{p.noticeOk === null ? '—' : p.noticeOk ? 'Given' : 'Short'}</td>
            </>
          )}
        </DataTable>
      ) : null}
      <p>
        <Link href={`/productions/${productionId}/riders`} className="btn btn-secondary">
          Riders for this production
        </Link>
      </p>
    </div>
  );
}
