import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  emptyUndo,
  inversePatch,
  MAX_UNDO,
  pushUndo,
  settleUndo,
  takeUndo,
  UndoStack,
} from '../../../renderer/src/lib/undo/undo';
import { entryFor } from '../../../renderer/src/lib/undo/undoable';

/** A fake record store behind "commands", to see undo run the inverse through them. */
function store() {
  const calls: string[] = [];
  const scene = { number: '12A', location: 'Cottage', deleted: false };
  return {
    calls,
    scene,
    update: async (patch: Partial<typeof scene>) => {
      calls.push(`update ${JSON.stringify(patch)}`);
      Object.assign(scene, patch);
    },
    setDeleted: async (deleted: boolean) => {
      calls.push(`delete ${deleted}`);
      scene.deleted = deleted;
    },
  };
}

describe('the undo stack', () => {
  it('undoes the newest action first through its inverse command, and can redo it', async () => {
    const s = store();
    const stack = new UndoStack();
    const before = { ...s.scene };
    await s.update({ location: 'Boathouse' });
    stack.push({
      label: 'Location changed',
      undo: () => s.update(inversePatch(before, { location: 'Boathouse' })),
      redo: () => s.update({ location: 'Boathouse' }),
    });
    await s.setDeleted(true);
    stack.push({ label: 'Scene 12A deleted', undo: () => s.setDeleted(false), redo: () => s.setDeleted(true) });

    expect((await stack.undo())?.label).toBe('Scene 12A deleted');
    expect(s.scene.deleted).toBe(false);
    expect((await stack.undo())?.label).toBe('Location changed');
    expect(s.scene.location).toBe('Cottage');
    expect(await stack.undo()).toBeNull();
    expect(canRedo(stack.state)).toBe(true);
    await stack.redo();
    expect(s.scene.location).toBe('Boathouse');
    expect(s.calls).toEqual([
      'update {"location":"Boathouse"}',
      'delete true',
      'delete false',
      'update {"location":"Cottage"}',
      'update {"location":"Boathouse"}',
    ]);
  });

  it('keeps an entry whose inverse failed, so the user can try again', async () => {
    const stack = new UndoStack();
    let fail = true;
    stack.push({
      label: 'Scene deleted',
      undo: async () => {
        if (fail) throw new Error('Scene 12A already exists in this production');
      },
    });
    await expect(stack.undo()).rejects.toThrow('already exists');
    expect(canUndo(stack.state)).toBe(true);
    fail = false;
    expect((await stack.undo())?.label).toBe('Scene deleted');
    expect(canUndo(stack.state)).toBe(false);
  });

  it('undoes a named older entry from its toast, leaving the newer ones in place', async () => {
    const done: string[] = [];
    const stack = new UndoStack();
    const first = stack.push({ label: 'first', undo: async () => void done.push('first') });
    stack.push({ label: 'second', undo: async () => void done.push('second') });
    await stack.undo(first.id);
    expect(done).toEqual(['first']);
    expect(stack.state.past.map((e) => e.label)).toEqual(['second']);
  });

  it('refuses a second undo while one is running, and a new action clears redo', () => {
    let s = emptyUndo();
    s = pushUndo(s, { label: 'a', undo: async () => {}, redo: async () => {}, at: 0 }).state;
    const taken = takeUndo(s);
    expect(taken.entry?.label).toBe('a');
    expect(takeUndo(taken.state).entry).toBeNull();
    s = settleUndo(taken.state, taken.entry ?? (null as never), true);
    expect(canRedo(s)).toBe(true);
    s = pushUndo(s, { label: 'b', undo: async () => {}, at: 1 }).state;
    expect(canRedo(s)).toBe(false);
  });

  it('keeps the newest actions only, and forgets everything on clear (lock)', () => {
    const stack = new UndoStack();
    for (let i = 0; i < MAX_UNDO + 5; i++) stack.push({ label: `${i}`, undo: async () => {} });
    expect(stack.state.past).toHaveLength(MAX_UNDO);
    expect(stack.state.past[0]?.label).toBe('5');
    const seen: number[] = [];
    stack.subscribe((st) => seen.push(st.past.length));
    stack.clear();
    expect(seen).toEqual([0]);
    expect(canUndo(stack.state)).toBe(false);
  });

  it('inverts only the fields an edit changed, with the values the screen had', () => {
    const before = { title: 'Night Shift', company: 'Harbour', closedSet: ['A'] };
    expect(inversePatch(before, { title: 'Night Shift II' })).toEqual({ title: 'Night Shift' });
    expect(inversePatch(before, { title: 'Night Shift', company: 'Tide' })).toEqual({ company: 'Harbour' });
    expect(inversePatch(before, { closedSet: ['A', 'B'] })).toEqual({ closedSet: ['A'] });
  });
});

describe('undoable actions', () => {
  it('undoes a create through its result, and redoes it as a restore rather than a second copy', async () => {
    const rows = new Map<string, { deleted: boolean }>();
    let created = 0;
    const action = {
      label: (id: string) => `Scene ${id} added`,
      refresh: ['scene.list'] as const,
      run: async () => {
        created += 1;
        const id = `s${created}`;
        rows.set(id, { deleted: false });
        return id;
      },
      undo: async (id: string) => {
        rows.set(id, { deleted: true });
      },
      redo: async (id: string) => {
        rows.set(id, { deleted: false });
      },
    };
    const id = await action.run();
    const stack = new UndoStack();
    stack.push(entryFor(action, id));
    expect(stack.state.past[0]?.label).toBe('Scene s1 added');
    await stack.undo();
    expect(rows.get('s1')).toEqual({ deleted: true });
    await stack.redo();
    expect(rows.get('s1')).toEqual({ deleted: false });
    expect(created).toBe(1);
  });

  it('redoes an update by running it again when no redo is given', async () => {
    const s = store();
    const action = {
      label: 'Location changed',
      refresh: ['scene.get'] as const,
      run: () => s.update({ location: 'Barn' }),
      undo: () => s.update({ location: 'Cottage' }),
    };
    await action.run();
    const stack = new UndoStack();
    stack.push(entryFor(action, undefined));
    await stack.undo();
    await stack.redo();
    expect(s.calls).toEqual([
      'update {"location":"Barn"}',
      'update {"location":"Cottage"}',
      'update {"location":"Barn"}',
    ]);
    expect(s.scene.location).toBe('Barn');
  });
});

describe('forgetting one record', () => {
  it("takes only that record's entries off the stack, both ways", async () => {
    const stack = new UndoStack();
    const done: string[] = [];
    stack.push({ label: 'rider created', scope: 'rider:1', undo: async () => void done.push('discard') });
    stack.push({ label: 'scene edited', undo: async () => void done.push('scene back') });
    stack.push({
      label: 'rider saved',
      scope: 'rider:1',
      undo: async () => void done.push('terms back'),
      redo: async () => {},
    });
    await stack.undo();
    expect(canRedo(stack.state)).toBe(true);
    stack.forget('rider:1');
    expect(stack.state.past.map((e) => e.label)).toEqual(['scene edited']);
    expect(canRedo(stack.state)).toBe(false);
    await stack.undo();
    expect(await stack.undo()).toBeNull();
    expect(done).toEqual(['terms back', 'scene back']);
  });
});
