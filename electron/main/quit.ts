import type { Result } from '../../shared/kit/errors';

/** What a command sent while the app is closing gets: a clear refusal, never a half-run write. */
export const CLOSING_RESULT: Result<never> = {
  ok: false,
  error: { code: 'LOCKED', message: 'Closed Set is closing: nothing was changed.' },
};

/**
 * Holds the quit until every command in flight has settled, so closing the app during a write lets
 * the write finish (or its transaction roll back) before the vault is locked and closed.
 */
export class QuitGuard {
  #inflight = new Set<Promise<unknown>>();
  #closing = false;
  #waiting = false;

  /** True once a quit has been asked for: new commands are refused from then on. */
  get closing(): boolean {
    return this.#closing;
  }

  /** Runs a command, remembered until it settles. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const pending = work();
    this.#inflight.add(pending);
    const drop = () => {
      this.#inflight.delete(pending);
    };
    pending.then(drop, drop);
    return pending;
  }

  /**
   * For `before-quit`: true when nothing is in flight and the app may close now; otherwise false
   * (the caller cancels this quit) and `quitAgain` runs once the work in flight has settled.
   */
  mayQuit(quitAgain: () => void): boolean {
    this.#closing = true;
    if (this.#inflight.size === 0) return true;
    if (!this.#waiting) {
      this.#waiting = true;
      void Promise.allSettled([...this.#inflight]).then(() => {
        this.#waiting = false;
        quitAgain();
      });
    }
    return false;
  }
}
