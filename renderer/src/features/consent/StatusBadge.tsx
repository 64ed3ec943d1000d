import { RIDER_STATUS_LABELS, type RiderStatus } from '../../../../shared/consent/schema';
import { STATUS_TONE } from './labels';

export function RiderStatusBadge({ status }: { status: RiderStatus }) {
  return (
    <span className="badge consent-badge" data-tone={STATUS_TONE[status]}>
      {RIDER_STATUS_LABELS[status]}
    </span>
  );
}
