import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Snapshot } from '../../../shared/handoff/schema';
import { AppError } from '../../../shared/kit/errors';
import type { ChainHead } from '../audit/anchor';
import { parseSnapshot } from './parse';

/**
 * The handoff package: one production snapshot encrypted under a passphrase chosen for this
 * handoff. Layout (big-endian), version 2:
 *
 *   0  magic  89 'C' 'S' 'P' 'K' 0D 0A 1A   (PNG-style: catches text-mode transfers)
 *   8  format version              u16
 *  10  header length               u16     (136; 72 in version 1)
 *  12  KDF id (1 = scrypt)         u8
 *  13  log2 N, r, p                u8 x3
 *  16  salt                        16 bytes
 *  32  AES-GCM nonce               12 bytes
 *  44  key check                   16 bytes (HMAC of a constant under a second derived key)
 *  60  content kind (1 = raw-deflated JSON), 3 reserved bytes
 *  64  ciphertext length           u64
 *  72  audit chain head: entries   u32     (version 2 on; the production's chain when sealed)
 *  76  audit chain head: last hash 32 bytes (zeros for an empty chain)
 * 108  production id               26 ASCII bytes, then 2 reserved bytes
 * 136  ciphertext, 16-byte GCM tag, then SHA-256 of everything before it.
 *
 * The chain head is readable without the passphrase, so `closed-set verify --against` can check a
 * vault against a package it cannot open; with the passphrase, the cipher authenticates it too.
 *
 * The whole header is the cipher's associated data, so no byte of it can change unnoticed. The
 * key check tells a wrong passphrase apart from a damaged file, and the trailing checksum tells
 * accidental damage apart from deliberate tampering (which only the GCM tag can catch).
 */
export const PACKAGE_MAGIC = Buffer.from([0x89, 0x43, 0x53, 0x50, 0x4b, 0x0d, 0x0a, 0x1a]);
export const PACKAGE_FORMAT_VERSION = 2;
export const PACKAGE_EXTENSION = '.closedset-handoff';
const HEADER_LENGTH = 136;
/** Version 1's header: the same fields without the chain head; still imported. */
const HEADER_LENGTH_V1 = 72;
const HEAD_AT = 72;
const ID_LENGTH = 26;
const TAG = 16;
const DIGEST = 32;
const KDF_SCRYPT = 1;
const CONTENT_DEFLATED_JSON = 1;
const KEY_CHECK_LABEL = 'closed-set handoff package key check v1';

/** scrypt at N = 2^17, r = 8: 128 MiB and about half a second per try, OWASP's strong setting. */
export const DEFAULT_KDF = { log2N: 17, r: 8, p: 1 } as const;
export type KdfParams = { log2N: number; r: number; p: number };
/** The weakest scrypt a package may ask for (tests seal with it); nothing above DEFAULT_KDF is read. */
const MIN_LOG2N = 14;

/**
 * What an import may cost, checked before the work is done: a hostile file must not be able to
 * exhaust memory (a decompression bomb) or CPU. Far above any real production's size.
 */
export const IMPORT_LIMITS = {
  /** A package or JSON file on disk. */
  fileBytes: 64 * 1024 * 1024,
  /** A package's content after decompression, i.e. the JSON text. */
  contentBytes: 256 * 1024 * 1024,
  /** Decompressed over compressed size; JSON of real productions deflates about 5 to 20 times. */
  ratio: 100,
  /** Below this much content the ratio is not checked (a tiny package of a fresh production). */
  ratioFloorBytes: 4 * 1024 * 1024,
  /** Rows across all of a snapshot's tables. */
  rows: 2_000_000,
  /** Nesting of arrays and objects (a snapshot needs fewer than ten levels). */
  depth: 64,
} as const;

/** A file that would cost too much to read: refused in words the user can act on, nothing imported. */
export function tooLarge(what: string, limitBytes?: number): AppError {
  return new AppError(
    'UNSUPPORTED',
    `${what}, more than Closed Set reads from one file. Nothing was imported. If it came from a colleague, ask them to export the production again; a file from anyone else, delete.`,
    { detail: { reason: 'too-large', ...(limitBytes !== undefined ? { limitBytes } : {}) } },
  );
}

