/** Helpers for the quiz component tests (imported by *.test.tsx only). */
import { configure, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { parse as parseYaml } from 'yaml';
import { isolatedStoreOptions } from '../../storage/testing.ts';
import { ReviewStore } from '../../storage/index.ts';
import type { Question } from '../engine/index.ts';
import { parseQuiz } from '../engine/parseQuiz.ts';
import { ClockContext, ReviewStoreContext } from './reviewStoreContext.ts';

// Saving goes through (fake) IndexedDB and a re-read: on a busy two-core machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

/** Escapes text as the build's renderInline would (no Markdown needed for these tests). */
function renderPlain(markdown: string): string {
  return markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** One question of each type, parsed from YAML exactly as a chapter would write them. */
export const SAMPLE_QUESTIONS: Question[] = parseQuiz(
  parseYaml(`
- {id: roles, type: single, prompt: Which role carries the reply?, options: [system, user, assistant], answer: 2, explain: The assistant message.}
- {id: limits, type: multiple, prompt: Which are limitations?, options: [Wrong answers, Needs a GPU at home, Verbosity], answer: [0, 2], explain: OpenAI listed them.}
- {id: images, type: truefalse, prompt: It drew images in mid-2023., answer: false, explain: Not by itself.}
- {id: stages, type: order, prompt: Put the stages in order., items: [SFT, Reward model, PPO], explain: SFT first.}
- {id: gelu-at-1, type: numeric, prompt: GeLU(1) to 3 decimals?, answer: 0.841, tolerance: 0.0005, explain: Phi(1) is 0.8413.}
- {id: bias, type: cloze, prompt: Fill in., text: "divide by $1-[[\\\\beta_1^t|beta_1^t]]$, giving [[m-hat|m̂]]", explain: Bias correction.}
- {id: fixes, type: recall, prompt: Name a fix for wrong answers., answer: Give reference text., explain: Grounding helps.}
`),
  renderPlain,
).questions;

/** The sample question of a type. */
export function sample<T extends Question['type']>(type: T): Extract<Question, { type: T }> {
  return SAMPLE_QUESTIONS.find((question) => question.type === type) as Extract<Question, { type: T }>;
}

/** A clock that tests move by hand. */
export function testClock(start = new Date('2025-03-01T09:00:00.000Z')) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(milliseconds: number) {
      current += milliseconds;
    },
  };
}

/** A fresh store on its own fake database, ready to use. Close it after the test. */
export async function freshStore(name?: string): Promise<ReviewStore> {
  const store = new ReviewStore(isolatedStoreOptions(name));
  await store.ready;
  return store;
}

/** Renders `ui` with the given store and clock in context. */
export function renderWithStore(ui: ReactNode, store: ReviewStore, now: () => Date): RenderResult {
  return render(
    <ReviewStoreContext value={store}>
      <ClockContext value={now}>{ui}</ClockContext>
    </ReviewStoreContext>,
  );
}
