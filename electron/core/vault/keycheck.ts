import { createHmac, pbkdf2Sync } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { KeyMaterial } from './connection';

// SQLCipher 4's page layout (the scheme every vault uses): 4096-byte pages, 16-byte salt at the
// start of the file, and at the end of each page a reserve of 16-byte IV + 64-byte HMAC-SHA512
// (80 bytes) over the page's ciphertext, its IV and its page number.
const PAGE = 4096;
const SALT = 16;
const IV = 16;
const MAC = 64;
const RESERVE = IV + MAC;
const KDF_ITER = 256_000;
const HMAC_KDF_ITER = 2;
const HMAC_SALT_MASK = 0x3a;

function readAt(fd: number, offset: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, offset);
  return buf.subarray(0, n);
}

/**
 * Tells a wrong passphrase from a damaged first page: SQLite reports both as "not a database",
 * but only with the right passphrase do the vault's OTHER pages authenticate. Returns true when a
 * page other than the first authenticates with `key`, false when none of those sampled does, and
 * null when the file is too short to tell.
 */
export function otherPagesAuthenticate(file: string, key: KeyMaterial): boolean | null {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const pages = Math.floor(size / PAGE);
    if (pages < 2) return null;
    const salt = readAt(fd, 0, SALT);
    const encKey = pbkdf2Sync(key.bytes, salt, KDF_ITER, 32, 'sha512');
    const macKey = pbkdf2Sync(
      encKey,
      salt.map((b) => b ^ HMAC_SALT_MASK),
      HMAC_KDF_ITER,
      32,
      'sha512',
    );
    encKey.fill(0);
    const sample = [...new Set([2, 3, Math.ceil(pages / 2), pages])].filter((p) => p >= 2 && p <= pages);
    const ok = sample.some((pgno) => {
      const page = readAt(fd, (pgno - 1) * PAGE, PAGE);
      const signed = page.subarray(0, PAGE - RESERVE + IV);
      const mac = page.subarray(PAGE - MAC);
      const pn = Buffer.alloc(4);
      pn.writeUInt32LE(pgno);
      return createHmac('sha512', macKey).update(signed).update(pn).digest().equals(mac);
    });
    macKey.fill(0);
    return ok;
  } finally {
    closeSync(fd);
  }
}
