import type { Production } from '../../../shared/productions/schema';
import { audited, type EditSpec } from '../audit/edits';
import type { HandlersFor } from '../kit/handler';
import { archiveProduction, createProduction, getProduction, updateProduction } from './productions';

/** What the audit trail says of a production's fields, in words: the notice window feeds consent. */
const PRODUCTION: EditSpec<Production> = {
  entity: 'production',
  productionId: (p) => p.id,
  entityId: (p) => p.id,
  fields: {
    title: 'Title',
    status: 'Status',
    startDate: 'Start date',
    endDate: 'End date',
    timeZone: 'Time zone',
    noticeHours: 'Notice window (hours)',
    unionStatus: 'Union status',
    archivedAt: 'Archived',
  },
};

/** These commands change records that feed readiness or consent: each runs with its audit entry, in words, in one transaction. */
export const productionEdits = {
  'production.create': (input, { core }) =>
    audited(
      core.db(),
      PRODUCTION,
      'create',
      () => null,
      () => createProduction(core.db(), input),
    ),
  'production.update': ({ id, patch }, { core }) =>
    audited(
      core.db(),
      PRODUCTION,
      'update',
      () => getProduction(core.db(), id),
      () => updateProduction(core.db(), id, patch),
    ),
  'production.archive': ({ id, archived }, { core }) =>
    audited(
      core.db(),
      PRODUCTION,
      archived ? 'archive' : 'restore',
      () => getProduction(core.db(), id),
      () => archiveProduction(core.db(), id, archived),
    ),
} satisfies Pick<HandlersFor<'production.'>, 'production.create' | 'production.update' | 'production.archive'>;
