import { existsSync } from 'node:fs';
import { AppError } from '../../shared/kit/errors';
import { assertHeadInChain, type ChainHead, parseHead } from '../core/audit/anchor';
import { readImportFile } from '../core/handoff/handoff';
import type { Db } from '../core/vault/connection';

/**
 * `verify --against`: the anchor is a head (`count:hash`), or a JSON export or handoff package
 * whose audit trail gives its production's head (a package's passphrase from CLOSED_SET_PACKAGE_PASSPHRASE).
 */
export async function verifyAgainst(db: Db, against: string, env: NodeJS.ProcessEnv): Promise<ChainHead> {
  const head = parseHead(against) ?? (existsSync(against) ? await headOfFile(against, env) : null);
  if (!head)
    throw new AppError('VALIDATION', `--against takes count:hash, a JSON export or a handoff package: ${against}`);
  assertHeadInChain(db, head);
  return head;
}

async function headOfFile(file: string, env: NodeJS.ProcessEnv): Promise<ChainHead> {
  const snap = await readImportFile(file, env.CLOSED_SET_PACKAGE_PASSPHRASE);
  const last = snap.tables.auditEntry.at(-1);
  return { productionId: snap.production.id, count: snap.tables.auditEntry.length, hash: last?.hash ?? '' };
}
