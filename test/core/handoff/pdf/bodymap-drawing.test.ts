import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARK_FILL } from '../../../../electron/core/handoff/pdf/bodymap-drawing';
import { tempDir, unlockedCore } from '../../../helpers';
import { plantedProduction } from '../fixture';

/** Pixels of a rendered page (binary PPM from pdftoppm) within a small distance of a colour. */
function countColour(ppm: Buffer, hex: string): number {
  // Header: "P6\n<w> <h>\n255\n", then RGB triples.
  const header = ppm
    .subarray(0, 40)
    .toString('latin1')
    .match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header) throw new Error('not a binary PPM');
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let n = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
    if (Math.abs((ppm[i] ?? 0) - r) + Math.abs((ppm[i + 1] ?? 0) - g) + Math.abs((ppm[i + 2] ?? 0) - b) < 12) n++;
  }
  return n;
}

describe('the body map in the full binder', () => {
  it('is drawn as vector shapes coloured by each area’s mark, next to the areas in words', async () => {
    const { core } = await unlockedCore();
    const { production } = await plantedProduction(core);
    const file = path.join(tempDir(), 'full.pdf');
    const { pages } = await core.run('handoff.export', {
      productionId: production.id,
      format: 'pdf',
      cut: 'full',
      recipient: 'Incoming IC',
      path: file,
    });
    let page = 0;
    for (let i = 1; i <= (pages ?? 0) && page === 0; i++) {
      const text = execFileSync('pdftotext', ['-f', String(i), '-l', String(i), file, '-'], { encoding: 'utf8' });
      if (text.includes('BREAK SIGNAL')) page = i;
    }
    expect(page).toBeGreaterThan(0);
    const text = execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
      encoding: 'utf8',
    });
    expect(text).toMatch(/NEVER\s+Breasts, Buttocks/);
    expect(text).toContain('FRONT');
    expect(text).toContain('Not yet discussed');
    const prefix = path.join(tempDir(), 'page');
    execFileSync('pdftoppm', ['-r', '50', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
    const ppm = readFileSync(`${prefix}.ppm`);
    // Performer 1 has areas marked ok, ask first and never: each colour covers real area, not a swatch.
    for (const mark of ['ok', 'ask', 'never'] as const)
      expect(countColour(ppm, MARK_FILL[mark]), mark).toBeGreaterThan(60);
  });
});
