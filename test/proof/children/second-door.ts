// A child for the one-writer test: another process (the CLI, say) tries to open a vault and change
// its passphrase; prints each command's result envelope as one JSON line.
import { Core } from '../../../electron/core/core';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: second-door <vault>');
const core = new Core({ home: `${file}.home2`, door: 'cli', rememberRecent: false, idleLockMinutes: 0 });
const passphrase = process.env.CLOSED_SET_PASSPHRASE ?? '';
const unlock = await core.handle('vault.unlock', { path: file, passphrase });
const change = await core.handle('vault.changePassphrase', {
  current: passphrase,
  next: process.env.CLOSED_SET_NEW_PASSPHRASE ?? '',
});
process.stdout.write(`${JSON.stringify({ unlock, change })}\n`);
core.dispose();
