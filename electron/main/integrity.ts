import { createHash } from 'node:crypto';

/**
 * The native SQLite module lives outside the app archive (a `.node` file cannot load from inside
 * it), so the archive's own integrity check does not cover it. Its SHA-256 is recorded at build
 * time in a manifest inside the archive, and checked at start before the module is ever loaded.
 */
export const NATIVE_MANIFEST = 'native-integrity.json';
/** Where the module sits inside its package; the path `bindings` loads it from. */
export const NATIVE_MODULE = 'build/Release/better_sqlite3.node';

export interface NativeManifest {
  module: string;
  sha256: string;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type IntegrityVerdict = { ok: true } | { ok: false; message: string };

/**
 * Compares the module's bytes with the manifest. `read` returns null for a missing file. A build
 * without a manifest is accepted only when not packaged (running from the source tree).
 */
export function checkNativeIntegrity(opts: {
  manifestText: string | null;
  modulePath: string;
  read: (file: string) => Uint8Array | null;
  packaged: boolean;
}): IntegrityVerdict {
  const refuse = (why: string): IntegrityVerdict => ({
    ok: false,
    message: `Closed Set will not open: ${why} Reinstall Closed Set from its official download. Your vaults were not touched.`,
  });
  if (opts.manifestText === null) {
    return opts.packaged ? refuse('its record of the encryption module is missing.') : { ok: true };
  }
  let manifest: NativeManifest;
  try {
    manifest = JSON.parse(opts.manifestText) as NativeManifest;
  } catch {
    return refuse('its record of the encryption module is unreadable.');
  }
  if (typeof manifest?.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(manifest.sha256))
    return refuse('its record of the encryption module is unreadable.');
  const bytes = opts.read(opts.modulePath);
  if (bytes === null) return refuse(`the encryption module is missing (${opts.modulePath}).`);
  if (sha256Of(bytes) !== manifest.sha256)
    return refuse(`the encryption module (${opts.modulePath}) has been changed since Closed Set was built.`);
  return { ok: true };
}

/** The unpacked copy of a file electron-builder placed outside the archive. */
export function unpackedPath(file: string, sep: string): string {
  return file.replace(`app.asar${sep}`, `app.asar.unpacked${sep}`);
}
