import { afterEach, describe, expect, it, vi } from 'vitest';

/** A browser tab's address bar and history: every entry it ever held, as a list of URLs. */
function fakeTab(url: string) {
  const entries = [new URL(url)];
  let at = 0;
  const store = new Map<string, string>();
  const move = (next: string | URL | null | undefined) => new URL(String(next ?? ''), entries[at]);
  const location = {
    get search() {
      return entries[at]?.search ?? '';
    },
    get pathname() {
      return entries[at]?.pathname ?? '/';
    },
    get hash() {
      return entries[at]?.hash ?? '';
    },
    get href() {
      return entries[at]?.href ?? '';
    },
  };
  const history = {
    state: null,
    pushState: (_s: unknown, _t: string, next?: string | URL | null) => {
      entries.splice(at + 1, entries.length, move(next));
      at += 1;
    },
    replaceState: (_s: unknown, _t: string, next?: string | URL | null) => {
      entries[at] = move(next);
    },
  };
  const sessionStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  };
  return { window: { location, history }, sessionStorage, entries: () => entries.map((e) => e.href), store };
}

afterEach(() => vi.unstubAllGlobals());

describe('the browser shell token in the address', () => {
  it('is taken out of the URL without leaving a history entry that holds it', async () => {
    const tab = fakeTab('http://127.0.0.1:4311/?token=secret-token-value&view=costume#/settings');
    vi.stubGlobal('window', tab.window);
    vi.stubGlobal('sessionStorage', tab.sessionStorage);
    const { takeToken } = await import('../../../renderer/src/lib/api');
    expect(takeToken()).toBe('secret-token-value');
    expect(tab.entries()).toEqual(['http://127.0.0.1:4311/?view=costume#/settings']);
    expect(tab.entries().join(' ')).not.toContain('secret-token-value');
    // A reload of the same tab finds it in sessionStorage, not in the address.
    expect(takeToken()).toBe('secret-token-value');
  });
});
