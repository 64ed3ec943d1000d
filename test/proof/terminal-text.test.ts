import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/program';
import { KeyMaterial, openKeyed } from '../../electron/core/vault/connection';
import { PASS, productionInput, tempDir, unlockedCore } from '../helpers';

const HOSTILE = 'Night \u001b[31mShift\u0007';

describe('imported text and terminal output: no control characters reach the terminal', () => {
  it('an imported JSON export whose title holds an escape sequence and a bell is refused, naming the field', async () => {
    const { core } = await unlockedCore();
    const p = await core.run('production.create', productionInput());
    const file = path.join(tempDir(), 'export.json');
    await core.run('handoff.export', { productionId: p.id, format: 'json', recipient: 'Archive', path: file });
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { production: { title: string } };
    doc.production.title = HOSTILE;
    writeFileSync(file, JSON.stringify(doc));
    await expect(core.run('handoff.inspect', { path: file })).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'production.title' }],
    });
    // The same title is refused by the command that would set it.
    await expect(core.run('production.update', { id: p.id, patch: { title: HOSTILE } })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('the CLI prints a title that holds control characters escaped, never raw', async () => {
    const { core, file } = await unlockedCore();
    const p = await core.run('production.create', productionInput());
    core.lock('user');
    // A vault written outside the app (or before the rule): the text is already stored.
    const key = new KeyMaterial(PASS);
    const db = openKeyed(file, key, { mustExist: true });
    db.prepare('UPDATE production SET title = ? WHERE id = ?').run(HOSTILE, p.id);
    db.close();
    key.wipe();
    const lines: string[] = [];
    const status = await runCli(['list', file], {
      env: { CLOSED_SET_PASSPHRASE: PASS, CLOSED_SET_HOME: path.join(tempDir(), 'h') },
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
    });
    expect(status).toBe(0);
    const printed = lines.join('\n');
    expect(printed).toContain('Night \\u001b[31mShift\\u0007');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters that must not be printed
    expect(printed).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });

  it('terminalSafe keeps text, tabs and new lines, and escapes C0 and C1 controls', () => {
    expect(terminalSafe('Łucja\tWróbel\nnext')).toBe('Łucja\tWróbel\nnext');
    expect(terminalSafe('a\u009b2Jb\r')).toBe('a\\u009b2Jb\\u000d');
  });
});
