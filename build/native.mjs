// better-sqlite3-multiple-ciphers is a native module: Node and Electron need different builds.
// `node build/native.mjs node` (npm's pretest) and `... electron` (npm's prestart) make sure the
// build on disk matches the runtime about to load it, rebuilding only when it does not. A marker
// beside the build records which runtime (and which Electron version) it was compiled for, so
// `npm start` then `npm test` (or the other way round) switches back without a manual step.
// A rebuild compiles SQLite3MultipleCiphers from source when no prebuilt binary can be fetched:
// about two minutes.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const target = process.argv[2];
const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
const marker = path.join(pkgDir, 'build', 'closed-set-runtime.txt');
const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'unknown';

/** True when Node can load the module as it is on disk. */
function loadsInNode() {
  try {
    const Database = require('better-sqlite3-multiple-ciphers');
    new Database(':memory:').close();
    return true;
  } catch {
    return false;
  }
}

if (target === 'node') {
  const wanted = `node@${process.versions.modules}`;
  // Loading is the real test: a build for Electron's ABI refuses to load in Node.
  if (!loadsInNode()) {
    console.log('Rebuilding better-sqlite3-multiple-ciphers for Node (about 2 minutes if it compiles)...');
    execSync('npm rebuild better-sqlite3-multiple-ciphers', { stdio: 'inherit' });
  }
  if (current !== wanted) writeFileSync(marker, `${wanted}\n`);
} else if (target === 'electron') {
  const { version } = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8'));
  const wanted = `electron@${version}`;
  if (current !== wanted) {
    console.log(`Rebuilding better-sqlite3-multiple-ciphers for Electron ${version} (about 2 minutes)...`);
    execSync('npx electron-builder install-app-deps', { stdio: 'inherit' });
    writeFileSync(marker, `${wanted}\n`);
  }
} else {
  console.error('usage: node build/native.mjs node|electron');
  process.exit(2);
}
