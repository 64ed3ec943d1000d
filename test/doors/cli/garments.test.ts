import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../../electron/cli/program';
import { PASS, tempDir } from '../../helpers';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, {
    env: { CLOSED_SET_PASSPHRASE: PASS, CLOSED_SET_HOME: tempDir() },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { status, out, err };
}

describe('garments on the CLI', () => {
  it('exports a pull list and imports stock all-or-nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'show.closedset');
    expect((await cli(['demo', file])).status).toBe(EXIT.ok);
    const csv = path.join(dir, 'pull.csv');
    const exported = await cli([
      'garments',
      'export',
      file,
      'The Lighthouse Keeper',
      'pull-list',
      csv,
      '--date',
      '2026-12-01',
    ]);
    expect(exported.status).toBe(EXIT.ok);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFFScene,Call,Performer')).toBe(true);
    expect(text).toContain('\r\n');

    const stock = path.join(dir, 'stock.csv');
    writeFileSync(stock, 'Code,Quantity\r\nDEMO-NC-SIL,12\r\nNO-SUCH,1\r\n');
    const bad = await cli(['garments', 'import', file, 'stock', stock, '--production', 'The Lighthouse Keeper']);
    expect(bad.status).toBe(EXIT.failure);
    expect(bad.out.join('\n')).toMatch(/row 3: Code: No variant with code "NO-SUCH"/);
    writeFileSync(stock, 'Code,Quantity\r\nDEMO-NC-SIL,12\r\n');
    const good = await cli(['garments', 'import', file, 'stock', stock, '--production', 'The Lighthouse Keeper']);
    expect(good.out.at(-1)).toMatch(/imported 1 rows/);
    const ledger = path.join(dir, 'ledger.csv');
    await cli(['garments', 'export', file, 'The Lighthouse Keeper', 'ledger', ledger]);
    expect(readFileSync(ledger, 'utf8').match(/DEMO-NC-SIL/g)?.length).toBe(4);
  });
});
