// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReviewStore } from '../../storage/index.ts';
import { StorageWriteError } from '../../storage/index.ts';
import type { Question } from '../engine/index.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { freshStore, renderWithStore, sample, testClock } from './testing.tsx';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
let store: ReviewStore;
let clock: ReturnType<typeof testClock>;

beforeEach(async () => {
  store = await freshStore();
  clock = testClock();
});
afterEach(() => {
  cleanup();
  store.close();
});

function show(question: Question, options: { locale?: 'zh' | 'en'; save?: boolean } = {}) {
  return renderWithStore(
    <QuestionCard question={question} locale={options.locale ?? 'en'} label="Question 1 of 1" save={options.save} allowRetry />,
    store,
    clock.now,
  );
}

/** What Space does on a focused radio button or checkbox, and Enter or Space on a focused button. */
function press(element: HTMLElement) {
  element.focus();
  fireEvent.click(element);
}

/** Enter in a focused field. */
function enter(element: HTMLElement) {
  element.focus();
  fireEvent.keyDown(element, { key: 'Enter' });
}

/** Waits until the store holds `count` reviews, and returns them. */
async function savedReviews(count: number) {
  await waitFor(() => expect(store.getSnapshot().reviews).toHaveLength(count));
  return store.getSnapshot().reviews;
}

