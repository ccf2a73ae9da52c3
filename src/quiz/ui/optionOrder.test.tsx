// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewStore } from '../../storage/index.ts';
import { isolatedStoreOptions } from '../../storage/testing.ts';
import { presentationOrder, type Question } from '../engine/index.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { freshStore, renderWithStore, testClock } from './testing.tsx';

// Options are shown in the arrangement of the question's presentation (presentationOrder), fixed while the reader
// answers, the same after a reload, another one on the next review; answers name options by authored index.

const OPTIONS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
const single: Question = { id: 'five-options', type: 'single', promptHtml: 'Pick gamma', explainHtml: 'It is gamma.', optionsHtml: OPTIONS, answer: 2 };
const multiple: Question = { ...single, id: 'five-multiple', type: 'multiple', answer: [1, 3] };
const clock = testClock();
const stores: ReviewStore[] = [];

afterEach(() => {
  cleanup();
  for (const store of stores.splice(0)) store.close();
});

async function openStore(name?: string) {
  const store = await freshStore(name);
  stores.push(store);
  return store;
}

const show = (question: Question, store: ReviewStore) =>
  renderWithStore(<QuestionCard question={question} locale="en" label="Question 1 of 1" allowRetry />, store, clock.now);

/** The options' texts, top to bottom. */
const shownTexts = () => [...document.querySelectorAll('.quiz-choice__text')].map((element) => element.textContent);
/** The texts of presentation `number` of `question`. */
const expectedTexts = (question: Question, number: number) => presentationOrder(question.id, OPTIONS.length, number, 'options').map((index) => OPTIONS[index]);

function answer(text: string) {
  fireEvent.click(screen.getByRole('radio', { name: text }));
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
}

describe('option order', () => {
  it('shows presentation 0 first, saves the choice by identity with the arrangement seen, then arranges anew', async () => {
    const store = await openStore();
    show(single, store);
    expect(shownTexts()).toEqual(expectedTexts(single, 0));
    answer('gamma');
    expect(screen.getByText('✓ Right')).toBeTruthy();
    // The feedback marks the option the reader chose, wherever it stood.
    expect(screen.getByText('✓ the right answer').closest('label')?.textContent).toContain('gamma');
    await waitFor(() => expect(store.getSnapshot().reviews).toHaveLength(1));
    const [review] = store.getSnapshot().reviews;
    const shown = presentationOrder(single.id, OPTIONS.length, 0, 'options');
    expect(review?.response).toEqual({ type: 'single', option: 2, shown });
    expect(shownTexts()).toEqual(expectedTexts(single, 0)); // Still as answered, with the feedback.

    fireEvent.click(screen.getByRole('button', { name: 'Answer again' }));
    expect(shownTexts()).toEqual(expectedTexts(single, 1));
    expect(shownTexts()).not.toEqual(expectedTexts(single, 0));
  });

  it('shows the same arrangement after a reload mid-answer, and the next one after an answer was saved', async () => {
    const store = await openStore();
    const first = show(single, store);
    fireEvent.click(screen.getByRole('radio', { name: 'beta' }));
    const before = shownTexts();
    first.unmount(); // The reader reloads without checking: nothing was saved.
    show(single, store);
    expect(shownTexts()).toEqual(before);
    answer('beta');
    await waitFor(() => expect(store.getSnapshot().cards.get(single.id)?.reviewCount).toBe(1));
    cleanup();
    show(single, store);
    expect(shownTexts()).toEqual(expectedTexts(single, 1));
  });

  it('arranges the question for its presentation once the history has been read, unless the reader has begun', async () => {
    const name = `option-order-history-${Date.now()}`;
    const writer = await openStore(name);
    for (const _time of [1, 2, 3]) await writer.append({ questionId: single.id, rating: 3, correct: true, answeredAt: clock.now() });
    writer.close();

    // A store still reading its database: the card first shows presentation 0, then presentation 3.
    expect(expectedTexts(single, 3)).not.toEqual(expectedTexts(single, 0)); // Else this test would prove nothing.
    const reading = new ReviewStore(isolatedStoreOptions(name));
    stores.push(reading);
    show(single, reading);
    expect(reading.getSnapshot().ready).toBe(false);
    expect(shownTexts()).toEqual(expectedTexts(single, 0));
    await waitFor(() => expect(shownTexts()).toEqual(expectedTexts(single, 3)));
    cleanup();

    // The reader picked an option before the history arrived: the arrangement stays where it was.
    const late = new ReviewStore(isolatedStoreOptions(name));
    stores.push(late);
    show(single, late);
    fireEvent.click(screen.getByRole('radio', { name: 'alpha' }));
    await act(() => late.ready);
    expect(late.getSnapshot().ready).toBe(true);
    expect(shownTexts()).toEqual(expectedTexts(single, 0));
    expect((screen.getByRole('radio', { name: 'alpha' }) as HTMLInputElement).checked).toBe(true);
  });

  it('multiple: checkboxes in the arrangement of the presentation; the right ones are listed as they were shown', async () => {
    const store = await openStore();
    show(multiple, store);
    const arrangement = presentationOrder(multiple.id, OPTIONS.length, 0, 'options');
    expect(shownTexts()).toEqual(arrangement.map((index) => OPTIONS[index]));
    fireEvent.click(screen.getByRole('checkbox', { name: 'beta' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'delta' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('✓ Right')).toBeTruthy();
    const listed = [...document.querySelectorAll('.quiz-feedback__list li')].map((item) => item.textContent);
    expect(listed).toEqual(arrangement.filter((index) => index === 1 || index === 3).map((index) => OPTIONS[index]));
    await waitFor(() => expect(store.getSnapshot().reviews).toHaveLength(1));
    expect(store.getSnapshot().reviews[0]?.response).toEqual({ type: 'multiple', options: [1, 3], shown: arrangement });
  });
});
