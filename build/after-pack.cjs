// electron-builder afterPack: flips the Electron fuses on the packaged binary. electron-builder's
// own `electronFuses` setting does the same; this step makes sure of it on every platform and
// fails the build loudly if the binary cannot be found.
const path = require('node:path');
const { flipFuses } = require('@electron/fuses');
const { FUSES } = require('./fuses.cjs');

exports.default = async function afterPack(context) {
  const { appOutDir, packager, electronPlatformName } = context;
  const name = packager.appInfo.productFilename;
  const binary =
    electronPlatformName === 'darwin'
      ? path.join(appOutDir, `${name}.app`)
      : electronPlatformName === 'win32'
        ? path.join(appOutDir, `${name}.exe`)
        : path.join(appOutDir, packager.executableName);
  await flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature: electronPlatformName === 'darwin' });
};
