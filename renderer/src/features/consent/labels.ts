import type { PerformerConsent, RiderStatus } from '../../../../shared/consent/schema';

export const STATUS_TONE: Record<RiderStatus, 'ok' | 'warning' | 'muted' | 'danger'> = {
  draft: 'muted',
  sent: 'warning',
  signed: 'ok',
  withdrawn: 'danger',
};

export const PERFORMER_STATE_LABELS: Record<PerformerConsent['state'], string> = {
  'not-needed': 'No rider needed',
  missing: 'No rider',
  draft: 'Draft',
  sent: 'Sent, not signed',
  signed: 'Signed',
  withdrawn: 'Withdrawn',
};
