/*
 * The palette searches as you type: the query lags the input (a short debounce), and while the new
 * query runs the previous results stay on screen (no flicker). Enter must never open one of those
 * previous results: a fast "type, Enter" waits for the results of what was typed, then opens the top one.
 */

export interface SearchState {
  /** What is in the search field now. */
  input: string;
  /** The query the search was last asked for (the debounced input, trimmed). */
  query: string;
  /** Results are on hand for some query. */
  hasData: boolean;
  /** The results on hand are a previous query's, kept on screen while `query` runs. */
  isPrevious: boolean;
}

/** Whether the results on screen answer what is in the field now. */
export function resultsAreCurrent(s: SearchState): boolean {
  const typed = s.input.trim();
  if (typed !== s.query) return false;
  if (typed === '') return true;
  return s.hasData && !s.isPrevious;
}

/** What Enter does: act on the focused item now, or wait for the current query's results. */
export function onEnter(s: SearchState): 'act' | 'wait' {
  return resultsAreCurrent(s) ? 'act' : 'wait';
}

/**
 * For an Enter that waited: once the results are current, the entry to open (the top one, as the
 * palette focuses it), or null when nothing matched; undefined while still waiting.
 */
export function enterTarget<E>(s: SearchState, results: readonly E[], places: readonly E[]): E | null | undefined {
  if (!resultsAreCurrent(s)) return undefined;
  return results[0] ?? places[0] ?? null;
}

/**
 * What an Enter in the field does, given whether the menu's virtual focus is on an item that is
 * still on screen: after the query changed, the focus may point at a previous result that is gone,
 * and Enter must then open the top entry of the current results rather than nothing.
 */
export function enterAction(s: SearchState, focusedItemShown: boolean): 'act' | 'wait' | 'top' {
  if (onEnter(s) === 'wait') return 'wait';
  return focusedItemShown ? 'act' : 'top';
}
