// electron-builder afterPack: flips the Electron fuses on the packaged binary. electron-builder's
// own `electronFuses` setting does the same; this step makes sure of it on every platform and
// fails the build loudly if the binary cannot be found.
const { existsSync } = require('node:fs');
const path = require('node:path');
const { flipFuses } = require('@electron/fuses');
const { FUSES } = require('./fuses.cjs');

/** Where the packaged Electron binary (or macOS bundle) is, from electron-builder's afterPack context. */
function fuseBinaryPath(context) {
  const { appOutDir, packager, electronPlatformName } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

exports.fuseBinaryPath = fuseBinaryPath;
exports.default = async function afterPack(context) {
  const binary = fuseBinaryPath(context);
  if (!existsSync(binary)) throw new Error(`afterPack: no Electron binary at ${binary}; the fuses were not flipped`);
  await flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' });
};
