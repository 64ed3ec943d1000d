import { z } from 'zod';
import { Id, IsoDateTime } from '../kit/fields';

export const AuditEntry = z.object({
  /** The vault-wide write order; never shown (it has gaps within one production). */
  seq: z.number().int(),
  /** Its place in its production's chain, 1, 2, 3... without gaps: the number the trail shows. */
  number: z.number().int(),
  id: Id,
  at: IsoDateTime,
  productionId: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  actor: z.string(),
  oldValue: z.unknown().nullable(),
  newValue: z.unknown().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditVerdict = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  chains: z.number().int(),
  /** The first entry that fails, in the order written. */
  firstBad: z
    .object({ seq: z.number().int(), id: z.string(), productionId: z.string(), reason: z.string() })
    .nullable(),
});
export type AuditVerdict = z.infer<typeof AuditVerdict>;

/** `audit.verifyAgainst`: the head kept outside the vault that the chain still passes through. */
export const AnchorVerdict = z.object({
  ok: z.literal(true),
  count: z.number().int().min(0),
  hash: z.string(),
  productionId: z.string().nullable(),
  /** Where the head came from. */
  source: z.enum(['head', 'pdf', 'package', 'json']),
  /** A package's head checked by opening it with its passphrase (otherwise read from its header). */
  authenticated: z.boolean(),
});
export type AnchorVerdict = z.infer<typeof AnchorVerdict>;
