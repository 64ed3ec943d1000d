import { z } from 'zod';
import { SNAPSHOT_FORMAT_VERSION, Snapshot } from '../../../shared/handoff/schema';

/** The JSON Schema of the JSON export, generated from the zod schemas that validate imports. */
export function exportJsonSchema(): string {
  const schema = z.toJSONSchema(Snapshot, { target: 'draft-2020-12', io: 'input' });
  const doc = {
    $id: `https://closed-set.app/schemas/production-snapshot-v${SNAPSHOT_FORMAT_VERSION}.json`,
    title: 'Closed Set production export',
    description:
      'One production with its people, cast and crew, scenes, scene performers and audit trail (and, as they are added, riders with their history, garments and their ledger). Records mirror the vault rows; soft-deleted records are included. Generated from shared/handoff/schema.ts by `npm run export-schema`; do not edit by hand.',
    ...schema,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
