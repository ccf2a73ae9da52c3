// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readUrlState } from './urlState.ts';
import { URL_WRITE_DELAY_MS, useUrlStateWriter } from './useUrlStateWriter.ts';

type Props = { state: Record<string, string>; paused?: boolean };
const mount = (initial: Props) =>
  renderHook(({ state, paused }: Props) => useUrlStateWriter('lab', state, paused), { initialProps: initial });
const written = () => readUrlState('lab');
/** One frame and the task after it (jsdom's fake animation frames come every 16 ms). */
const FRAME_MS = 20;

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/page?other=1#here');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useUrlStateWriter', () => {
  it('leaves the URL alone on mount', () => {
    mount({ state: { x: '1' } });
    act(() => vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2));
    expect(window.location.search).toBe('?other=1');
  });

  it('writes a change just after the next paint, keeping other keys and the hash', () => {
    const { rerender } = mount({ state: { x: '1' } });
    rerender({ state: { x: '2' } });
    expect(written()).toEqual({}); // not during the input itself
    act(() => vi.advanceTimersByTime(FRAME_MS));
    expect(written()).toEqual({ x: '2' });
    expect(new URLSearchParams(window.location.search).get('other')).toBe('1');
    expect(window.location.hash).toBe('#here');
  });

  it('writes a burst of changes once it rests, ending on the latest', () => {
    const { rerender } = mount({ state: { x: '0' } });
    const replaceState = vi.spyOn(window.history, 'replaceState');
    for (let i = 1; i <= 30; i += 1) {
      rerender({ state: { x: String(i) } });
      act(() => vi.advanceTimersByTime(16)); // one change per frame for about half a second
    }
    // At most the first change (after a quiet spell) is written during the burst.
    expect(replaceState.mock.calls.length).toBeLessThanOrEqual(1);
    act(() => vi.advanceTimersByTime(URL_WRITE_DELAY_MS));
    expect(written()).toEqual({ x: '30' });
    expect(replaceState.mock.calls.length).toBeLessThanOrEqual(2);
    replaceState.mockRestore();
  });

  it('writes nothing while paused, and the latest state when the pause ends', () => {
    const { rerender } = mount({ state: { t: '0' } });
    rerender({ state: { t: '1' }, paused: true });
    rerender({ state: { t: '2' }, paused: true });
    act(() => vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2));
    expect(written()).toEqual({});
    rerender({ state: { t: '2' }, paused: false });
    act(() => vi.advanceTimersByTime(URL_WRITE_DELAY_MS));
    expect(written()).toEqual({ t: '2' });
  });
});
