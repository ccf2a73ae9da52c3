// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewStore } from '../../storage/index.ts';
import { DueCount } from './DueCount.tsx';
import { CLOCK_TICK_MS } from './reviewStoreContext.ts';
import { freshStore, renderWithStore, testClock } from './testing.tsx';

const MINUTE_MS = 60_000;
const stores: ReviewStore[] = [];
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  for (const store of stores.splice(0)) store.close();
});

async function tab(name: string) {
  const store = await freshStore(name);
  stores.push(store);
  return store;
}

describe('DueCount', () => {
  it('shows nothing when nothing is due, then the count, live, for answers given here and in another tab', async () => {
    const name = `due-count-${Date.now()}`;
    const here = await tab(name);
    const otherTab = await tab(name);
    const clock = testClock();
    const answeredAt = clock.now();
    clock.advance(60 * MINUTE_MS);
    const { container } = renderWithStore(<DueCount locale="en" />, here, clock.now);
    expect(container.textContent).toBe('');

    await act(() => otherTab.append({ questionId: 'a', rating: 1, correct: false, answeredAt }));
    expect(await screen.findByText('1 question due for review')).toBeTruthy();

    await act(() => here.append({ questionId: 'b', rating: 1, correct: false, answeredAt }));
    expect(screen.getByText('2 questions due for review')).toBeTruthy();
    expect(container.querySelector('[data-due-count]')?.getAttribute('data-due-count')).toBe('2');
  });

  it('counts a card once time has made it due, without a reload', async () => {
    const store = await tab(`due-count-time-${Date.now()}`);
    const clock = testClock();
    await store.append({ questionId: 'a', rating: 1, correct: false, answeredAt: clock.now() });
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { container } = renderWithStore(<DueCount locale="zh" />, store, clock.now);
    expect(container.textContent).toBe('');
    clock.advance(15 * MINUTE_MS);
    act(() => vi.advanceTimersByTime(CLOCK_TICK_MS));
    expect(screen.getByText('1 道题待复习')).toBeTruthy();
  });
});
