import { describe, expect, it } from 'vitest';
import {
  type Autosaver,
  type AutosaveState,
  createAutosaver,
  flushAllAutosaves,
  trackAutosaver,
} from '../../../renderer/src/lib/autosave/autosave';

/** Manual timers: the test decides when the pause is over. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  return {
    timers: {
      set: (fn: () => void) => {
        pending.set(next, fn);
        return next++;
      },
      clear: (h: unknown) => void pending.delete(h as number),
    },
    fire: () => {
      const fns = [...pending.values()];
      pending.clear();
      for (const fn of fns) fn();
    },
    count: () => pending.size,
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('autosave', () => {
  it('saves the last value after the pause, once', async () => {
    const saved: string[] = [];
    const t = manualTimers();
    const s = createAutosaver<string>({ save: async (v) => void saved.push(v), timers: t.timers });
    s.change('D');
    s.change('De');
    s.change('Debrief');
    expect(t.count()).toBe(1);
    t.fire();
    await tick();
    expect(saved).toEqual(['Debrief']);
    expect(s.dirty).toBe(false);
  });

  it('saves at once on flush (blur, unmount, lock) without waiting for the pause', async () => {
    const saved: string[] = [];
    const t = manualTimers();
    const s = createAutosaver<string>({ save: async (v) => void saved.push(v), timers: t.timers });
    const untrack = trackAutosaver(s as Autosaver<unknown>);
    s.change('typed just before locking');
    await flushAllAutosaves();
    expect(saved).toEqual(['typed just before locking']);
    expect(t.count()).toBe(0);
    untrack();
    s.change('and before the screen closed');
    await flushAllAutosaves();
    expect(saved).toHaveLength(1);
    await s.flush();
    expect(saved).toEqual(['typed just before locking', 'and before the screen closed']);
  });

  it('keeps the text after a failed save and stores it on the next try', async () => {
    const saved: string[] = [];
    const states: AutosaveState['status'][] = [];
    let fail = true;
    const t = manualTimers();
    const s = createAutosaver<string>({
      save: async (v) => {
        if (fail) throw new Error('The vault is locked. Unlock it first.');
        saved.push(v);
      },
      timers: t.timers,
      onState: (st) => states.push(st.status),
    });
    s.change('Follow up with Ana on Friday');
    await s.flush();
    expect(s.dirty).toBe(true);
    expect(states.at(-1)).toBe('error');
    fail = false;
    await s.flush();
    expect(saved).toEqual(['Follow up with Ana on Friday']);
    expect(states.at(-1)).toBe('saved');
  });

  it('never lets an older save land after a newer one', async () => {
    const saved: string[] = [];
    let release: () => void = () => {};
    const t = manualTimers();
    const s = createAutosaver<string>({
      save: (v) =>
        new Promise<void>((resolve) => {
          release = () => {
            saved.push(v);
            resolve();
          };
        }),
      timers: t.timers,
    });
    s.change('first');
    const first = s.flush();
    s.change('second');
    const second = s.flush();
    release();
    await tick();
    release();
    await Promise.all([first, second]);
    expect(saved).toEqual(['first', 'second']);
  });
});