const MiB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

function deriveKeys(passphrase: string, salt: Buffer, kdf: KdfParams): Promise<{ enc: Buffer; check: Buffer }> {
  const N = 2 ** kdf.log2N;
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 64, { N, r: kdf.r, p: kdf.p, maxmem: 256 * N * kdf.r }, (err, key) => {
      if (err) reject(err);
      else resolve({ enc: key.subarray(0, 32), check: key.subarray(32, 64) });
    });
  });
}

function keyCheck(checkKey: Buffer): Buffer {
  return createHmac('sha256', checkKey).update(KEY_CHECK_LABEL).digest().subarray(0, 16);
}

export function isPackage(bytes: Uint8Array): boolean {
  return bytes.length >= PACKAGE_MAGIC.length && PACKAGE_MAGIC.equals(Buffer.from(bytes.subarray(0, 8)));
}

/** Most of the signature is there: a package whose first bytes were damaged, not some other file. */
export function looksLikeDamagedPackage(bytes: Uint8Array): boolean {
  if (bytes.length < PACKAGE_MAGIC.length || isPackage(bytes)) return false;
  let same = 0;
  for (let i = 0; i < PACKAGE_MAGIC.length; i++) if (bytes[i] === PACKAGE_MAGIC[i]) same++;
  return same >= PACKAGE_MAGIC.length - 2;
}

