import { describe, expect, it } from 'vitest';
import { dirtyFields, rebaseDraft } from '../../../renderer/src/lib/draft';
import { LEAVE_QUESTION, UnsavedRegistry } from '../../../renderer/src/lib/unsaved';

describe('a form draft over a record that is saved elsewhere', () => {
  const before = { storyContext: '', directorIntent: '', closedSet: '', pages: '1' };

  it('keeps the text being typed when another save refetches the record', () => {
    const draft = { ...before, storyContext: 'They reconcile.', closedSet: 'Director\nDP' };
    const after = { ...before, pages: '1 3/8' };
    expect(rebaseDraft(draft, before, after)).toEqual({
      storyContext: 'They reconcile.',
      directorIntent: '',
      closedSet: 'Director\nDP',
      pages: '1 3/8',
    });
  });

  it('lets an untouched field follow the saved record, and knows which fields are unsaved', () => {
    const draft = { ...before, directorIntent: 'Warmth' };
    const after = { ...before, storyContext: 'Undone back' };
    const next = rebaseDraft(draft, before, after);
    expect(next.storyContext).toBe('Undone back');
    expect(dirtyFields(next, after)).toEqual(['directorIntent']);
    expect(dirtyFields(after, after)).toEqual([]);
  });
});

describe('leaving unsaved changes', () => {
  it('asks only while a form is dirty, and stays when the person says no', () => {
    const registry = new UnsavedRegistry();
    const asked: string[] = [];
    const no = (q: string) => {
      asked.push(q);
      return false;
    };
    expect(registry.mayLeave(no)).toBe(true);
    expect(asked).toEqual([]);
    const id = Symbol('form');
    registry.add(id);
    expect(registry.mayLeave(no)).toBe(false);
    expect(registry.mayLeave(() => true)).toBe(true);
    expect(asked).toEqual([LEAVE_QUESTION]);
    registry.delete(id);
    expect(registry.mayLeave(no)).toBe(true);
  });
});
