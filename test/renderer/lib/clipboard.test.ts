import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearSensitiveNow, copySensitive } from '../../../renderer/src/lib/clipboard';

interface FakeBoard {
  text: string;
  writeText: (t: string) => void;
  readText: () => string;
}

function fakeClipboard(readable = true): FakeBoard {
  const board: FakeBoard = {
    text: '',
    writeText: (t: string) => {
      board.text = t;
    },
    readText: readable
      ? () => board.text
      : () => {
          throw new Error('NotAllowedError');
        },
  };
  return board;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('copying a sensitive value', () => {
  it('clears it from the clipboard after the set time, not before', async () => {
    const board = fakeClipboard();
    await copySensitive(board, '34B / 28 / 36', 30);
    expect(board.text).toBe('34B / 28 / 36');
    await vi.advanceTimersByTimeAsync(29_000);
    expect(board.text).toBe('34B / 28 / 36');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(board.text).toBe('');
  });

  it('leaves alone what the user copied since', async () => {
    const board = fakeClipboard();
    await copySensitive(board, '+1 604 555 0142', 10);
    board.writeText('a call sheet line the user copied');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(board.text).toBe('a call sheet line the user copied');
  });

  it('clears even where reading the clipboard is refused', async () => {
    const board = fakeClipboard(false);
    await copySensitive(board, 'latex allergy', 5);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(board.text).toBe('');
  });

  it('lets a newer copy restart the clock, and clears at once when asked (on lock)', async () => {
    const board = fakeClipboard();
    await copySensitive(board, 'first', 10);
    await vi.advanceTimersByTimeAsync(8_000);
    const clearNow = await copySensitive(board, 'second', 10);
    await vi.advanceTimersByTimeAsync(8_000);
    expect(board.text).toBe('second');
    await clearNow();
    expect(board.text).toBe('');
  });

  it('is wiped by the lock without the copy handle, and a clear that already ran does nothing more', async () => {
    const board = fakeClipboard();
    await copySensitive(board, 'Unit 4, 12 Harbour Road', 30);
    await clearSensitiveNow();
    expect(board.text).toBe('');
    board.writeText('copied by the user later');
    await clearSensitiveNow();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(board.text).toBe('copied by the user later');
  });
});
