import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { commands } from '../../shared/commands';
import { productionInput, unlockedCore } from '../helpers';

describe('the command table', () => {
  it('has a handler for every command and no handler without a command', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(commands).sort());
  });

  it('names the field at fault in a validation error', async () => {
    const { core } = await unlockedCore();
    const res = await core.handle('production.create', {
      ...productionInput(),
      title: '   ',
      timeZone: 'Mars/Olympus',
    });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('VALIDATION');
    expect(res.error.issues?.map((i) => i.path).sort()).toEqual(['timeZone', 'title']);
    expect(res.error.message).toMatch(/title: Title is required/);
  });

  it('refuses unknown fields, prototype-pollution keys and unknown commands', async () => {
    const { core } = await unlockedCore();
    const polluted = JSON.parse(`{"includeArchived": false, "__proto__": {"admin": true}}`);
    const res = await core.handle('production.list', polluted);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: '__proto__' }] } });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(await core.handle('production.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    expect(await core.handle('constructor', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
  });

  it('answers any input to any command with an envelope and leaves the vault unchanged', async () => {
    const { core } = await unlockedCore();
    await core.run('production.create', productionInput('Unchanged'));
    const before = JSON.stringify(await core.run('production.list', { includeArchived: true }));
    const safe = Object.keys(commands).filter(
      (n) =>
        !n.startsWith('vault.') &&
        !['production.create', 'production.update', 'production.archive', 'production.demo'].includes(n),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...safe), fc.anything(), async (name, input) => {
        const res = await core.handle(name, input);
        expect(typeof res.ok).toBe('boolean');
        if (!res.ok) expect(res.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    for (const name of ['production.create', 'production.update', 'production.archive']) {
      await fc.assert(
        fc.asyncProperty(fc.anything(), async (input) => {
          const res = await core.handle(name, input);
          expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        }),
        { numRuns: 200 },
      );
    }
    expect(JSON.stringify(await core.run('production.list', { includeArchived: true }))).toBe(before);
  });
});

describe('the costume view', () => {
  it("refuses a command outside it in the user's words, keeping the command for scripts in detail", async () => {
    const { core } = await unlockedCore();
    await core.run('session.setMode', { mode: 'costume' });
    const res = await core.handle('person.list', {});
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'RULE_VIOLATION', detail: { mode: 'costume', command: 'person.list' } },
    });
    if (res.ok) return;
    expect(res.error.message).toMatch(/^The costume view shows garment work only/);
    expect(res.error.message).not.toContain('person.list');
    expect((await core.handle('production.list', {})).ok).toBe(true);
  });
});

describe('productions', () => {
  it('are created, renamed, archived and restored', async () => {
    const { core } = await unlockedCore();
    const p = await core.run('production.create', productionInput('Night Shift'));
    expect(p).toMatchObject({ title: 'Night Shift', noticeHours: 48, archivedAt: null });
    const renamed = await core.run('production.update', { id: p.id, patch: { title: 'Night Shift (S2)' } });
    expect(renamed.title).toBe('Night Shift (S2)');
    expect(renamed.updatedAt >= p.updatedAt).toBe(true);
    await core.run('production.archive', { id: p.id, archived: true });
    expect(await core.run('production.list', {})).toEqual([]);
    expect((await core.run('production.list', { includeArchived: true }))[0]?.archivedAt).not.toBeNull();
    await core.run('production.archive', { id: p.id, archived: false });
    expect((await core.run('production.list', {})).map((x) => x.title)).toEqual(['Night Shift (S2)']);
  });

  it('refuses an end date before the start date, naming the field', async () => {
    const { core } = await unlockedCore();
    const res = await core.handle('production.create', {
      ...productionInput(),
      startDate: '2027-01-10',
      endDate: '2027-01-01',
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'endDate' }] } });
    const p = await core.run('production.create', productionInput());
    const patch = await core.handle('production.update', { id: p.id, patch: { endDate: '2026-01-01' } });
    expect(patch).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'patch.endDate' }] } });
  });

  it('reports an unknown id as not found', async () => {
    const { core } = await unlockedCore();
    const res = await core.handle('production.get', { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' });
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the production form schema', () => {
  it('reports dates out of order even while other fields are invalid', async () => {
    const { ProductionInput } = await import('../../shared/productions/schema');
    const res = ProductionInput.safeParse({
      ...productionInput(),
      title: '',
      startDate: '2027-02-01',
      endDate: '2027-01-01',
    });
    expect(res.success).toBe(false);
    expect(res.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['endDate', 'title']);
  });
});
