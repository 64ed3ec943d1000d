import { useQueryClient } from '@tanstack/react-query';
import type { PerformerConsent, RiderStatus, SceneConsent } from '../../../../shared/consent/schema';

export const STATUS_TONE: Record<RiderStatus, 'ok' | 'warning' | 'muted' | 'danger'> = {
  draft: 'muted',
  sent: 'warning',
  signed: 'ok',
  withdrawn: 'danger',
};

export const SCENE_STATE_LABELS: Record<SceneConsent['state'], string> = {
  complete: 'Consent complete',
  incomplete: 'Consent incomplete',
  'not-needed': 'No rider needed',
};

export const PERFORMER_STATE_LABELS: Record<PerformerConsent['state'], string> = {
  'not-needed': 'No rider needed',
  missing: 'No rider',
  draft: 'Draft',
  sent: 'Sent, not signed',
  signed: 'Signed',
  withdrawn: 'Withdrawn',
};

const PREFIXES = ['rider', 'riderTemplate', 'consent', 'audit', 'readiness', 'scene', 'beats'];

/**
 * After any rider change: everything that shows consent (riders, scene status, readiness, the
 * audit trail) is refetched, so a withdrawal shows at once wherever the scene appears.
 */
export function useRefreshConsent(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({
      predicate: (q) => {
        const name = q.queryKey[0];
        return typeof name === 'string' && PREFIXES.some((p) => name === p || name.startsWith(`${p}.`));
      },
    });
}
