// Bundles the Electron main process (ESM) and the sandboxed preload (CommonJS) with esbuild, and
// copies the migrations beside the main bundle, where the core looks for them.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--out <dir>` writes the same bundles elsewhere (the desktop-door harness builds into a temp folder).
const outFlag = process.argv.indexOf('--out');
const out = outFlag > 0 ? path.resolve(process.argv[outFlag + 1] ?? '') : path.join(root, 'dist-electron');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
};

await build({
  ...common,
  entryPoints: [path.join(root, 'electron/main/index.ts')],
  outfile: path.join(out, 'main.js'),
  format: 'esm',
  // Bundled CommonJS dependencies may call require(); give them one in the ESM bundle.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
await build({
  ...common,
  entryPoints: [path.join(root, 'electron/preload/index.ts')],
  outfile: path.join(out, 'preload.cjs'),
  format: 'cjs',
});
cpSync(path.join(root, 'electron/core/vault/migrations'), path.join(out, 'migrations'), { recursive: true });
// The binder PDF's embedded typeface, where electron/core/handoff/pdf/fonts.ts looks beside the bundle.
mkdirSync(path.join(out, 'fonts'));
for (const rel of [
  '400Regular/NotoSans_400Regular.ttf',
  '700Bold/NotoSans_700Bold.ttf',
  '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
]) {
  cpSync(
    path.join(root, 'node_modules/@expo-google-fonts/noto-sans', rel),
    path.join(out, 'fonts', path.basename(rel)),
  );
}
// The native module's SHA-256, checked by main at start before the module loads.
createRequire(import.meta.url)('./native-manifest.cjs').writeNativeManifest(root, out);
console.log(`electron bundles written to ${out.startsWith(root) ? path.relative(root, out) : out}/`);
