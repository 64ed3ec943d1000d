// Records the SHA-256 of the native SQLite module in dist-electron/native-integrity.json, which
// ships inside the app archive; the desktop app checks the unpacked module against it at start
// (electron/main/integrity.ts). Run by build-electron.mjs and again by electron-builder's
// afterExtract hook: after npmRebuild rebuilt the module for Electron, before the archive is made.
const { createHash } = require('node:crypto');
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const MODULE = 'build/Release/better_sqlite3.node';

function writeNativeManifest(root, outDir) {
  const file = path.join(root, 'node_modules/better-sqlite3-multiple-ciphers', MODULE);
  const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  writeFileSync(path.join(outDir, 'native-integrity.json'), `${JSON.stringify({ module: MODULE, sha256 }, null, 2)}\n`);
  return sha256;
}

exports.writeNativeManifest = writeNativeManifest;
exports.default = async function afterExtract(context) {
  const root = context.packager.projectDir;
  writeNativeManifest(root, path.join(root, 'dist-electron'));
};
