// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewStore } from '../../storage/index.ts';
import { isolatedStoreOptions } from '../../storage/testing.ts';
import type { QuizBank, QuizBankEntry } from '../engine/index.ts';
import ReviewPage from './ReviewPage.tsx';
import { freshStore, renderWithStore, SAMPLE_QUESTIONS, testClock } from './testing.tsx';

// The real loader imports `virtual:quiz-bank`, which only the build provides; the tests pass their own bank.
vi.mock('./loadQuizBank.ts', () => ({ loadQuizBank: () => Promise.reject(new Error('no bank in tests')) }));

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** The first three sample questions in chapter "gelu" (two sections), the rest in chapter "adam". */
const entries: QuizBankEntry[] = SAMPLE_QUESTIONS.map((question, position) => ({
  chapter: position < 3 ? 'gelu' : 'adam',
  chapterTitle: position < 3 ? 'The GeLU activation' : 'Adam',
  section: position < 2 ? 'definition' : position < 3 ? 'drawbacks' : 'update',
  sectionTitle: position < 2 ? 'Definition' : position < 3 ? 'Drawbacks' : 'The update',
  question,
}));
const bank: QuizBank = { en: entries, zh: entries };
const loadBank = async () => bank;

let store: ReviewStore;
let clock: ReturnType<typeof testClock>;
beforeEach(async () => {
  store = await freshStore();
  clock = testClock();
});
afterEach(() => {
  cleanup();
  store.close();
  window.history.replaceState(null, '', '/');
});

function showPage(props: Partial<Parameters<typeof ReviewPage>[0]> = {}) {
  return renderWithStore(<ReviewPage locale="en" loadBank={loadBank} {...props} />, store, clock.now);
}

/** Saves a review of `questionId` answered now (wrong unless told otherwise). */
function answered(questionId: string, correct = false) {
  return store.append({ questionId, rating: correct ? 3 : 1, correct, answeredAt: clock.now() });
}

/** Chooses the radio labelled `name` and presses Enter on it. */
function chooseAndEnter(name: string) {
  const radio = screen.getByRole('radio', { name });
  radio.focus();
  fireEvent.click(radio);
  fireEvent.keyDown(radio, { key: 'Enter' });
}

describe('ReviewPage', () => {
  it('explains itself before anything was answered', async () => {
    showPage({ mode: { kind: 'due' } });
    expect(await screen.findByText(/You have not answered any question yet/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Due questions from every chapter' })).toBeTruthy();
  });

  it('asks the due questions, most overdue first, from the keyboard, and ends with a summary', async () => {
    await answered('images');
    clock.advance(MINUTE_MS);
    await answered('roles');
    clock.advance(20 * MINUTE_MS);
    showPage({ mode: { kind: 'due' } });
    expect(await screen.findByText('It drew images in mid-2023.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'The GeLU activation › Drawbacks' }).getAttribute('href')).toBe('/en/gelu/#drawbacks');
    chooseAndEnter('False');
    expect(screen.getByText('✓ Right')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Question 2 of 2'));
    chooseAndEnter('user');
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.getByText('Round done: 1 of 2 right.')).toBeTruthy();
    await waitFor(() => expect(store.getSnapshot().reviews).toHaveLength(4));
  });

  it('says when the next question falls due when nothing is due', async () => {
    await answered('images', true);
    showPage({ mode: { kind: 'due' } });
    expect(await screen.findByText(/Nothing is due right now\. Next question due in 2 days/)).toBeTruthy();
  });

  it('previews a later date: the queue as of then, answers not saved', async () => {
    await answered('images', true);
    showPage({ mode: { kind: 'due' }, previewAt: new Date(clock.now().getTime() + 3 * DAY_MS) });
    expect(await screen.findByText('It drew images in mid-2023.')).toBeTruthy();
    expect(screen.getByText(/Previewing the queue as of 4 March 2025/)).toBeTruthy();
    chooseAndEnter('False');
    expect(screen.getByText('Preview: answers are not saved.')).toBeTruthy();
    expect(store.getSnapshot().reviews).toHaveLength(1);
  });

  it('reads mode and preview date from the URL', async () => {
    window.history.replaceState(null, '', '/en/review/?chapter=gelu&section=drawbacks&now=2025-03-10T00:00:00Z');
    showPage();
    expect(await screen.findByRole('heading', { name: 'Questions of this section: The GeLU activation › Drawbacks' })).toBeTruthy();
    expect(screen.getByText('Question 1 of 1')).toBeTruthy();
    expect(screen.getByText(/Previewing the queue as of 10 March 2025/)).toBeTruthy();
  });

  it('quizzes a whole chapter, due or not, in reading order', async () => {
    showPage({ mode: { kind: 'chapter', chapter: 'gelu' } });
    expect(await screen.findByRole('heading', { name: 'Every question of this chapter: The GeLU activation' })).toBeTruthy();
    expect(screen.getByText('Question 1 of 3')).toBeTruthy();
    expect(screen.getByText('Which role carries the reply?')).toBeTruthy();
  });

  it('says so when a chapter has no questions', async () => {
    showPage({ mode: { kind: 'chapter', chapter: 'nowhere' } });
    expect(await screen.findByText('No questions found here.')).toBeTruthy();
  });

  it('reports a question bank that fails to load', async () => {
    showPage({ mode: { kind: 'due' }, loadBank: () => Promise.reject(new Error('offline')) });
    expect(await screen.findByText('The questions could not be loaded: offline')).toBeTruthy();
  });

  it('offers a date to preview, keeping the chapter', async () => {
    showPage({ mode: { kind: 'chapter', chapter: 'gelu' } });
    const field = await screen.findByLabelText('See what will be due on');
    expect(field.getAttribute('name')).toBe('now');
    const form = field.closest('form') as HTMLFormElement;
    expect(new FormData(form).get('chapter')).toBe('gelu');
    expect(form.getAttribute('action')).toBe('/en/review/');
  });
});

describe('ReviewPage and retired questions', () => {
  it('asks a replaced question’s history under its replacement, and keeps a removed one’s without asking it', async () => {
    const retiredStore = new ReviewStore({
      ...isolatedStoreOptions(),
      retiredQuestions: { 'made-up-old-roles': { replacedBy: 'roles', note: 'a duplicate' }, 'made-up-removed': { note: 'gone' } },
    });
    await retiredStore.ready;
    for (const questionId of ['made-up-old-roles', 'made-up-removed']) {
      await retiredStore.append({ questionId, rating: 1, correct: false, answeredAt: clock.now() });
    }
    clock.advance(DAY_MS);
    renderWithStore(<ReviewPage locale="en" loadBank={loadBank} mode={{ kind: 'due' }} />, retiredStore, clock.now);
    // The old question's missed answer makes its replacement due; the removed question is not asked.
    expect(await screen.findByText('Progress: 0 / 1')).toBeTruthy();
    expect(screen.getByText('Which role carries the reply?')).toBeTruthy();
    expect(
      screen.getByText('1 question you answered has since been removed from the notebook: its history is kept (and exported), but it is not asked again.'),
    ).toBeTruthy();
    cleanup();
    retiredStore.close();
  });
});
