import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, parseCsv, toCsv } from '../../../electron/core/kit/csv';
import { garmentFixture } from './fixture';

describe('CSV writing', () => {
  it('quotes, guards formulas, and writes BOM + CRLF', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const start of ['+', '-', '@', '\t']) expect(csvCell(`${start}1`).includes(`'${start}1`)).toBe(true);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    const file = toCsv(
      ['Name', 'Note'],
      [
        ['Ana', '=1+1'],
        ['Ben', 'ok'],
      ],
    );
    expect(file.startsWith(BOM)).toBe(true);
    expect(file).toBe(`${BOM}Name,Note\r\nAna,'=1+1\r\nBen,ok\r\n`);
  });

  it('round-trips through a CSV parser', () => {
    const values = ['Ana, "Nan" Ferreira', 'line\r\nbreak', 'Zoë', '  padded  '];
    const parsed = Papa.parse<string[]>(
      toCsv(
        ['v'],
        values.map((v) => [v]),
      ).slice(1),
      { skipEmptyLines: true },
    );
    expect(parsed.data.slice(1).map((r) => r[0])).toEqual(values);
  });

  it('parses a spreadsheet export with BOM and odd header spelling', () => {
    const parsed = parseCsv(`${BOM}Code,Unit Cost\r\nA1,"1,060.00"\r\n\r\n`);
    expect(parsed.rows).toEqual([{ line: 2, values: { code: 'A1', unitcost: '1,060.00' } }]);
  });
});

describe('catalog and stock CSV import', () => {
  it('previews with per-row errors and imports nothing while any row is wrong', async () => {
    const { core } = await garmentFixture();
    const csv = [
      'Type,Code,Size,Skin tone,Care,Supplier,Unit cost,Currency,Reorder threshold',
      'Pouch,PCH-M,M,Tan,washable,Second Skin Supply,18.50,USD,3',
      'Pouch,PCH-L,L,Tan,washable,Second Skin Supply,18.5x,USD,3',
      'Cape,CPE-1,,,washable,,1,USD,0',
      'Nipple cover,NC-SIL,,,single-use,Second Skin Supply,7.00,USD,6',
    ].join('\r\n');
    const preview = await core.run('garment.importPreview', { kind: 'catalog', csv });
    expect(preview.rows.map((r) => [r.line, r.action, r.errors.map((e) => e.column)])).toEqual([
      [2, 'add', []],
      [3, 'add', ['Unit cost']],
      [4, 'add', ['Type']],
      [5, 'update', []],
    ]);
    const res = await core.handle('garment.import', { kind: 'catalog', csv });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: /2 problems; nothing was imported/ },
    });
    expect((await core.run('garment.variantList', {})).some((v) => v.code === 'PCH-M')).toBe(false);

    const fixed = csv
      .split('\r\n')
      .filter((_, i) => i !== 2 && i !== 3)
      .join('\r\n');
    const done = await core.run('garment.import', { kind: 'catalog', csv: fixed });
    expect(done.imported).toBe(2);
    const variants = await core.run('garment.variantList', {});
    expect(variants.find((v) => v.code === 'PCH-M')).toMatchObject({ unitCostMinor: 1850, reorderThreshold: 3 });
    expect(variants.find((v) => v.code === 'NC-SIL')).toMatchObject({ unitCostMinor: 700, reorderThreshold: 6 });
  });

  it('imports received stock or a stock take all-or-nothing', async () => {
    const { core, productionId } = await garmentFixture();
    const bad = 'Code,Quantity\r\nTHG-M-TAN,4\r\nNOPE,2\r\nTAPE-25,0';
    const preview = await core.run('garment.importPreview', { kind: 'stock', productionId, csv: bad });
    expect(preview.errorCount).toBe(2);
    await expect(core.run('garment.import', { kind: 'stock', productionId, csv: bad })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(await core.run('stock.ledger', { productionId })).toEqual([]);
    await core.run('garment.import', { kind: 'stock', productionId, csv: 'Code,Quantity\r\nTHG-M-TAN,4\r\nTAPE-25,2' });
    await core.run('garment.import', {
      kind: 'stock',
      productionId,
      csv: 'code,counted,note\r\nTHG-M-TAN,3,Truck count',
    });
    const stock = await core.run('stock.list', { productionId });
    expect(stock.find((s) => s.variant.code === 'THG-M-TAN')?.figures.onHand).toBe(3);
    expect(stock.find((s) => s.variant.code === 'TAPE-25')?.figures.onHand).toBe(2);
  });
});

describe('CSV export', () => {
  it('exports stock, the ledger and a pull list that parse back cleanly', async () => {
    const { core, productionId, ana, scene1, thongM } = await garmentFixture();
    await core.run('stock.record', {
      kind: 'received',
      productionId,
      variantId: thongM,
      quantity: 2,
      note: '=cmd|calc',
    });
    await core.run('garment.needSet', { sceneId: scene1, personId: ana, variantId: thongM, quantity: 1 });
    const ledger = await core.run('stock.exportCsv', { productionId, what: 'ledger' });
    expect(ledger.filename).toBe('Night Shift stock ledger.csv');
    expect(ledger.csv.startsWith(BOM)).toBe(true);
    expect(ledger.csv).toContain("'=cmd|calc");
    expect(ledger.csv.split('\r\n')).toHaveLength(3);
    const stock = parseCsv((await core.run('stock.exportCsv', { productionId, what: 'stock' })).csv);
    expect(stock.rows.find((r) => r.values.code === 'THG-M-TAN')?.values).toMatchObject({
      onhand: '2',
      unitcost: '24.00',
    });
    const pull = parseCsv(
      (await core.run('stock.exportCsv', { productionId, what: 'pull-list', date: '2026-12-03' })).csv,
    );
    expect(pull.rows.map((r) => [r.values.scene, r.values.performer, r.values.topull])).toEqual([
      ['12', 'Ana Ferreira', '1'],
    ]);
    await expect(core.run('stock.exportCsv', { productionId, what: 'pull-list' })).rejects.toMatchObject({
      issues: [{ path: 'date' }],
    });
  });
});
