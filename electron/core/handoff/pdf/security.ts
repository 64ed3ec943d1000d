import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * PDF encryption at revision 6 (ISO 32000-2, AES-256 with the iterated hash of algorithm 2.B).
 * pdfkit writes revision 5, whose password check is one SHA-256 and so cheap to brute-force; this
 * module rewrites pdfkit's encrypt dictionary to revision 6 before the document is written, and
 * reads it back (to open an info string of a protected binder without a PDF library).
 */

/** What pdfkit keeps of its security handler; the fields revision 6 rewrites. */
interface PdfkitSecurity {
  version: number;
  encryptionKey: Uint8Array;
  dictionary: { data: Record<string, unknown> };
}

interface PdfkitInternals {
  _security?: PdfkitSecurity | null;
  _root: { data: Record<string, unknown> };
}

/** A password as revision 6 hashes it: normalised (close to SASLprep for what people type), UTF-8, at most 127 bytes. */
function processed(password: string): Buffer {
  return Buffer.from(password.normalize('NFKC'), 'utf8').subarray(0, 127);
}

/** ISO 32000-2 algorithm 2.B: the hash behind a revision 6 password check and its key. */
export function hashR6(password: Buffer, salt: Buffer, udata: Buffer): Buffer {
  let k = createHash('sha256')
    .update(Buffer.concat([password, salt, udata]))
    .digest();
  for (let round = 1; ; round++) {
    const k1 = Buffer.concat([password, k, udata]);
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    const e = Buffer.concat([cipher.update(Buffer.concat(Array.from({ length: 64 }, () => k1))), cipher.final()]);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e.readUInt8(i);
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3] ?? 'sha256')
      .update(e)
      .digest();
    if (round >= 64 && e.readUInt8(e.length - 1) <= round - 32) break;
  }
  return k.subarray(0, 32);
}

function aes256NoPad(key: Buffer, data: Buffer, decrypt: boolean): Buffer {
  const iv = Buffer.alloc(16);
  const c = decrypt ? createDecipheriv('aes-256-cbc', key, iv) : createCipheriv('aes-256-cbc', key, iv);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(data), c.final()]);
}

/**
 * Turns pdfkit's AES-256 revision 5 encryption into revision 6, keeping its file key (so every
 * string and stream pdfkit encrypts stays readable). Call right after `new PDFDocument`.
 */
export function upgradeToRevision6(doc: object, userPassword: string, ownerPassword: string): void {
  const internals = doc as PdfkitInternals;
  const security = internals._security;
  if (security?.version !== 5) throw new Error('revision 6 needs pdfkit AES-256 (pdfVersion 1.7ext3)');
  const fileKey = Buffer.from(security.encryptionKey);
  const user = processed(userPassword);
  const owner = processed(ownerPassword);
  const [uValidation, uKey, oValidation, oKey] = [8, 8, 8, 8].map((n) => randomBytes(n)) as [
    Buffer,
    Buffer,
    Buffer,
    Buffer,
  ];
  const u = Buffer.concat([hashR6(user, uValidation, Buffer.alloc(0)), uValidation, uKey]);
  const ue = aes256NoPad(hashR6(user, uKey, Buffer.alloc(0)), fileKey, false);
  const o = Buffer.concat([hashR6(owner, oValidation, u), oValidation, oKey]);
  const oe = aes256NoPad(hashR6(owner, oKey, u), fileKey, false);
  Object.assign(security.dictionary.data, { R: 6, U: u, UE: ue, O: o, OE: oe });
  // Adobe's extension level 8 is revision 6 under a PDF 1.7 header.
  internals._root.data.Extensions = { ADBE: { BaseVersion: '1.7', ExtensionLevel: 8 } };
}

/** The encrypt dictionary's entries a reader needs to open strings with the user password. */
export interface EncryptEntries {
  v: number;
  r: number;
  u: Buffer;
  ue: Buffer;
}

/** The file key of a revision 6 PDF from its user password, or null when the password is wrong. */
export function fileKeyR6(enc: EncryptEntries, password: string): Buffer | null {
  if (enc.v !== 5 || enc.r !== 6 || enc.u.length < 48 || enc.ue.length !== 32) return null;
  const pw = processed(password);
  const check = hashR6(pw, enc.u.subarray(32, 40), Buffer.alloc(0));
  if (!check.equals(enc.u.subarray(0, 32))) return null;
  return aes256NoPad(hashR6(pw, enc.u.subarray(40, 48), Buffer.alloc(0)), enc.ue, true);
}

/** Decrypts one AESV3 string (a 16-byte IV, then AES-256-CBC with PKCS#7 padding). */
export function decryptStringR6(fileKey: Buffer, data: Buffer): Buffer {
  const d = createDecipheriv('aes-256-cbc', fileKey, data.subarray(0, 16));
  return Buffer.concat([d.update(data.subarray(16)), d.final()]);
}
