import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every moment that belongs to a production is shown on the production's clock: each
 * `formatInstant(` call in the renderer passes the production's time zone. Only screens about the
 * whole vault, whose moments belong to no production, may fall back to this device's zone (still
 * named); they are listed here with why.
 */
const DEVICE_ZONE: Record<string, string> = {
  // Deleted items from every production and the vault itself, in one list.
  'features/trash/RecentlyDeletedPage.tsx': 'vault-wide list of deleted items',
  // Backups are copies of the whole vault.
  'features/vault/BackupsSection.tsx': 'vault backups',
  'features/vault/RestoreBackupForm.tsx': 'vault backups',
  'features/vault/DamagedVault.tsx': 'vault backups, offered before any production can be read',
  // The vault picker, before a vault is open.
  'features/vault/RecentVaults.tsx': 'recently opened vaults',
};

const ROOT = path.resolve('renderer/src');
const DEFINITION = 'lib/format.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(full) ? [full] : [];
  });
}

/** The top-level arguments of each `formatInstant(` call in a source text. */
function instantCalls(text: string): string[][] {
  const calls: string[][] = [];
  let from = text.indexOf('formatInstant(');
  while (from !== -1) {
    const args: string[] = [];
    let depth = 0;
    let current = '';
    for (let i = from + 'formatInstant('.length; i < text.length; i++) {
      const ch = text.charAt(i);
      if (depth === 0 && ch === ')') break;
      if (depth === 0 && ch === ',') {
        args.push(current.trim());
        current = '';
        continue;
      }
      if ('([{'.includes(ch)) depth++;
      if (')]}'.includes(ch)) depth--;
      current += ch;
    }
    if (current.trim()) args.push(current.trim());
    calls.push(args);
    from = text.indexOf('formatInstant(', from + 1);
  }
  return calls;
}

function withoutZone(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of files(ROOT)) {
    const where = path.relative(ROOT, file).split(path.sep).join('/');
    if (where === DEFINITION) continue;
    const bare = instantCalls(readFileSync(file, 'utf8')).filter((args) => args.length < 2);
    if (bare.length > 0)
      found.set(
        where,
        bare.map((args) => args.join(', ')),
      );
  }
  return found;
}

describe('moments on the production clock', () => {
  it('counts only top-level arguments, so a nested call is not taken for a time zone', () => {
    expect(instantCalls('formatInstant(v.at)')).toEqual([['v.at']]);
    expect(instantCalls('formatInstant(pick(a, b))')).toEqual([['pick(a, b)']]);
    expect(instantCalls('formatInstant(c.at, production.data?.timeZone)')).toEqual([
      ['c.at', 'production.data?.timeZone'],
    ]);
  });

  it("passes the production's time zone everywhere except the vault-wide screens", () => {
    const offenders = [...withoutZone()]
      .filter(([where]) => !(where in DEVICE_ZONE))
      .map(([where, calls]) => `${where}: formatInstant(${calls.join('), formatInstant(')})`);
    expect(offenders).toEqual([]);
  });

  it('lists only screens that still show the device zone, so the list cannot go stale', () => {
    const bare = withoutZone();
    expect(Object.keys(DEVICE_ZONE).filter((where) => !bare.has(where))).toEqual([]);
  });
});
