import {
  CUT_LABELS,
  CUTS,
  type CutName,
  EXPORT_FORMAT_LABELS,
  EXPORT_FORMATS,
  type ExportFormat,
} from '../../../../shared/handoff/schema';
import type { Option } from '../../ui/fields';

export const CUT_OPTIONS: Option[] = CUTS.map((id) => ({ id, label: CUT_LABELS[id] }));
export const FORMAT_OPTIONS: Option[] = EXPORT_FORMATS.map((id) => ({ id, label: EXPORT_FORMAT_LABELS[id] }));

/** What each cut puts in the reader's hands, in one sentence, so the choice is never a guess. */
export const CUT_DESCRIPTIONS: Record<CutName, string> = {
  producer:
    'One or two pages: intimate scenes by episode, riders outstanding or withdrawn as counts, IC days, modesty-kit spend. No names of performers, body areas or acts.',
  full: 'Everything: context, communication, consent, choreography, closure, sizes and the audit trail. For the coordinator taking over.',
  costume:
    'Garment needs, sizes, allergies and pull lists. No riders, boundaries, choreography, context or closure notes.',
  production:
    'Schedule, closed-set and monitor requirements, notice deadlines and readiness. No sizes, boundaries or rider terms.',
};

export const EXTENSIONS: Record<ExportFormat, string> = {
  pdf: '.pdf',
  package: '.closedset-handoff',
  json: '.json',
  csv: '.csv',
  ics: '.ics',
};

/** A file name from a title: lowercase words joined by dashes. */
export function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'production'
  );
}

/** Beside the vault, named for the production, the cut and the format. */
export function suggestedPath(vaultPath: string, title: string, cut: CutName, format: ExportFormat): string {
  const sep = vaultPath.includes('\\') && !vaultPath.includes('/') ? '\\' : '/';
  const dir = vaultPath.slice(0, Math.max(vaultPath.lastIndexOf(sep), 0)) || '.';
  const suffix = format === 'package' ? '' : `-${cut}`;
  return `${dir}${sep}${slug(title)}${suffix}${EXTENSIONS[format]}`;
}
