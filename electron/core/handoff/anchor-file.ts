import { closeSync, constants, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { AnchorVerdict } from '../../../shared/audit/schema';
import { CUT_KIND } from '../../../shared/handoff/cuts';
import { AppError } from '../../../shared/kit/errors';
import { assertHeadInChain, type ChainHead, parseHead } from '../audit/anchor';
import type { Db } from '../vault/connection';
import { readImportFile } from './handoff';
import { IMPORT_LIMITS, isPackage, openPackage, readPackageHead } from './package';
import { isPdf, readPdfHead } from './pdf/head';

/**
 * Checks the vault's audit chain against a head kept outside it: `count:hash`, a PDF binder (the
 * head in its info dictionary), an encrypted package (the head in its header, authenticated when
 * its passphrase is given) or a JSON export (its audit trail's last entry). Throws VAULT_DAMAGED,
 * saying what happened, when the chain no longer passes through the head.
 */
export async function verifyAgainst(
  db: Db,
  against: string,
  secrets: { packagePassphrase?: string | undefined; pdfPassword?: string | undefined } = {},
): Promise<AnchorVerdict> {
  const given = parseHead(against);
  const found: { head: ChainHead; source: AnchorVerdict['source']; authenticated: boolean } | null = given
    ? { head: given, source: 'head', authenticated: false }
    : existsSync(against)
      ? await headOfFile(against, secrets)
      : null;
  if (!found)
    throw new AppError(
      'VALIDATION',
      `--against takes count:hash, a PDF binder, a JSON export or a handoff package: ${against}`,
      { issues: [{ path: 'against', message: 'Not count:hash nor an existing file' }] },
    );
  assertHeadInChain(db, found.head);
  return {
    ok: true,
    count: found.head.count,
    hash: found.head.hash,
    productionId: found.head.productionId ?? null,
    source: found.source,
    authenticated: found.authenticated,
  };
}

/** The first bytes of a file, to tell a PDF or package apart without reading a large file whole. */
function leading(file: string, n: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, fstatSync(fd).isFile() ? readSync(fd, buf, 0, n, 0) : 0);
  } finally {
    closeSync(fd);
  }
}

function readBounded(file: string, limit: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY);
  try {
    const size = fstatSync(fd).size;
    if (size > limit)
      throw new AppError('VALIDATION', `${path.basename(file)} is larger than any file Closed Set writes.`);
    const buf = Buffer.alloc(size);
    return buf.subarray(0, readSync(fd, buf, 0, size, 0));
  } finally {
    closeSync(fd);
  }
}

const noHead = (file: string, what: string) =>
  new AppError(
    'VALIDATION',
    `${path.basename(file)} carries no audit chain head (${what} before heads were carried?): pass count:hash instead.`,
  );

async function headOfFile(
  file: string,
  secrets: { packagePassphrase?: string | undefined; pdfPassword?: string | undefined },
): Promise<{ head: ChainHead; source: AnchorVerdict['source']; authenticated: boolean }> {
  const first = leading(file, 8);
  if (isPdf(first.subarray(0, 5))) {
    const head = readPdfHead(readBounded(file, IMPORT_LIMITS.contentBytes), secrets.pdfPassword);
    if (!head) throw noHead(file, 'a binder exported');
    return { head, source: 'pdf', authenticated: false };
  }
  if (isPackage(first)) {
    const bytes = readBounded(file, IMPORT_LIMITS.fileBytes);
    const head = readPackageHead(bytes);
    if (secrets.packagePassphrase) {
      // Opening it authenticates the header (the cipher's associated data) and checks the head
      // against the package's own audit trail; a version 1 package's head comes from that trail.
      const snap = await openPackage(bytes, secrets.packagePassphrase);
      const entries = snap.tables.auditEntry;
      return {
        head: head ?? { productionId: snap.production.id, count: entries.length, hash: entries.at(-1)?.hash ?? '' },
        source: 'package',
        authenticated: true,
      };
    }
    if (!head) throw noHead(file, 'a package made; give its passphrase in CLOSED_SET_PACKAGE_PASSPHRASE, or one made');
    return { head, source: 'package', authenticated: false };
  }
  const cutHead = headOfCut(readBounded(file, IMPORT_LIMITS.contentBytes));
  if (cutHead) return { head: cutHead, source: 'json', authenticated: false };
  const snap = await readImportFile(file);
  const last = snap.tables.auditEntry.at(-1);
  return {
    head: { productionId: snap.production.id, count: snap.tables.auditEntry.length, hash: last?.hash ?? '' },
    source: 'json',
    authenticated: false,
  };
}

/** A recipient cut's JSON (not importable, no audit trail) states the head instead. */
function headOfCut(bytes: Buffer): ChainHead | null {
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  if (typeof doc !== 'object' || doc === null) return null;
  const { kind, chainHead, production } = doc as {
    kind?: unknown;
    chainHead?: { count?: unknown; hash?: unknown };
    production?: { id?: unknown };
  };
  if (kind !== CUT_KIND || typeof chainHead?.count !== 'number' || typeof chainHead.hash !== 'string') return null;
  const head = parseHead(`${chainHead.count}:${chainHead.hash}`);
  if (!head) return null;
  return typeof production?.id === 'string' ? { ...head, productionId: production.id } : head;
}
