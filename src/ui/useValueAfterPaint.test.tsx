// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useValueAfterPaint } from './useValueAfterPaint.ts';

/** One frame and the task after it (jsdom's fake animation frames come every 16 ms). */
const FRAME_MS = 20;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useValueAfterPaint', () => {
  it('returns the first value at once', () => {
    const { result } = renderHook(() => useValueAfterPaint('a'));
    expect(result.current).toBe('a');
  });

  it('keeps the old value through the next frame, then shows the new one', () => {
    const { result, rerender } = renderHook(({ value }) => useValueAfterPaint(value), { initialProps: { value: 'a' } });
    rerender({ value: 'b' });
    expect(result.current).toBe('a');
    act(() => vi.advanceTimersByTime(FRAME_MS));
    expect(result.current).toBe('b');
  });

  it('follows a value changing every frame at most once per interval, and ends on the latest', () => {
    const shown: number[] = [];
    const { result, rerender } = renderHook(({ value }) => useValueAfterPaint(value, 100), { initialProps: { value: 0 } });
    for (let value = 1; value <= 30; value += 1) {
      rerender({ value });
      act(() => vi.advanceTimersByTime(16));
      if (shown.at(-1) !== result.current) shown.push(result.current);
    }
    // 480 ms of changes: the first one after a frame, then one per 100 ms.
    expect(shown.length).toBeLessThanOrEqual(6);
    act(() => vi.advanceTimersByTime(100 + FRAME_MS));
    expect(result.current).toBe(30);
  });

  it('with a settle time, shows a value that has stopped changing without waiting out the interval', () => {
    const shown: number[] = [];
    const { result, rerender } = renderHook(({ value }) => useValueAfterPaint(value, 250, 120), { initialProps: { value: 0 } });
    // A drag: a new value every 60 ms for 600 ms, never still for 120 ms, so at most once per 250 ms.
    for (let value = 1; value <= 10; value += 1) {
      rerender({ value });
      act(() => vi.advanceTimersByTime(60));
      if (shown.at(-1) !== result.current) shown.push(result.current);
    }
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown.length).toBeLessThanOrEqual(3);
    expect(result.current).not.toBe(10);
    // Then still: the last value follows after the settle time and a frame, well before the next 250 ms slot.
    act(() => vi.advanceTimersByTime(120 - 60 + FRAME_MS));
    expect(result.current).toBe(10);
  });
});
