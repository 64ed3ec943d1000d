import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakLongWords } from '../../../../electron/core/handoff/pdf/layout';
import { productionInput, tempDir, unlockedCore } from '../../../helpers';

describe('a binder lays out an overlong word in time linear in its length', () => {
  it('gives a word longer than a line break opportunities, and leaves ordinary words alone', () => {
    expect(breakLongWords('a quiet harbour, twice')).toBe('a quiet harbour, twice');
    const broken = breakLongWords(`x ${'ab'.repeat(50)} y`);
    expect(broken.replaceAll('\u200b', '')).toBe(`x ${'ab'.repeat(50)} y`);
    expect(broken.split('\u200b')).toHaveLength(5);
  });

  it('renders a scene whose story context is one 20,000-character word', async () => {
    const { core } = await unlockedCore();
    const production = await core.run('production.create', productionInput());
    const word = `Q${'harbourlight'.repeat(1666)}Z`.slice(0, 20_000);
    await core.run('scene.create', { productionId: production.id, number: '7', storyContext: word });
    const file = path.join(tempDir(), 'long.pdf');
    const result = await core.run('handoff.export', {
      productionId: production.id,
      format: 'pdf',
      recipient: 'Rowan Pike',
      path: file,
    });
    expect(existsSync(file)).toBe(true);
    expect(result.pages).toBeGreaterThan(1);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    // The word comes back whole once line breaks (and the zero-width breaks), page feet and heads are taken out.
    const body = text
      .split('\n')
      .filter((line) => !/Confidential|Page \d+ of|Night Shift ·/.test(line))
      .join('');
    expect(body.replace(/[\s\u200b]+/g, '')).toContain(word);
  }, 20_000);
});
