import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Id } from '../kit/fields';
import { AnchorVerdict, AuditEntry, AuditVerdict } from './schema';

export const auditCommands = {
  'audit.list': command({
    views: ['full'],
    input: z.strictObject({
      productionId: Id.optional(),
      entity: z.string().max(40).optional(),
      entityId: z.string().max(40).optional(),
      limit: z.number().int().min(1).max(5000).default(500),
    }),
    output: z.array(AuditEntry),
    summary: 'Audit entries, newest first, for a production or one record',
  }),
  'audit.verify': command({
    views: ['full'],
    input: z.strictObject({ productionId: Id.optional() }),
    output: AuditVerdict,
    summary: 'Check the hash chain; reports the first entry that fails',
  }),
  'audit.verifyAgainst': command({
    views: ['full'],
    input: z.strictObject({
      /** `count:hash`, or the path of a PDF binder, a JSON export or a handoff package. */
      against: z.string().trim().min(1, 'Give count:hash or a file').max(4096),
      packagePassphrase: z.string().max(1024).optional(),
      pdfPassword: z.string().max(1024).optional(),
    }),
    output: AnchorVerdict,
    summary: 'Check the audit chain still passes through a head kept outside the vault (an export, a package)',
  }),
} as const satisfies Record<string, CommandSpec>;
