import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Core } from '../../electron/core/core';
import { type CommandName, commands } from '../../shared/commands';
import { ERROR_CODES } from '../../shared/kit/errors';
import { PASS, productionInput, unlockedCore } from '../helpers';

const NAMES = Object.keys(commands) as CommandName[];
const UNKNOWN_FIELD = 'notAFieldAnyCommandHas';

/** The top-level field names a command takes, read from its schema (so new commands are covered). */
function fieldsOf(name: CommandName): string[] {
  try {
    const schema = z.toJSONSchema(commands[name].input, { io: 'input', unrepresentable: 'any' }) as {
      properties?: Record<string, unknown>;
    };
    return Object.keys(schema.properties ?? {});
  } catch {
    return [];
  }
}

const sqlFragments = fc.constantFrom(
  "'; DROP TABLE scene; --",
  '1 OR 1=1',
  '" OR ""="',
  "x'); DELETE FROM person WHERE ('1'='1",
  'UNION SELECT * FROM sqlite_master',
  "PRAGMA key = 'x'",
  "ATTACH DATABASE '/tmp/pwn.db' AS pwn",
);
const badDates = fc.constantFrom(
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-12-01T25:61:00Z',
  'tomorrow',
  '1e309',
  '２０２６-１２-０１',
  '2026-12-01\u0000',
);
const hostileKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');
const huge = fc.constantFrom('x'.repeat(1_000_000), '\u{1F600}'.repeat(100_000), 'a\u0000b'.repeat(1000));
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withBigInt: false, withMap: false, withSet: false }),
  sqlFragments,
  badDates,
  huge,
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53 + 1, -1, 1e308),
  fc.constantFrom(null, undefined, true, [], {}, [[[[[]]]]]),
  fc.string({ unit: 'binary', maxLength: 200 }),
  hostileKeys.map((k) => JSON.parse(`{"${k}": {"polluted": true}}`) as unknown),
);

/** Inputs built on a command's own field names, with hostile values, unknown and pollution keys. */
function hostileInput(name: CommandName): fc.Arbitrary<unknown> {
  const fields = fieldsOf(name);
  const onFields =
    fields.length > 0
      ? fc.dictionary(fc.constantFrom(...fields), hostileValue, { minKeys: 1, maxKeys: fields.length })
      : fc.constant({});
  return fc.oneof(
    hostileValue,
    onFields,
    fc.tuple(onFields, hostileValue).map(([o, v]) => ({ ...(o as object), [UNKNOWN_FIELD]: v })),
    fc.tuple(onFields, hostileKeys).map(([o, k]) => {
      // Built as JSON text so "__proto__" is an own key, as it is when a request body is parsed.
      const body = JSON.stringify(o).slice(1, -1);
      return JSON.parse(`{${body}${body ? ',' : ''}"${k}": {"isAdmin": true}}`) as unknown;
    }),
  );
}

/** A digest of everything in the vault plus the names of the files beside it. */
function digest(core: Core, dir: string): string {
  const db = core.db();
  const hash = createHash('sha256');
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as {
    name: string;
  }[];
  for (const { name } of tables) {
    hash.update(`\n#${name}\n`);
    const rows = db
      .prepare(`SELECT * FROM "${name}"`)
      .all()
      .map((r) => JSON.stringify(r))
      .sort();
    for (const r of rows) hash.update(r);
  }
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => !/-(wal|shm|journal)$/.test(f))
    .sort();
  hash.update(files.join('\n'));
  return hash.digest('hex');
}

// Commands that manage files or the session (create, unlock, restore, lock, change passphrase...)
// only ever receive inputs that fail validation here: a valid random path could land anywhere.
// The demo's one valid input is `{}`; seeding a whole production on every hit only costs time.
const runsValidInput = (name: CommandName) =>
  !name.startsWith('vault.') && name !== 'production.demo' && !('whileLocked' in commands[name]);

describe('every command under hostile input', () => {
  it('covers the whole command table', () => {
    expect(NAMES.length).toBeGreaterThan(20);
    expect(
      NAMES.filter(
        (n) => fieldsOf(n).length === 0 && !/\.(list|status|lock|backup|settings|verify|owner|demo)/.test(n),
      ),
    ).toEqual([]);
  });

  it.each(NAMES)('%s answers with an envelope, names the field at fault, and changes nothing', async (name) => {
    const { core, dir } = await unlockedCore();
    const production = await core.run('production.create', productionInput('Fuzzed'));
    await core.run('person.create', { name: 'Rowan Vale', notes: 'Prefers a closed set' });
    let invalid = 0;
    await fc.assert(
      fc.asyncProperty(hostileInput(name), async (input) => {
        const parsed = commands[name].input.safeParse(input ?? {});
        if (parsed.success && !runsValidInput(name)) return;
        // Valid inputs may legitimately write (a setting, a record); refused ones must not.
        const before = parsed.success ? '' : digest(core, dir);
        const res = await core.handle(name, input);
        expect(typeof res.ok).toBe('boolean');
        if (!res.ok) {
          expect(ERROR_CODES).toContain(res.error.code);
          expect(res.error.code).not.toBe('INTERNAL');
          expect(res.error.message.length).toBeGreaterThan(0);
        }
        if (parsed.success) return;
        invalid++;
        expect(res.ok).toBe(false);
        if (res.ok) return;
        expect(res.error.code).toBe('VALIDATION');
        const named = (res.error.issues ?? []).map((i) => i.path);
        expect(named.length).toBeGreaterThan(0);
        // Every field the schema objects to is named, top-level key first.
        for (const issue of parsed.error.issues) {
          const top =
            issue.path.length > 0 ? issue.path[0] : issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
          if (top !== undefined)
            expect(named.some((p) => p === String(top) || p.startsWith(`${String(top)}.`))).toBe(true);
        }
        if (input && typeof input === 'object' && !Array.isArray(input) && Object.hasOwn(input, UNKNOWN_FIELD)) {
          expect(named).toContain(UNKNOWN_FIELD);
        }
        expect(digest(core, dir)).toBe(before);
      }),
      { numRuns: 60 },
    );
    expect(invalid).toBeGreaterThan(20);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Still up, still unlocked (unless the command itself locks), and the data is intact.
    if (name !== 'vault.lock') {
      expect((await core.run('production.get', { id: production.id })).title).toBe('Fuzzed');
    } else {
      expect(core.isUnlocked).toBe(true);
    }
    expect(path.basename(core.vault().file)).toBe('show.closedset');
    core.lock('user');
    // Locked, every command still answers with an envelope: validation first, then LOCKED.
    await fc.assert(
      fc.asyncProperty(hostileInput(name), async (input) => {
        const parsed = commands[name].input.safeParse(input ?? {});
        if (parsed.success && !runsValidInput(name)) return;
        const res = await core.handle(name, input);
        if (!res.ok) expect(res.error.code).not.toBe('INTERNAL');
        if (!parsed.success) expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      }),
      { numRuns: 15 },
    );
    expect(core.isUnlocked).toBe(false);
    await core.run('vault.unlock', { path: core.status().recent[0]?.path ?? '', passphrase: PASS });
  });
});