describe('QuestionCard', () => {
  it('single: a native radio group; Enter checks; right answer shows verdict, answer and explanation at once', async () => {
    show(sample('single'));
    const radios = screen.getAllByRole('radio');
    expect(new Set(radios.map((radio) => (radio as HTMLInputElement).name)).size).toBe(1);
    press(screen.getByRole('radio', { name: 'assistant' }));
    enter(screen.getByRole('radio', { name: 'assistant' }));
    expect(screen.getByText('✓ Right')).toBeTruthy();
    expect(screen.getByText('The assistant message.')).toBeTruthy();
    expect(screen.getByText('Correct answer:')).toBeTruthy();
    const [review] = await savedReviews(1);
    expect(review).toMatchObject({ questionId: 'roles', correct: true, rating: 3, answeredAt: clock.now().toISOString() });
  });

  it('single: a wrong answer is saved as Again, shows the right option, and is due within minutes', async () => {
    show(sample('single'));
    press(screen.getByRole('radio', { name: 'user' }));
    enter(screen.getByRole('radio', { name: 'user' }));
    expect(screen.getByText('✗ Not quite')).toBeTruthy();
    expect(screen.getByText('✓ the right answer').closest('label')?.textContent).toContain('assistant');
    const [review] = await savedReviews(1);
    expect(review).toMatchObject({ correct: false, rating: 1 });
    const due = store.getSnapshot().cards.get('roles')?.card.due.getTime() ?? 0;
    expect(due - clock.now().getTime()).toBeLessThanOrEqual(15 * MINUTE_MS);
  });

  it('moves focus to the feedback so the verdict is read out', () => {
    show(sample('truefalse'));
    press(screen.getByRole('radio', { name: 'False' }));
    enter(screen.getByRole('radio', { name: 'False' }));
    expect(document.activeElement?.className).toContain('quiz-feedback');
    expect(document.activeElement?.textContent).toContain('✓ Right');
  });

  it('asks for a choice instead of grading nothing', async () => {
    show(sample('single'));
    press(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('Choose an answer first.')).toBeTruthy();
    await act(() => store.refresh());
    expect(store.getSnapshot().reviews).toHaveLength(0);
  });

  it('multiple: checkboxes, every right one and no wrong one', async () => {
    show(sample('multiple'));
    press(screen.getByRole('checkbox', { name: 'Wrong answers' }));
    press(screen.getByRole('checkbox', { name: 'Verbosity' }));
    enter(screen.getByRole('checkbox', { name: 'Verbosity' }));
    expect(screen.getByText('✓ Right')).toBeTruthy();
    await savedReviews(1);
  });

  it('order: Alt+arrow keys on the move buttons reorder, focus follows the item, the move is announced', async () => {
    show(sample('order'));
    const itemsInOrder = () => [...document.querySelectorAll('.quiz-order__item')].map((item) => item.textContent);
    expect(itemsInOrder()).not.toEqual(['SFT', 'Reward model', 'PPO']);
    // Bubble-sort by keyboard: move each item up with Alt+↑ until the list is in the right order.
    for (const wanted of ['SFT', 'Reward model', 'PPO']) {
      let position = itemsInOrder().indexOf(wanted);
      const target = ['SFT', 'Reward model', 'PPO'].indexOf(wanted);
      while (position > target) {
        const upButton = screen.getByRole('button', { name: `Move item ${position + 1} up` });
        upButton.focus();
        fireEvent.keyDown(upButton, { key: 'ArrowUp', altKey: true });
        position -= 1;
        expect(document.activeElement?.getAttribute('aria-describedby')).toBe(
          screen.getAllByRole('listitem')[position]?.querySelector('.quiz-order__item')?.id,
        );
      }
    }
    expect(itemsInOrder()).toEqual(['SFT', 'Reward model', 'PPO']);
    expect(screen.getByText(/^Moved to position \d of 3\.$/)).toBeTruthy();
    press(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('✓ Right')).toBeTruthy();
    await savedReviews(1);
  });

  it('order: the move buttons also work by activation, and the ends are disabled', () => {
    show(sample('order'));
    expect((screen.getByRole('button', { name: 'Move item 1 up' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Move item 3 down' }) as HTMLButtonElement).disabled).toBe(true);
    const items = () => [...document.querySelectorAll('.quiz-order__item')].map((item) => item.textContent);
    const before = items();
    press(screen.getByRole('button', { name: 'Move item 1 down' }));
    expect(items()).toEqual([before[1], before[0], before[2]]);
  });

  it('numeric: refuses text that is not a number with a message, then accepts a value within tolerance', async () => {
    show(sample('numeric'));
    const field = screen.getByRole('textbox', { name: 'Your answer (a number)' });
    fireEvent.change(field, { target: { value: 'about 0.8' } });
    enter(field);
    expect(screen.getByText(/That is not a number/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field, { target: { value: '0.8413' } });
    enter(field);
    expect(screen.getByText('✓ Right')).toBeTruthy();
    expect(screen.getByText(/anything within ±0.0005 counts/)).toBeTruthy();
    const [review] = await savedReviews(1);
    expect(review?.response).toEqual({ type: 'numeric', text: '0.8413' });
  });

  it('cloze: numbered fields, formula blanks forgive LaTeX spelling, each blank is marked', async () => {
    show(sample('cloze'));
    const first = screen.getByRole('textbox', { name: 'Blank 1' });
    const second = screen.getByRole('textbox', { name: 'Blank 2' });
    fireEvent.change(first, { target: { value: '\\beta_{1}^{t}' } });
    enter(first);
    expect(screen.getByText('Fill in every blank.')).toBeTruthy();
    fireEvent.change(second, { target: { value: 'M-HAT' } });
    enter(second);
    expect(screen.getByText('✓ Right')).toBeTruthy();
    expect(screen.getAllByText('✓ right')).toHaveLength(2);
    await savedReviews(1);
  });

  it('cloze: a wrong blank is marked wrong and the solution is shown', () => {
    show(sample('cloze'));
    fireEvent.change(screen.getByRole('textbox', { name: 'Blank 1' }), { target: { value: 'alpha' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Blank 2' }), { target: { value: 'm-hat' } });
    enter(screen.getByRole('textbox', { name: 'Blank 2' }));
    expect(screen.getByText('✗ Not quite')).toBeTruthy();
    expect(screen.getByText('✗ wrong')).toBeTruthy();
    expect(document.querySelector('.quiz-cloze__fill')?.textContent).toBe('m-hat');
  });

  it('recall: reveal, then the reader rates; Forgot counts as wrong', async () => {
    show(sample('recall'));
    expect(screen.queryByText('Give reference text.')).toBeNull();
    press(screen.getByRole('button', { name: 'Show answer' }));
    expect(screen.getByText('Give reference text.')).toBeTruthy();
    press(screen.getByRole('button', { name: 'Forgot' }));
    expect(screen.getByText('✗ Not quite')).toBeTruthy();
    const [review] = await savedReviews(1);
    expect(review).toMatchObject({ questionId: 'fixes', rating: 1, correct: false });
  });

  it('after a right answer Good is chosen; picking Easy amends the saved review and pushes the card later', async () => {
    show(sample('truefalse'));
    press(screen.getByRole('radio', { name: 'False' }));
    enter(screen.getByRole('radio', { name: 'False' }));
    expect(screen.getByRole('button', { name: 'Good' }).getAttribute('aria-pressed')).toBe('true');
    const [good] = await savedReviews(1);
    const dueAfterGood = store.getSnapshot().cards.get('images')?.card.due.getTime() ?? 0;
    expect(dueAfterGood - clock.now().getTime()).toBeGreaterThanOrEqual(DAY_MS);
    press(screen.getByRole('button', { name: 'Easy' }));
    const reviews = await savedReviews(2);
    expect(reviews.find((review) => review.id !== good?.id)).toMatchObject({ rating: 4, amends: good?.id });
    expect(store.getSnapshot().cards.get('images')?.card.due.getTime()).toBeGreaterThan(dueAfterGood);
    expect(store.getSnapshot().cards.get('images')?.reviewCount).toBe(1);
  });

  it('a rating picked while the answer is still being saved is applied once the save is done', async () => {
    const original = store.append.bind(store);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const append = vi.spyOn(store, 'append').mockImplementationOnce(async (draft) => {
      await gate;
      return original(draft);
    });
    show(sample('truefalse'));
    press(screen.getByRole('radio', { name: 'False' }));
    enter(screen.getByRole('radio', { name: 'False' }));
    press(screen.getByRole('button', { name: 'Hard' }));
    press(screen.getByRole('button', { name: 'Easy' }));
    release();
    const reviews = await savedReviews(2);
    expect(append).toHaveBeenCalledTimes(2);
    const amendment = reviews.find((review) => review.amends !== undefined);
    expect(amendment).toMatchObject({ rating: 4, answeredAt: clock.now().toISOString() });
    expect(store.getSnapshot().cards.get('images')?.reviewCount).toBe(1);
  });

  it('answer again starts over, and a second answer is a second review', async () => {
    show(sample('truefalse'));
    press(screen.getByRole('radio', { name: 'True' }));
    enter(screen.getByRole('radio', { name: 'True' }));
    await savedReviews(1);
    press(screen.getByRole('button', { name: 'Answer again' }));
    expect((screen.getByRole('radio', { name: 'True' }) as HTMLInputElement).checked).toBe(false);
    press(screen.getByRole('radio', { name: 'False' }));
    enter(screen.getByRole('radio', { name: 'False' }));
    await savedReviews(2);
  });

  it('tells the reader when the answer could not be saved because storage is full', async () => {
    vi.spyOn(store, 'append').mockRejectedValue(new StorageWriteError('quota', 'full'));
    show(sample('truefalse'));
    press(screen.getByRole('radio', { name: 'False' }));
    enter(screen.getByRole('radio', { name: 'False' }));
    expect(await screen.findByText('Not saved: the browser’s storage is full.')).toBeTruthy();
  });

  it('says why an answer is refused when the progress belongs to a newer version of the notebook', async () => {
    vi.spyOn(store, 'append').mockRejectedValue(new StorageWriteError('newer-version', 'schema version 4'));
    show(sample('truefalse'));
    press(screen.getByRole('radio', { name: 'False' }));
    enter(screen.getByRole('radio', { name: 'False' }));
    expect(screen.getByText('✓ Right')).toBeTruthy();
    expect(await screen.findByText(/^Not saved: your progress was saved by a newer version of the notebook/)).toBeTruthy();
    // Hard, Good and Easy set when the question comes back: nothing to set when nothing was saved.
    expect(screen.queryByRole('button', { name: 'Easy' })).toBeNull();
  });

  it('saves nothing in a preview, and says so', async () => {
    show(sample('truefalse'), { save: false });
    press(screen.getByRole('radio', { name: 'False' }));
    enter(screen.getByRole('radio', { name: 'False' }));
    expect(screen.getByText('Preview: answers are not saved.')).toBeTruthy();
    await act(() => store.refresh());
    expect(store.getSnapshot().reviews).toHaveLength(0);
  });

  it('speaks Chinese', () => {
    show(sample('numeric'), { locale: 'zh' });
    const field = screen.getByRole('textbox', { name: '你的答案（数字）' });
    fireEvent.change(field, { target: { value: 'abc' } });
    enter(field);
    expect(screen.getByText(/这不是一个数/)).toBeTruthy();
    expect(within(document.body).getByRole('button', { name: '检查答案' })).toBeTruthy();
  });
});
