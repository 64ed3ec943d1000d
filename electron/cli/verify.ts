import { closeSync, constants, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/kit/errors';
import { assertHeadInChain, type ChainHead, parseHead } from '../core/audit/anchor';
import { readImportFile } from '../core/handoff/handoff';
import { IMPORT_LIMITS } from '../core/handoff/package';
import { isPdf, PDF_PASSPHRASE_ENV, readPdfHead } from '../core/handoff/pdf/head';
import type { Db } from '../core/vault/connection';

/**
 * `verify --against`: the anchor is a head (`count:hash`), a PDF binder (the head in its info
 * dictionary; a protected one's password from CLOSED_SET_PDF_PASSWORD), or a JSON export or
 * handoff package whose audit trail gives its production's head (a package's passphrase from
 * CLOSED_SET_PACKAGE_PASSPHRASE).
 */
export async function verifyAgainst(db: Db, against: string, env: NodeJS.ProcessEnv): Promise<ChainHead> {
  const head = parseHead(against) ?? (existsSync(against) ? await headOfFile(against, env) : null);
  if (!head)
    throw new AppError(
      'VALIDATION',
      `--against takes count:hash, a PDF binder, a JSON export or a handoff package: ${against}`,
    );
  assertHeadInChain(db, head);
  return head;
}

/** The first bytes of a file, to tell a PDF apart without reading a large file whole. */
function leading(file: string, n: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, fstatSync(fd).isFile() ? readSync(fd, buf, 0, n, 0) : 0);
  } finally {
    closeSync(fd);
  }
}

function readPdf(file: string): Buffer {
  const fd = openSync(file, constants.O_RDONLY);
  try {
    const size = fstatSync(fd).size;
    if (size > IMPORT_LIMITS.contentBytes)
      throw new AppError('VALIDATION', `${path.basename(file)} is larger than any binder Closed Set writes.`);
    const buf = Buffer.alloc(size);
    return buf.subarray(0, readSync(fd, buf, 0, size, 0));
  } finally {
    closeSync(fd);
  }
}

async function headOfFile(file: string, env: NodeJS.ProcessEnv): Promise<ChainHead> {
  if (isPdf(leading(file, 5))) {
    const head = readPdfHead(readPdf(file), env[PDF_PASSPHRASE_ENV]);
    if (!head)
      throw new AppError(
        'VALIDATION',
        `${path.basename(file)} carries no audit chain head (a binder exported before heads were printed?): pass count:hash instead.`,
      );
    return head;
  }
  const snap = await readImportFile(file, env.CLOSED_SET_PACKAGE_PASSPHRASE);
  const last = snap.tables.auditEntry.at(-1);
  return { productionId: snap.production.id, count: snap.tables.auditEntry.length, hash: last?.hash ?? '' };
}
