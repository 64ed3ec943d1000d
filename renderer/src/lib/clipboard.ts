/** The part of `navigator.clipboard` (or Electron's clipboard) the helper needs. */
export interface ClipboardLike {
  writeText(text: string): Promise<void> | void;
  /** Optional: where reading is allowed, a value the user copied since is never wiped. */
  readText?(): Promise<string> | string;
}

let pending: { timer: ReturnType<typeof setTimeout>; value: string; clear: () => Promise<void> } | null = null;

/** Wipes a copied sensitive value now (on lock), if it is still waiting to be cleared. */
export async function clearSensitiveNow(): Promise<void> {
  await pending?.clear();
}

/**
 * Copies a sensitive value (a size, a phone number, a passphrase) and clears it from the clipboard
 * after `seconds`, as KeePassXC does, unless something else was copied meanwhile. A newer copy
 * replaces the pending clear. Returns a function that clears right away (e.g. on lock).
 */
export async function copySensitive(
  clipboard: ClipboardLike,
  value: string,
  seconds: number,
): Promise<() => Promise<void>> {
  if (pending) clearTimeout(pending.timer);
  await clipboard.writeText(value);
  const clear = async () => {
    if (pending?.value !== value) return;
    clearTimeout(pending.timer);
    pending = null;
    if (clipboard.readText) {
      try {
        if ((await clipboard.readText()) !== value) return;
      } catch {
        // Reading was refused (browsers ask first): clear anyway, a wiped clipboard is the safe side.
      }
    }
    await clipboard.writeText('');
  };
  pending = { timer: setTimeout(() => void clear(), seconds * 1000), value, clear };
  return clear;
}

/**
 * The page's own clipboard, write-only on purpose: reading asks the user for permission in a
 * browser, and a prompt popping up half a minute after a copy is worse than wiping a value copied
 * since. Chromium refuses clipboard writes while the window is not focused, so a clear that comes
 * due in the background waits for the window to come back.
 */
export const pageClipboard: ClipboardLike = {
  async writeText(text: string) {
    try {
      await navigator.clipboard.writeText(text);
    } catch (error) {
      if (text !== '') throw error;
      await new Promise<void>((resolve) => window.addEventListener('focus', () => resolve(), { once: true }));
      await navigator.clipboard.writeText('');
    }
  },
};
