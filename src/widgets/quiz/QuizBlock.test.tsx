// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewStore } from '../../storage/index.ts';
import { freshStore, renderWithStore, SAMPLE_QUESTIONS, testClock } from '../../quiz/ui/testing.tsx';
import QuizBlock from './QuizBlock.tsx';
import { QUIZ_RESERVE } from './props.ts';

const stores: ReviewStore[] = [];
afterEach(() => {
  cleanup();
  for (const store of stores.splice(0)) store.close();
});

const context = { locale: 'en' as const, chapter: 'gelu', section: 'definition', instanceId: 'quiz' };
const questions = SAMPLE_QUESTIONS.slice(0, 3);

async function mount(databaseName?: string, clock = testClock()) {
  const store = await freshStore(databaseName);
  stores.push(store);
  const view = renderWithStore(<QuizBlock questions={questions} context={context} />, store, clock.now);
  return { store, view };
}

/** Answers the visible true/false question (the third sample) with False (right), from the keyboard. */
function answerTrueFalse() {
  const radio = screen.getByRole('radio', { name: 'False' });
  radio.focus();
  fireEvent.click(radio);
  fireEvent.keyDown(radio, { key: 'Enter' });
}

describe('QuizBlock', () => {
  it('shows one question at a time and reserves its height', async () => {
    const { view } = await mount();
    expect(screen.getByText('Which role carries the reply?')).toBeTruthy();
    expect(screen.queryByText('Which are limitations?')?.closest('[hidden]')).toBeTruthy();
    expect((view.container.querySelector('.quiz-block') as HTMLElement).style.minHeight).toBe(QUIZ_RESERVE);
  });

  it('links to the review page for this section and this chapter', async () => {
    await mount();
    expect(screen.getByRole('link', { name: 'Quiz me on this section' }).getAttribute('href')).toBe(
      '/en/review/?chapter=gelu&section=definition',
    );
    expect(screen.getByRole('link', { name: 'Quiz me on this chapter' }).getAttribute('href')).toBe('/en/review/?chapter=gelu');
  });

  it('moves between questions from the keyboard, focusing the new question', async () => {
    await mount();
    const jump = screen.getByRole('button', { name: 'Question 3' });
    jump.focus();
    fireEvent.click(jump);
    expect(jump.getAttribute('aria-current')).toBe('step');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Question 3 of 3'));
    expect(screen.getByText('It drew images in mid-2023.').closest('[hidden]')).toBeNull();
  });

  it('marks answered questions and keeps the marks across a reload', async () => {
    const databaseName = `quiz-block-reload-${Date.now()}`;
    const clock = testClock();
    const first = await mount(databaseName, clock);
    fireEvent.click(screen.getByRole('button', { name: 'Question 3' }));
    answerTrueFalse();
    await screen.findByRole('button', { name: 'Question 3, right last time' });
    first.view.unmount();
    first.store.close();

    await mount(databaseName, clock);
    expect(await screen.findByRole('button', { name: 'Question 3, right last time' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Question 1' })).toBeTruthy();
    expect(screen.getByText('Last time: right · next review in 2 days')).toBeTruthy();
  });

  it('counts the questions of this block that are due', async () => {
    const databaseName = `quiz-block-due-${Date.now()}`;
    const clock = testClock();
    const first = await mount(databaseName, clock);
    fireEvent.click(screen.getByRole('button', { name: 'Question 3' }));
    const radio = screen.getByRole('radio', { name: 'True' });
    fireEvent.click(radio);
    fireEvent.keyDown(radio, { key: 'Enter' });
    await screen.findByRole('button', { name: 'Question 3, wrong last time' });
    first.view.unmount();
    first.store.close();

    clock.advance(60 * 60_000);
    await mount(databaseName, clock);
    expect(await screen.findByText('1 due here')).toBeTruthy();
  });
});
