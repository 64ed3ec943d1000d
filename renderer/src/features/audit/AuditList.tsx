import { auditActorLabel, auditEntityLabel, bodyMapChanges } from '../../../../shared/audit/rules';
import type { AuditEntry } from '../../../../shared/audit/schema';
import { MOVEMENT_LABELS, type MovementKind } from '../../../../shared/garments/stock';
import { formatInstant } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';

const ACTION_LABELS: Record<string, string> = {
  create: 'Created',
  update: 'Changed',
  send: 'Sent',
  sign: 'Signed',
  withdraw: 'Consent withdrawn',
  'new-version': 'New version started',
  'check-in': 'Check-in logged',
  delete: 'Deleted',
  deleted: 'Deleted',
  restore: 'Restored',
  restored: 'Restored',
  remove: 'Taken off the production',
  discard: 'Draft discarded',
  add: 'Added',
  save: 'Saved',
  checked: 'Checked off',
  unchecked: 'Unchecked',
  logged: 'Break logged',
  noted: 'Break note added',
  reverse: 'Movement reversed',
  'check-in-voided': 'Check-in voided',
  'handoff.import': 'Imported from a handoff',
  'handoff.merge': 'Merged from a handoff',
};

/** Stock movements are audited under their kind ("received", "issued"...). */
const actionLabel = (action: string): string =>
  ACTION_LABELS[action] ?? (action in MOVEMENT_LABELS ? MOVEMENT_LABELS[action as MovementKind] : action);

function summary(e: AuditEntry): string {
  if (e.entity === 'body_map') {
    const changes = bodyMapChanges(e.oldValue, e.newValue);
    if (changes.length > 0) return changes.join('; ');
  }
  const v = (e.newValue ?? e.oldValue) as Record<string, unknown> | null;
  if (!v || typeof v !== 'object') return '';
  const parts: string[] = [];
  if (Array.isArray(v.changes)) parts.push(v.changes.map(String).join('; '));
  if (typeof v.version === 'number') parts.push(`version ${v.version}`);
  if (typeof v.status === 'string') parts.push(v.status);
  if (typeof v.signedName === 'string' && e.action === 'sign')
    parts.push(`by ${v.signedName}, witness ${String(v.witness)}`);
  if (typeof v.withdrawalReason === 'string' && v.withdrawalReason) parts.push(`reason: ${v.withdrawalReason}`);
  if (typeof v.who === 'string') parts.push(`${v.who}: ${String(v.outcome)}`);
  if (typeof v.name === 'string') parts.push(v.name);
  return parts.join(' · ');
}

/** Audit entries, newest first, each with the start of its hash so a printout can be checked. */
export function AuditList({
  entries,
  showEntity = false,
  timeZone,
}: {
  entries: readonly AuditEntry[];
  showEntity?: boolean;
  /** The production's zone: every entry's time is shown on its clock. */
  timeZone: string | undefined;
}) {
  if (entries.length === 0) return <p className="muted">No entries.</p>;
  return (
    <div className="table-wrap">
      <DataTable
        columns={[
          { label: '#', className: 'numeric' },
          'When',
          showEntity ? 'Record' : null,
          'What',
          'By',
          'Details',
          'Hash',
        ]}
        rows={entries}
        rowKey={(e) => e.id}
        className="audit-table"
      >
        {(e) => (
          <>
            <td className="numeric">{e.number}</td>
            <td className="nowrap">{formatInstant(e.at, timeZone)}</td>
            {showEntity ? <td>{auditEntityLabel(e.entity)}</td> : null}
            <td>{actionLabel(e.action)}</td>
            <td>{auditActorLabel(e.actor)}</td>
            <td>{summary(e)}</td>
            <td>
              <code className="hash" title={e.hash}>
                {e.hash.slice(0, 12)}
              </code>
            </td>
          </>
        )}
      </DataTable>
    </div>
  );
}
