import { AppError } from '../../../../shared/kit/errors';
import { type ChainHead, parseHead } from '../../audit/anchor';
import { decryptStringR6, type EncryptEntries, fileKeyR6 } from './security';

/**
 * The chain head a PDF binder carries in its info dictionary, so `verify --against file.pdf` can
 * read it back. pdfkit writes info values uncompressed (each as its own indirect string object),
 * so a few lines of parsing find it; a protected binder's strings are AES-256 encrypted.
 */
export const HEAD_INFO_KEY = 'ClosedSetChainHead';
export const PRODUCTION_INFO_KEY = 'ClosedSetProduction';

/** The env var `verify` reads a protected binder's password from. */
export const PDF_PASSPHRASE_ENV = 'CLOSED_SET_PDF_PASSWORD';

/** The head as printed and stored: `count:hash`. */
export function headText(head: ChainHead): string {
  return `${head.count}:${head.hash}`;
}

export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

/** Reads a literal string `( ... )` starting at `at` (which holds the opening parenthesis). */
function literalString(text: string, at: number): Buffer | null {
  if (text[at] !== '(') return null;
  const out: number[] = [];
  let depth = 1;
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      const next = text[i + 1] ?? '';
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4));
      if (octal) {
        out.push(Number.parseInt(octal[0], 8) & 0xff);
        i += octal[0].length;
      } else if (next === '\r' || next === '\n') {
        i += next === '\r' && text[i + 2] === '\n' ? 2 : 1;
      } else {
        out.push(escapes[next] ?? next.charCodeAt(0));
        i++;
      }
      continue;
    }
    if (c === 40) depth++;
    if (c === 41 && --depth === 0) return Buffer.from(out);
    out.push(c);
  }
  return null;
}

/** The body of indirect object `n` (from its `obj` keyword on), found through the xref table. */
function objectAt(text: string, n: number): string | null {
  const start = text.lastIndexOf('startxref');
  const xref = Number(/startxref\s+(\d+)/.exec(text.slice(start))?.[1]);
  if (!Number.isFinite(xref)) return null;
  const table = /^xref\s+(\d+)\s+(\d+)\s*\n/.exec(text.slice(xref, xref + 64));
  if (!table) return null;
  const first = Number(table[1]);
  if (n < first || n >= first + Number(table[2])) return null;
  const entry = text.slice(xref + table[0].length + (n - first) * 20, xref + table[0].length + (n - first + 1) * 20);
  const offset = Number(/^(\d{10}) \d{5} n/.exec(entry)?.[1]);
  if (!Number.isFinite(offset)) return null;
  const head = new RegExp(`^${n}\\s+0\\s+obj\\s*`).exec(text.slice(offset, offset + 32));
  return head ? text.slice(offset + head[0].length) : null;
}

function refIn(dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return m?.[1] ? Number(m[1]) : null;
}

function hexIn(dict: string, key: string): Buffer {
  return Buffer.from(new RegExp(`/${key}\\s*<([0-9a-fA-F]*)>`).exec(dict)?.[1] ?? '', 'hex');
}

function encryptEntries(text: string, ref: number): EncryptEntries | null {
  const body = objectAt(text, ref);
  const dict = body?.slice(0, body.indexOf('endobj'));
  if (!dict) return null;
  return {
    v: Number(/\/V\s+(\d+)/.exec(dict)?.[1]),
    r: Number(/\/R\s+(\d+)/.exec(dict)?.[1]),
    u: hexIn(dict, 'U'),
    ue: hexIn(dict, 'UE'),
  };
}

/**
 * The chain head a binder carries, or null when it carries none. A protected binder needs its
 * password: without one, or with a wrong one, a VALIDATION error says so.
 */
export function readPdfHead(bytes: Buffer, password: string | undefined): ChainHead | null {
  const text = bytes.toString('latin1');
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const infoRef = refIn(trailer, 'Info');
  const info = infoRef === null ? null : objectAt(text, infoRef);
  if (!info) return null;
  const infoDict = info.slice(0, info.indexOf('endobj'));
  const read = (key: string): Buffer | null => {
    const ref = refIn(infoDict, key);
    const body = ref === null ? null : objectAt(text, ref);
    return body ? literalString(body, 0) : null;
  };
  const rawHead = read(HEAD_INFO_KEY);
  if (!rawHead) return null;
  const rawProduction = read(PRODUCTION_INFO_KEY);
  const encryptRef = refIn(trailer, 'Encrypt');
  let open = (b: Buffer) => b;
  if (encryptRef !== null) {
    if (!password)
      throw new AppError(
        'VALIDATION',
        `This PDF binder is protected: give its password in ${PDF_PASSPHRASE_ENV} to read the chain head it carries.`,
        { issues: [{ path: PDF_PASSPHRASE_ENV, message: 'PDF password is required' }] },
      );
    const entries = encryptEntries(text, encryptRef);
    const key = entries ? fileKeyR6(entries, password) : null;
    if (!key)
      throw new AppError(
        'VALIDATION',
        `The password in ${PDF_PASSPHRASE_ENV} does not open this PDF binder (or it is not AES-256 revision 6).`,
        { issues: [{ path: PDF_PASSPHRASE_ENV, message: 'Wrong PDF password' }] },
      );
    open = (b) => decryptStringR6(key, b);
  }
  const head = parseHead(open(rawHead).toString('latin1'));
  if (!head) return null;
  const productionId = rawProduction ? open(rawProduction).toString('latin1') : '';
  return productionId ? { ...head, productionId } : head;
}
