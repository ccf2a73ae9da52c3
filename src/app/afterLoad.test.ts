// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterLoad } from './afterLoad.ts';

describe('afterLoad', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the load event, then for an idle moment, and runs each task in its own callback', () => {
    vi.useFakeTimers();
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const ran: string[] = [];
    afterLoad(() => ran.push('a'));
    afterLoad(() => ran.push('b'));
    expect(idle).toHaveLength(0);
    window.dispatchEvent(new Event('load'));
    expect(ran).toEqual([]);
    expect(idle).toHaveLength(2);
    idle[0]!();
    expect(ran).toEqual(['a']);
    idle[1]!();
    expect(ran).toEqual(['a', 'b']);
  });

  it('runs at once (after a short timer without requestIdleCallback) when the page has loaded, unless cancelled', () => {
    vi.useFakeTimers();
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('complete');
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran: string[] = [];
    afterLoad(() => ran.push('kept'));
    const cancel = afterLoad(() => ran.push('cancelled'));
    cancel();
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual(['kept']);
  });
});