export async function sealPackage(
  snapshot: Snapshot,
  passphrase: string,
  kdf: KdfParams = DEFAULT_KDF,
): Promise<Buffer> {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const keys = await deriveKeys(passphrase, salt, kdf);
  const plain = deflateRawSync(Buffer.from(JSON.stringify(snapshot), 'utf8'));
  const header = Buffer.alloc(HEADER_LENGTH);
  PACKAGE_MAGIC.copy(header, 0);
  header.writeUInt16BE(PACKAGE_FORMAT_VERSION, 8);
  header.writeUInt16BE(HEADER_LENGTH, 10);
  header.writeUInt8(KDF_SCRYPT, 12);
  header.writeUInt8(kdf.log2N, 13);
  header.writeUInt8(kdf.r, 14);
  header.writeUInt8(kdf.p, 15);
  salt.copy(header, 16);
  nonce.copy(header, 32);
  keyCheck(keys.check).copy(header, 44);
  header.writeUInt8(CONTENT_DEFLATED_JSON, 60);
  header.writeBigUInt64BE(BigInt(plain.length), 64);
  writeHead(header, headOfSnapshot(snapshot));
  const cipher = createCipheriv('aes-256-gcm', keys.enc, nonce);
  cipher.setAAD(header);
  const body = Buffer.concat([header, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  keys.enc.fill(0);
  keys.check.fill(0);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** The production's chain head as the snapshot carries it: its audit entries, oldest first. */
export function headOfSnapshot(snapshot: Snapshot): ChainHead {
  const entries = snapshot.tables.auditEntry;
  return { productionId: snapshot.production.id, count: entries.length, hash: entries.at(-1)?.hash ?? '' };
}

function writeHead(header: Buffer, head: ChainHead): void {
  header.writeUInt32BE(head.count, HEAD_AT);
  if (head.hash) Buffer.from(head.hash, 'hex').copy(header, HEAD_AT + 4);
  // A production id is a ULID (26 ASCII characters); anything else is left out rather than cut.
  const id = head.productionId ?? '';
  if (/^[0-9A-Z]{26}$/.test(id)) header.write(id, HEAD_AT + 36, ID_LENGTH, 'ascii');
}

/**
 * The audit chain head a package carries in its header, read without the passphrase (the trailing
 * checksum catches damage; only opening the package authenticates it). Null for a version 1
 * package, which carries none.
 */
export function readPackageHead(bytes: Buffer): ChainHead | null {
  const h = readHeader(bytes);
  return h.header.length === HEADER_LENGTH ? headFromHeader(h.header) : null;
}

function headFromHeader(header: Buffer): ChainHead {
  const count = header.readUInt32BE(HEAD_AT);
  const raw = header.subarray(HEAD_AT + 4, HEAD_AT + 36);
  const productionId = header
    .subarray(HEAD_AT + 36, HEAD_AT + 36 + ID_LENGTH)
    .toString('ascii')
    .replace(/\0+$/, '');
  return {
    ...(productionId ? { productionId } : {}),
    count,
    hash: count === 0 ? '' : raw.toString('hex'),
  };
}

const damaged = (why: string) =>
  new AppError(
    'PACKAGE_DAMAGED',
    `The handoff package is damaged: ${why}. Nothing was imported; ask for the file again.`,
  );

/** Checks the structure without the passphrase; returns the header fields. */
function readHeader(bytes: Buffer) {
  if (!isPackage(bytes)) throw new AppError('VALIDATION', 'This file is not a Closed Set handoff package.');
  if (bytes.length > IMPORT_LIMITS.fileBytes)
    throw tooLarge(`The handoff package is ${MiB(bytes.length)}`, IMPORT_LIMITS.fileBytes);
  if (bytes.length < 12) throw damaged(`it is truncated (only ${bytes.length} bytes)`);
  const version = bytes.readUInt16BE(8);
  if (version > PACKAGE_FORMAT_VERSION) {
    throw new AppError(
      'UNSUPPORTED',
      `This handoff package was made by a newer version of Closed Set (package format ${version}; this app reads up to ${PACKAGE_FORMAT_VERSION}). Update the app to import it.`,
      { detail: { formatVersion: version, supported: PACKAGE_FORMAT_VERSION } },
    );
  }
  if (version === 0) throw damaged('its format version is 0');
  const headerLength = bytes.readUInt16BE(10);
  const wanted = version === 1 ? HEADER_LENGTH_V1 : HEADER_LENGTH;
  if (headerLength !== wanted) throw damaged(`its header length is ${headerLength}, not ${wanted}`);
  if (bytes.length < headerLength) throw damaged(`it is truncated (only ${bytes.length} bytes)`);
  const length = bytes.readBigUInt64BE(64);
  const expected = BigInt(headerLength + TAG + DIGEST) + length;
  if (BigInt(bytes.length) < expected) throw damaged(`it is truncated (${bytes.length} of ${expected} bytes)`);
  if (BigInt(bytes.length) > expected)
    throw damaged(`it has ${BigInt(bytes.length) - expected} unexpected extra bytes`);
  const body = bytes.subarray(0, bytes.length - DIGEST);
  const digest = createHash('sha256').update(body).digest();
  if (!digest.equals(bytes.subarray(bytes.length - DIGEST))) {
    throw damaged('its checksum does not match (it was changed or corrupted in transit)');
  }
  const kdf = { id: bytes.readUInt8(12), log2N: bytes.readUInt8(13), r: bytes.readUInt8(14), p: bytes.readUInt8(15) };
  // Bounds stop a crafted header from asking for gigabytes of memory or hours of work: nothing
  // costlier than what Closed Set itself writes is derived.
  if (
    kdf.id !== KDF_SCRYPT ||
    kdf.log2N < MIN_LOG2N ||
    kdf.log2N > DEFAULT_KDF.log2N ||
    kdf.r < 1 ||
    kdf.r > DEFAULT_KDF.r ||
    kdf.p < 1 ||
    kdf.p > DEFAULT_KDF.p
  ) {
    throw damaged('its key-derivation settings are not ones Closed Set writes');
  }
  if (bytes.readUInt8(60) !== CONTENT_DEFLATED_JSON) throw damaged('its content kind is unknown');
  const end = headerLength + Number(length);
  return {
    header: bytes.subarray(0, headerLength),
    kdf,
    salt: bytes.subarray(16, 32),
    nonce: bytes.subarray(32, 44),
    check: bytes.subarray(44, 60),
    ciphertext: bytes.subarray(headerLength, end),
    tag: bytes.subarray(end, end + TAG),
  };
}

/** Decrypts and validates a package; every failure names its cause and nothing has been touched. */
export async function openPackage(bytes: Buffer, passphrase: string): Promise<Snapshot> {
  const h = readHeader(bytes);
  const keys = await deriveKeys(passphrase, h.salt, h.kdf);
  try {
    if (!timingSafeEqual(keyCheck(keys.check), h.check)) {
      throw new AppError(
        'WRONG_PASSPHRASE',
        'Wrong package passphrase: this is not the passphrase the package was made with (it is not your vault passphrase). Nothing was imported.',
        { issues: [{ path: 'passphrase', message: 'Wrong package passphrase' }] },
      );
    }
    const decipher = createDecipheriv('aes-256-gcm', keys.enc, h.nonce);
    decipher.setAAD(h.header);
    decipher.setAuthTag(h.tag);
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(h.ciphertext), decipher.final()]);
    } catch {
      throw damaged('it fails authentication (its content was altered after it was made)');
    }
    const snapshot = parseBoundedSnapshot(inflateBounded(plain).toString('utf8'), 'The package');
    // The header's head was authenticated with the content: it must be the content's own head.
    const carried = h.header.length === HEADER_LENGTH ? headFromHeader(h.header) : null;
    const own = headOfSnapshot(snapshot);
    if (
      carried &&
      (carried.count !== own.count || carried.hash !== own.hash || carried.productionId !== own.productionId)
    )
      throw damaged('its audit chain head does not match its audit trail');
    return snapshot;
  } finally {
    keys.enc.fill(0);
    keys.check.fill(0);
  }
}

