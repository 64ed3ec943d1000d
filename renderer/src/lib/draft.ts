import { useState } from 'react';
import { useUnsavedGuard } from './unsaved';

function same(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Moves a form's draft onto a newer saved record: a field the person has not touched takes the
 * new value, a field they are editing keeps their text, so one save never discards another's draft.
 */
export function rebaseDraft<T extends Record<string, unknown>>(draft: T, oldBase: T, newBase: T): T {
  const out = { ...newBase };
  for (const key of Object.keys(draft) as (keyof T)[]) {
    if (!same(draft[key], oldBase[key])) out[key] = draft[key];
  }
  return out;
}

/** The fields whose draft differs from the saved record, so a form knows it has unsaved text. */
export function dirtyFields<T extends Record<string, unknown>>(draft: T, base: T): (keyof T)[] {
  return (Object.keys(draft) as (keyof T)[]).filter((k) => !same(draft[k], base[k]));
}

/**
 * A form's draft of a record that outlives the record's refetches: when the saved record changes
 * the untouched fields follow it, and while the draft differs leaving the screen asks first.
 */
export function useDraft<T extends Record<string, unknown>>(base: T) {
  const [draft, setDraft] = useState<T>(base);
  const [saved, setSaved] = useState<T>(base);
  // Adjusted while rendering (React's pattern for state that follows a prop): a refetch with
  // equal values changes nothing, a changed record moves only the untouched fields.
  if (!same(saved, base)) {
    setSaved(base);
    setDraft((d) => rebaseDraft(d, saved, base));
  }
  const dirty = dirtyFields(draft, base).length > 0;
  useUnsavedGuard(dirty);
  return { draft, setDraft, dirty };
}
