import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Where the Electron binary is, without triggering the electron package's lazy download (which
 * cannot reach its servers on machines that only reach the npm registry). Null when none exists.
 */
export function electronBinary(): string | null {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const exe = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (override) {
    const candidate = path.join(override, exe ?? 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!exe) return null;
  const full = path.join(dir, 'dist', exe);
  return existsSync(full) ? full : null;
}