/**
 * Inflates with a running bound: zlib stops as soon as the output passes the limit, so a few
 * megabytes that would expand to gigabytes cost at most the limit, never the gigabytes.
 */
export function inflateBounded(compressed: Buffer): Buffer {
  const byRatio = Math.max(IMPORT_LIMITS.ratioFloorBytes, compressed.length * IMPORT_LIMITS.ratio);
  const limit = Math.min(IMPORT_LIMITS.contentBytes, byRatio);
  try {
    return inflateRawSync(compressed, { maxOutputLength: limit });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw tooLarge(`The handoff package expands to more than ${MiB(limit)} from ${MiB(compressed.length)}`, limit);
    }
    throw damaged('its content does not decompress');
  }
}

/** Rows and nesting counted without recursion, so a deeply nested document cannot overflow the stack. */
function assertShape(doc: unknown, what: string): void {
  const stack: { value: unknown; depth: number }[] = [{ value: doc, depth: 1 }];
  let rows = 0;
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top || typeof top.value !== 'object' || top.value === null) continue;
    if (top.depth > IMPORT_LIMITS.depth) {
      throw new AppError(
        'VALIDATION',
        `${what} is nested deeper than any export Closed Set writes. Nothing was imported.`,
      );
    }
    const children = Array.isArray(top.value) ? top.value : Object.values(top.value);
    if (Array.isArray(top.value)) rows += top.value.length;
    if (rows > IMPORT_LIMITS.rows) throw tooLarge(`${what} holds more than ${IMPORT_LIMITS.rows} records`);
    for (const value of children)
      if (typeof value === 'object' && value !== null) stack.push({ value, depth: top.depth + 1 });
  }
}

/** JSON text to a validated snapshot, with its size, record count and nesting bounded first. */
export function parseBoundedSnapshot(text: string, what: string): Snapshot {
  if (text.length > IMPORT_LIMITS.contentBytes)
    throw tooLarge(`${what} is ${MiB(text.length)}`, IMPORT_LIMITS.contentBytes);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new AppError('VALIDATION', `${what} is not valid JSON (${(err as Error).message}). Nothing was imported.`);
  }
  assertShape(doc, what);
  return parseSnapshot(doc, what);
}
