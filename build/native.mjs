// better-sqlite3-multiple-ciphers is a native module: Node and Electron need different builds.
// `node build/native.mjs node` (before tests) and `... electron` (before `npm start`) make sure the
// build on disk matches the runtime about to load it, rebuilding only when it does not.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const target = process.argv[2];
const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
const marker = path.join(pkgDir, 'build', 'closed-set-runtime.txt');
const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'node';

if (target === 'node') {
  let loads = true;
  try {
    const Database = require('better-sqlite3-multiple-ciphers');
    new Database(':memory:').close();
  } catch {
    loads = false;
  }
  if (!loads || current !== 'node') {
    console.log('Rebuilding better-sqlite3-multiple-ciphers for Node...');
    execSync('npm rebuild better-sqlite3-multiple-ciphers', { stdio: 'inherit' });
    writeFileSync(marker, 'node\n');
  }
} else if (target === 'electron') {
  if (current !== 'electron') {
    console.log('Rebuilding better-sqlite3-multiple-ciphers for Electron...');
    execSync('npx electron-builder install-app-deps', { stdio: 'inherit' });
    writeFileSync(marker, 'electron\n');
  }
} else {
  console.error('usage: node build/native.mjs node|electron');
  process.exit(2);
}
