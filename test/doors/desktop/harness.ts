import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFakeElectron, type FakeElectron } from './fake-electron';

// Runs the real built bundles (dist-electron/main.js and preload.cjs, from build/build-electron.mjs)
// in Node against the stand-in electron module, each launch in its own temp app folder laid out
// like the packaged app: <root>/dist-electron/, <root>/dist/renderer/, <root>/node_modules/.

const FAKE_KEY = '__closedSetFakeElectron';
const EXPORTS = Object.keys(createFakeElectron({ pathsRoot: '/' }).module);

/** The renderer files every launch serves, with files just outside it that must never be served. */
export const RENDERER_FILES: Record<string, string> = {
  'index.html': '<!doctype html><html><head><title>Closed Set</title></head><body><div id="root"></div></body></html>',
  'assets/app.js': 'console.log("binder");',
  'assets/app.css': 'body { margin: 0 }',
  'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/noto.woff2': 'wOF2',
};
export const OUTSIDE_SECRET = 'outside-the-renderer-secret';

/** Builds the bundles once into a temp folder with the project's own build script. */
export function buildBundles(): { dir: string; dispose: () => void } {
  const base = mkdtempSync(path.join(tmpdir(), 'closed-set-bundles-'));
  const dir = path.join(base, 'dist-electron');
  execFileSync(process.execPath, [path.resolve('build/build-electron.mjs'), '--out', dir], { stdio: 'pipe' });
  return { dir, dispose: () => rmSync(base, { recursive: true, force: true }) };
}

export interface Launch {
  fake: FakeElectron;
  /** The temp app folder: dist-electron/, dist/renderer/, node_modules/. */
  root: string;
  /** CLOSED_SET_HOME for this launch. */
  home: string;
  /** Loads the built preload against the same stand-in, as the window's sandbox would. */
  loadPreload(): void;
  dispose(): void;
}

/** Lays out a temp app folder around a copy of the bundles and imports main.js into this process. */
export async function launch(
  bundles: string,
  opts: { singleInstanceLock?: boolean; packaged?: boolean; nativeManifest?: 'as-built' | string } = {},
): Promise<Launch> {
  const root = mkdtempSync(path.join(tmpdir(), 'closed-set-desktop-'));
  const out = path.join(root, 'dist-electron');
  mkdirSync(out);
  // Copied, not linked: Node resolves a linked module to its real path, and main finds the renderer
  // and the preload relative to where it really is.
  for (const file of ['main.js', 'preload.cjs']) copyFileSync(path.join(bundles, file), path.join(out, file));
  // The native module's record, as a packaged app ships it (or a stand-in the test writes).
  if (opts.nativeManifest === 'as-built')
    copyFileSync(path.join(bundles, 'native-integrity.json'), path.join(out, 'native-integrity.json'));
  else if (opts.nativeManifest !== undefined)
    writeFileSync(path.join(out, 'native-integrity.json'), opts.nativeManifest);
  for (const dir of ['migrations', 'fonts']) symlinkSync(path.join(bundles, dir), path.join(out, dir), 'dir');
  for (const [rel, text] of Object.entries(RENDERER_FILES)) {
    const file = path.join(root, 'dist', 'renderer', rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  writeFileSync(path.join(root, 'dist', 'secret.txt'), OUTSIDE_SECRET);
  writeFileSync(path.join(root, 'secret.txt'), OUTSIDE_SECRET);

  const modules = path.join(root, 'node_modules');
  const stub = path.join(modules, 'electron');
  mkdirSync(stub, { recursive: true });
  writeFileSync(
    path.join(stub, 'package.json'),
    JSON.stringify({ name: 'electron', exports: { import: './index.mjs', require: './index.cjs' } }),
  );
  writeFileSync(
    path.join(stub, 'index.cjs'),
    `const fake = globalThis.${FAKE_KEY};\nif (!fake) throw new Error('no stand-in electron set');\nmodule.exports = fake;\n`,
  );
  writeFileSync(
    path.join(stub, 'index.mjs'),
    `import fake from './index.cjs';\n${EXPORTS.map((name) => `export const ${name} = fake.${name};`).join('\n')}\n`,
  );
  const sqlite = path.dirname(createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers/package.json'));
  symlinkSync(sqlite, path.join(modules, 'better-sqlite3-multiple-ciphers'), 'dir');

  const home = path.join(root, 'home');
  const fake = createFakeElectron({
    pathsRoot: path.join(root, 'electron-paths'),
    ...(opts.singleInstanceLock !== undefined ? { singleInstanceLock: opts.singleInstanceLock } : {}),
    ...(opts.packaged !== undefined ? { packaged: opts.packaged } : {}),
  });
  const globals = globalThis as Record<string, unknown>;
  globals[FAKE_KEY] = fake.module;
  const previousHome = process.env.CLOSED_SET_HOME;
  process.env.CLOSED_SET_HOME = home;
  // Node's own import(), not the test runner's, so the bundle loads exactly as Electron loads it:
  // a CommonJS file required natively may import() any ES module.
  writeFileSync(path.join(root, 'load.cjs'), 'module.exports = (url) => import(url);\n');
  const nativeImport = createRequire(path.join(root, 'package.json'))('./load.cjs') as (
    url: string,
  ) => Promise<unknown>;
  try {
    await nativeImport(pathToFileURL(path.join(out, 'main.js')).href);
  } catch (err) {
    rmSync(root, { recursive: true, force: true });
    throw err;
  }

  return {
    fake,
    root,
    home,
    loadPreload() {
      globals[FAKE_KEY] = fake.module;
      createRequire(path.join(root, 'package.json'))('./dist-electron/preload.cjs');
    },
    dispose() {
      // Quitting locks and closes the vault; the folder goes with it.
      if (!fake.quitted) fake.module.app.quit();
      if (previousHome === undefined) delete process.env.CLOSED_SET_HOME;
      else process.env.CLOSED_SET_HOME = previousHome;
      rmSync(root, { recursive: true, force: true });
    },
  };
}
