import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaveUnsavedPrompt, mayUnload } from '../../../electron/main/dialogs';

describe('closing the window with unsaved changes', () => {
  it('asks, with "Stay" the default and the answer to Escape, so a stray key loses nothing', () => {
    const prompt = leaveUnsavedPrompt();
    expect(prompt.message).toContain('unsaved changes');
    expect(prompt.defaultId).toBe(prompt.cancelId);
    expect(prompt.buttons?.[prompt.defaultId ?? -1]).toBe('Stay');
    expect(mayUnload(prompt.defaultId ?? -1)).toBe(false);
    expect(mayUnload(prompt.cancelId ?? -1)).toBe(false);
  });

  it('unloads only on "Leave without saving"', () => {
    const buttons = leaveUnsavedPrompt().buttons ?? [];
    expect(buttons.filter((_, i) => mayUnload(i))).toEqual(['Leave without saving']);
  });

  it('is wired to the window: will-prevent-unload asks with this prompt and unloads only on leave', () => {
    const main = readFileSync(path.resolve('electron/main/index.ts'), 'utf8');
    const handler = /contents\.on\('will-prevent-unload',[\s\S]*?\n {2}\}\);/.exec(main)?.[0] ?? '';
    expect(handler).toContain('leaveUnsavedPrompt()');
    expect(handler).toMatch(/if \(mayUnload\([\s\S]*\)\) event\.preventDefault\(\)/);
  });
});
