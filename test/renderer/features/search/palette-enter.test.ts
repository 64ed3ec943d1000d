import { describe, expect, it } from 'vitest';
import {
  enterAction,
  enterTarget,
  onEnter,
  resultsAreCurrent,
} from '../../../../renderer/src/features/search/palette-enter';

const state = (input: string, query: string, hasData = true, isPrevious = false) => ({
  input,
  query,
  hasData,
  isPrevious,
});

describe('the command palette: Enter acts on the results of what was typed', () => {
  it('waits while the query lags the field (the debounce) or the previous results are on screen', () => {
    // "maren" searched; "harbour" typed fast and not yet asked for.
    expect(onEnter(state('harbour', 'maren'))).toBe('wait');
    // "harbour" asked for; "maren"'s results still shown while it runs.
    expect(onEnter(state('harbour', 'harbour', true, true))).toBe('wait');
    // The first search of all, still running.
    expect(onEnter(state('harbour', 'harbour', false))).toBe('wait');
  });

  it("acts once the results are the current query's; an empty field needs no search", () => {
    expect(onEnter(state('harbour', 'harbour'))).toBe('act');
    expect(onEnter(state('  harbour ', 'harbour'))).toBe('act');
    expect(resultsAreCurrent(state('', '', false))).toBe(true);
  });

  it('a waiting Enter opens the top result when it arrives, else the top place, else nothing', () => {
    const results = ['Scene 15', 'Scene 16'];
    const places = ['Settings'];
    expect(enterTarget(state('sce', 'sc'), results, places)).toBeUndefined();
    expect(enterTarget(state('sce', 'sce', true, true), results, places)).toBeUndefined();
    expect(enterTarget(state('sce', 'sce'), results, places)).toBe('Scene 15');
    expect(enterTarget(state('set', 'set'), [], places)).toBe('Settings');
    expect(enterTarget(state('zzz', 'zzz'), [], [])).toBeNull();
  });
});

describe('the command palette: Enter after the query changed', () => {
  it('opens the top entry when the virtual focus points at a previous result no longer shown', () => {
    expect(enterAction(state('harbour', 'harbour'), false)).toBe('top');
    expect(enterAction(state('harbour', 'harbour'), true)).toBe('act');
    expect(enterAction(state('harbour', 'maren'), true)).toBe('wait');
  });
});
