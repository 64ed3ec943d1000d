import type { SceneConsent } from '../../../../shared/consent/schema';
import { useCommand } from '../../lib/commands';
import { Notice } from '../../ui/Notice';
import { PERFORMER_STATE_LABELS, SCENE_STATE_LABELS } from './labels';
import './consent.css';

const TONE: Record<SceneConsent['state'], 'ok' | 'danger' | 'muted'> = {
  complete: 'ok',
  incomplete: 'danger',
  'not-needed': 'muted',
};

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
        <span className="badge consent-badge" data-tone={TONE[consent.state]}>
          {SCENE_STATE_LABELS[consent.state]}
        </span>
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
      {consent.missing.length > 0 ? (
        <ul className="consent-problems" aria-label="Missing consent">
          {consent.missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      {consent.flags.length > 0 ? (
        <ul className="consent-flags" aria-label="Flags">
          {consent.flags.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
