// A child for the passphrase-change test: unlocks the vault, starts changing the passphrase and
// SIGKILLs itself at the step named in CLOSED_SET_KILL_AT.
import { Core } from '../../../electron/core/core';

const [file, killAt] = process.argv.slice(2);
if (!file || !killAt) throw new Error('usage: rekey-killer <vault> <step>');
const core = new Core({ home: `${file}.home`, door: 'test', rememberRecent: false, idleLockMinutes: 0 });
await core.run('vault.unlock', { path: file, passphrase: process.env.CLOSED_SET_PASSPHRASE ?? '' });
// Left in the WAL: the change must carry what was not yet checkpointed.
core.vault().db.pragma('wal_autocheckpoint = 0');
await core.run('person.create', { name: 'Written last', notes: 'only in the WAL so far' });
core
  .vault()
  .changePassphrase(process.env.CLOSED_SET_PASSPHRASE ?? '', process.env.CLOSED_SET_NEW_PASSPHRASE ?? '', (step) => {
    if (step === killAt) process.kill(process.pid, 'SIGKILL');
  });
process.stdout.write('finished without being killed\n');
