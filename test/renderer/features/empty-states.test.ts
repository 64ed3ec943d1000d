import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every list that can be empty says so in words, never an empty table: each DataTable either has
 * its `empty` message or sits behind a check that shows one when there are no rows. Lists whose
 * rows are fixed (the shortcuts, a file's known columns) are named here with why.
 */

const FIXED: Record<string, string> = {
  'app/HelpOverlay.tsx': 'the keyboard shortcuts, a fixed list',
  'features/scenes/ImportBreakdown.tsx#1': "the breakdown file's known columns, a fixed list",
  'features/handoff/ImportPage.tsx#1': 'a conflict always names at least one field',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.tsx') ? [full] : [];
  });
}

const ROOT = path.resolve('renderer/src');
const GUARD = /\.length (===|>) 0|\.length\)|QueryContent[^>]*empty=|if \(\w+(\.\w+)*\.length === 0\) return/;

function uses(): { where: string; props: string; before: string }[] {
  const out: { where: string; props: string; before: string }[] = [];
  for (const file of files(ROOT)) {
    const text = readFileSync(file, 'utf8');
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    let n = 0;
    for (let at = text.indexOf('<DataTable'); at >= 0; at = text.indexOf('<DataTable', at + 1)) {
      n += 1;
      // The opening tag's props run to the first `>` that ends a line or opens the row renderer.
      const end = text.slice(at).search(/>\s*\n\s*\{\(/);
      out.push({
        where: `${rel}#${n}`,
        props: text.slice(at, at + (end < 0 ? 600 : end)),
        before: text.slice(Math.max(0, at - 400), at),
      });
    }
  }
  return out;
}

describe('empty states', () => {
  it('finds the tables it checks', () => {
    expect(uses().length).toBeGreaterThanOrEqual(15);
  });

  it('gives every list that can be empty a message instead of an empty table', () => {
    const missing = uses()
      .filter((u) => !(u.where in FIXED) && !(u.where.replace(/#1$/, '') in FIXED))
      .filter((u) => !/\bempty=/.test(u.props) && !GUARD.test(u.before))
      .map((u) => u.where);
    expect(missing).toEqual([]);
  });
});
