import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../../electron/cli/program';
import { askHidden, EndOfInput } from '../../../electron/cli/prompt';
import { tempDir } from '../../helpers';

async function cli(args: string[], prompt?: (q: string) => Promise<string>) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, {
    env: { CLOSED_SET_HOME: path.join(tempDir(), 'home') },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    prompt,
  });
  return { status, out, err };
}

describe('CLI usage errors and the end of input', () => {
  it.each([
    [['frobnicate'], /^closed-set: unknown command 'frobnicate'$/],
    [['verfy', 'x.closedset'], /^closed-set: unknown command 'verfy' \(Did you mean verify\?\)$/],
    [['init'], /^closed-set: missing required argument 'vault'$/],
    [['list', 'x.closedset', '--bogus'], /^closed-set: unknown option '--bogus'$/],
    [['verify', 'x.closedset', '--against'], /^closed-set: option '--against <anchor>' argument missing$/],
    [[], /^closed-set: no command given/],
  ])('%j prints exactly one closed-set: line on stderr and exits 2', async (args, line) => {
    const res = await cli(args);
    expect(res.status).toBe(EXIT.usage);
    expect(res.err).toHaveLength(1);
    expect(res.err[0]).toMatch(line);
    expect(res.out).toEqual([]);
  });

  it('exits 2 with a message when the passphrase prompt meets the end of input (Ctrl-D)', async () => {
    const file = path.join(tempDir(), 'show.closedset');
    const res = await cli(['init', file], () => Promise.reject(new EndOfInput()));
    expect(res.status).toBe(EXIT.usage);
    expect(res.err).toEqual(['closed-set: no passphrase given (end of input)']);
  });

  it('the terminal prompt rejects with EndOfInput when input ends before a line, and never echoes', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const shown: string[] = [];
    output.on('data', (c) => shown.push(String(c)));
    const asked = askHidden('Vault passphrase: ', input, output);
    input.end();
    await expect(asked).rejects.toBeInstanceOf(EndOfInput);

    const input2 = new PassThrough();
    const answer = askHidden('Vault passphrase: ', input2, output);
    input2.write('secret words here\n');
    await expect(answer).resolves.toBe('secret words here');
    expect(shown.join('')).toContain('Vault passphrase: ');
    expect(shown.join('')).not.toContain('secret');
  });
});
