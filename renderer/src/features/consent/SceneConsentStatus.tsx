import type { SceneConsent } from '../../../../shared/consent/schema';
import { useCommand } from '../../lib/commands';
import { ReadinessMark } from '../../ui/controls';
import { Notice } from '../../ui/Notice';
import { PERFORMER_STATE_LABELS } from './labels';
import './consent.css';

/** The consent pillar of one scene: per performer, whether a signed, current rider covers it. */
export function SceneConsentStatus({ sceneId }: { sceneId: string }) {
  const consent = useCommand('consent.scene', { sceneId });
  if (consent.isPending) return <p className="page-loading">Loading consent…</p>;
  if (consent.isError) return <Notice tone="error">{consent.error.message}</Notice>;
  return <SceneConsentDetails consent={consent.data} />;
}

export function SceneConsentDetails({ consent }: { consent: SceneConsent }) {
  // Only the performers a rider is needed from (nudity or simulated sex) or who have one anyway.
  const needing = consent.performers.filter((p) => p.needsRider || p.riderId !== null);
  return (
    <div className="scene-consent" data-testid={`scene-consent-${consent.number}`}>
      <p className="scene-consent-head">
        <ReadinessMark status={consent.status} label="Consent" />
        {consent.needed ? null : <span className="muted"> No rider needed</span>}
      </p>
      {needing.length > 0 ? (
        <ul className="scene-consent-people">
          {needing.map((p) => (
            <li key={p.personId}>
              <span className="scene-consent-name">{p.name}</span>{' '}
              <span className="scene-consent-state">
                {PERFORMER_STATE_LABELS[p.state]}
                {p.version !== null && p.state !== 'missing' ? ` · version ${p.version}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {consent.blockers.length + consent.missing.length > 0 ? (
        <ul className="consent-problems" aria-label="Why consent is not in place">
          {consent.blockers.map((m) => (
            <li key={m} className="blocker">
              {m}
            </li>
          ))}
          {consent.missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
