import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../../electron/cli/program';
import { hasPlainHeader } from '../../../electron/core/vault/connection';
import { OTHER_PASS, PASS, tempDir } from '../../helpers';

async function cli(args: string[], env: Record<string, string> = {}, prompt?: (q: string) => Promise<string>) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, {
    env: { CLOSED_SET_HOME: path.join(tempDir(), 'home'), ...env },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    prompt,
  });
  return { status, out, err };
}

describe('the CLI', () => {
  it('creates, fills, lists and verifies a vault with the passphrase from the environment', async () => {
    const file = path.join(tempDir(), 'show.closedset');
    const env = { CLOSED_SET_PASSPHRASE: PASS };
    expect((await cli(['init', file], env)).status).toBe(EXIT.ok);
    expect(hasPlainHeader(file)).toBe(false);
    const demo = await cli(['demo', file], env);
    expect(demo.status).toBe(EXIT.ok);
    const list = await cli(['list', file], env);
    expect(list.status).toBe(EXIT.ok);
    expect(list.out).toHaveLength(2);
    for (const line of list.out) expect(line).toMatch(/^[0-9A-HJKMNP-TV-Z]{26} \S.*$/);
    expect(list.out.map((l) => l.slice(27))).toContain('The Lighthouse Keeper');
    const verify = await cli(['verify', file], env);
    expect(verify.status).toBe(EXIT.ok);
    expect(verify.out[0]).toMatch(/^ok .*integrity ok/);
  });

  it('reads only the first line of --passphrase-file, and takes a passphrase in any Unicode form as the same', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'show.closedset');
    // "café" typed as e + combining accent (NFD) and as one character (NFC) is one passphrase.
    const nfd = `cafe\u0301-harbour-lantern-${PASS}`;
    const withNotes = path.join(dir, 'pass.txt');
    writeFileSync(withNotes, `${nfd}\nnotes: kept in the production safe\n`);
    expect((await cli(['init', file, '--passphrase-file', withNotes])).status).toBe(EXIT.ok);
    const res = await cli(['list', file], { CLOSED_SET_PASSPHRASE: nfd.normalize('NFC') });
    expect(res.status).toBe(EXIT.ok);
  });

  it('says a wrong passphrase is wrong, in one line, with its own exit status', async () => {
    const file = path.join(tempDir(), 'show.closedset');
    await cli(['init', file], { CLOSED_SET_PASSPHRASE: PASS });
    const res = await cli(['list', file], { CLOSED_SET_PASSPHRASE: OTHER_PASS });
    expect(res.status).toBe(EXIT.wrongPassphrase);
    expect(res.err).toEqual([expect.stringMatching(/^closed-set: Wrong passphrase/)]);
  });

  it('never takes a passphrase from an argument, and asks for one only on a terminal', async () => {
    const file = path.join(tempDir(), 'show.closedset');
    const res = await cli(['init', file]);
    expect(res.status).toBe(EXIT.usage);
    expect(res.err[0]).toMatch(/CLOSED_SET_PASSPHRASE/);
    expect(existsSync(file)).toBe(false);
    const answers = [PASS, PASS];
    const prompted = await cli(['init', file], {}, async () => answers.shift() ?? '');
    expect(prompted.status).toBe(EXIT.ok);
  });

  it('reads the passphrase from a file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'show.closedset');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'pass.txt'), `${PASS}\n`);
    expect((await cli(['init', file, '--passphrase-file', path.join(dir, 'pass.txt')])).status).toBe(EXIT.ok);
    expect((await cli(['list', file], { CLOSED_SET_PASSPHRASE: PASS })).status).toBe(EXIT.ok);
  });

  it('changes the passphrase and writes verified backups', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'show.closedset');
    await cli(['demo', file], { CLOSED_SET_PASSPHRASE: PASS });
    const backup = await cli(['backup', file, path.join(dir, 'copy.closedset')], { CLOSED_SET_PASSPHRASE: PASS });
    expect(backup.status).toBe(EXIT.ok);
    expect(hasPlainHeader(path.join(dir, 'copy.closedset'))).toBe(false);
    const passwd = await cli(['passwd', file], { CLOSED_SET_PASSPHRASE: PASS, CLOSED_SET_NEW_PASSPHRASE: OTHER_PASS });
    expect(passwd.status).toBe(EXIT.ok);
    expect((await cli(['list', file], { CLOSED_SET_PASSPHRASE: PASS })).status).toBe(EXIT.wrongPassphrase);
    expect((await cli(['list', file], { CLOSED_SET_PASSPHRASE: OTHER_PASS })).out).toHaveLength(2);
    // The backup keeps the passphrase it was written under.
    expect((await cli(['list', path.join(dir, 'copy.closedset')], { CLOSED_SET_PASSPHRASE: PASS })).out).toHaveLength(
      2,
    );
  });

  it('refuses a weak new passphrase and keeps the old one', async () => {
    const file = path.join(tempDir(), 'show.closedset');
    await cli(['init', file], { CLOSED_SET_PASSPHRASE: PASS });
    const res = await cli(['passwd', file], { CLOSED_SET_PASSPHRASE: PASS, CLOSED_SET_NEW_PASSPHRASE: 'abc' });
    expect(res.status).toBe(EXIT.failure);
    expect(res.err[0]).toMatch(/too weak/);
    expect((await cli(['verify', file], { CLOSED_SET_PASSPHRASE: PASS })).status).toBe(EXIT.ok);
  });

  it('fails with a usage status on unknown commands and missing arguments', async () => {
    expect((await cli(['frobnicate'])).status).toBe(EXIT.usage);
    expect((await cli(['init'])).status).toBe(EXIT.usage);
  });
});
