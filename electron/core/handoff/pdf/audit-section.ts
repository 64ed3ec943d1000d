import type { AuditRecord } from '../../../../shared/handoff/schema';
import { COLOR, emptyNote, paragraph, TYPE, table } from './layout';
import { type BinderModel, localInstant } from './model';
import type { Section } from './section';

/** What an audit entry's action says in words. */
const ACTION_WORDS: Record<string, string> = {
  create: 'Created',
  update: 'Changed',
  send: 'Sent',
  sign: 'Signed',
  withdraw: 'Consent withdrawn on',
  'new-version': 'New version started of',
  'check-in': 'Check-in logged on',
  delete: 'Deleted',
  deleted: 'Deleted',
  restore: 'Restored',
  restored: 'Restored',
  remove: 'Taken off the production:',
  discard: 'Draft discarded:',
  add: 'Added',
  save: 'Saved',
  checked: 'Checked off',
  unchecked: 'Unchecked',
  logged: 'Logged',
  noted: 'Note added to',
  reverse: 'Reversed',
  'check-in-voided': 'Check-in voided on',
  'handoff.import': 'Imported from a handoff:',
  'handoff.merge': 'Merged from a handoff:',
};

const words = (raw: string) =>
  raw
    .replace(/[-_.]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/** The record an entry is about, by the name a reader knows it by. */
function recordName(m: BinderModel, e: Partial<AuditRecord>): string {
  const scene = m.scenes.find((s) => s.scene.id === e.entityId);
  if (scene) return `scene ${scene.scene.number ?? ''}`;
  const person = m.people.find((p) => p.id === e.entityId);
  if (person) return `${words(e.entity ?? '')} ${person.name ?? ''}`;
  const member = m.members.find((x) => x.id === e.entityId);
  if (member) return `${m.people.find((p) => p.id === member.personId)?.name ?? 'a person'} to the production`;
  if (e.entityId === m.view.production.id) return `production ${m.view.production.title ?? ''}`;
  return words(e.entity ?? 'record');
}

/** "Changed scene 4 (location, call time)": an audit entry in words. */
export function auditWords(m: BinderModel, e: Partial<AuditRecord>): string {
  const action = e.action ?? '';
  const verb = ACTION_WORDS[action] ?? `${words(action).replace(/^./, (c) => c.toUpperCase())}:`;
  let detail = '';
  try {
    const v = JSON.parse(e.newValue ?? e.oldValue ?? 'null') as Record<string, unknown> | null;
    // What changed, by field name only: the values are in the records this binder prints.
    if (action === 'update' && v && typeof v === 'object' && Array.isArray(v.changes))
      detail = v.changes.map((c) => String(c).split(':')[0] ?? '').join(', ');
  } catch {
    detail = '';
  }
  const text = `${verb} ${recordName(m, e)}${detail ? ` (${detail})` : ''}`;
  return text.length > 90 ? `${text.slice(0, 88)}…` : text;
}

/**
 * The audit trail as a reader follows it: who did what, in words, and when (local time), in the
 * order the records were made. The chain's head is printed once, with how to check it.
 */
export const auditSection: Section = {
  id: 'audit',
  title: 'Audit trail',
  applies: (m) => (m.view.tables.auditEntry?.length ?? 0) > 0,
  render(doc, m) {
    const entries = [...(m.view.tables.auditEntry ?? [])].sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
    const head = m.head;
    paragraph(
      doc,
      'Every recorded change, in the order it was made. Each entry is chained by hash to the one before it, so a trail rewritten after this binder was made shows.',
      { color: COLOR.muted },
    );
    if (head)
      paragraph(
        doc,
        `This binder was made at entry ${head.count}; the chain's head at that entry is printed once, on the cover. To check that the trail was not rewritten since, run closed-set verify <vault> --against <this file>, or type that head after --against.`,
        { color: COLOR.muted, size: TYPE.small },
      );
    if (entries.length === 0) return emptyNote(doc, 'No entries.');
    const zone = m.view.production.timeZone;
    table(
      doc,
      [
        { header: 'When', width: 3.1, value: (r) => r.when },
        { header: 'Who', width: 1.6, value: (r) => r.who },
        { header: 'What', width: 6, value: (r) => (r.count > 1 ? `${r.what} (${r.count} entries)` : r.what) },
      ],
      groupedRows(entries, (e) => ({
        when: localInstant(e.at, zone),
        who: e.actor || 'Vault owner',
        what: auditWords(m, e),
      })),
    );
  },
};

interface AuditRow {
  when: string;
  who: string;
  what: string;
  count: number;
}

/**
 * Entries in record order as rows a reader scans: consecutive entries saying the same thing by the
 * same person in the same minute (a batch of garment needs, an import) are one row with their count.
 */
export function groupedRows<E>(entries: readonly E[], row: (e: E) => Omit<AuditRow, 'count'>): AuditRow[] {
  const out: AuditRow[] = [];
  for (const e of entries) {
    const r = row(e);
    const last = out.at(-1);
    if (last && last.when === r.when && last.who === r.who && last.what === r.what) last.count += 1;
    else out.push({ ...r, count: 1 });
  }
  return out;
}
