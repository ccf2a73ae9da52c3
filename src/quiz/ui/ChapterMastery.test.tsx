// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewStore } from '../../storage/index.ts';
import { ChapterMastery } from './ChapterMastery.tsx';
import { freshStore, renderWithStore, testClock } from './testing.tsx';

let store: ReviewStore | undefined;
afterEach(() => {
  cleanup();
  store?.close();
});

describe('ChapterMastery', () => {
  it('shows the share of the chapter’s questions right at their last review', async () => {
    store = await freshStore();
    const clock = testClock();
    await store.append({ questionId: 'a', rating: 3, correct: true, answeredAt: clock.now() });
    await store.append({ questionId: 'b', rating: 3, correct: true, answeredAt: clock.now() });
    clock.advance(60_000);
    await store.append({ questionId: 'b', rating: 1, correct: false, answeredAt: clock.now() });
    const { container } = renderWithStore(<ChapterMastery locale="en" questionIds={['a', 'b', 'c', 'd']} />, store, clock.now);
    expect(await screen.findByText('1/4 mastered')).toBeTruthy();
    expect(screen.getByText('1 of this chapter’s 4 questions right at their last review')).toBeTruthy();
    expect((container.querySelector('.chapter-mastery__fill') as HTMLElement).style.width).toBe('25%');
  });

  it('shows nothing for a chapter without questions', async () => {
    store = await freshStore();
    const { container } = renderWithStore(<ChapterMastery locale="en" questionIds={[]} />, store, () => new Date());
    await store.refresh();
    expect(container.textContent).toBe('');
  });
});
