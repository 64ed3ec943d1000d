import { cpSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

// The bundle lives in a temp folder with no node_modules: point the native module at its real path.
const nativeModule: Plugin = {
  name: 'native-module',
  setup(b) {
    const resolved = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
    b.onResolve({ filter: /^better-sqlite3-multiple-ciphers$/ }, () => ({ path: resolved, external: true }));
  },
};

/**
 * Bundles a child script (with the whole core) into one ES module beside a copy of the
 * migrations, the way the Electron build does. A bundled child starts in about a fifth of the
 * time `node --import tsx` takes, which is what lets the torture tests run hundreds of rounds.
 */
export async function bundleChild(entry: string): Promise<{ file: string; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'closed-set-child-'));
  const file = path.join(dir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [path.join(root, entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'error',
    plugins: [nativeModule],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  cpSync(path.join(root, 'electron/core/vault/migrations'), path.join(dir, 'migrations'), { recursive: true });
  return { file, dir };
}
