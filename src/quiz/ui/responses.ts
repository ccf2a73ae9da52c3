import { presentationOrder, type Question, type QuizResponse } from '../engine/index.ts';

/** The order options were shown in, or the authored order when `shown` does not fit `length` options (never expected). */
export function shownOrder(shown: readonly number[] | undefined, length: number): readonly number[] {
  return shown && shown.length === length ? shown : Array.from({ length }, (_item, index) => index);
}

/**
 * The response a question starts from: nothing chosen, empty fields. Options and order items are arranged for
 * presentation number `presentation` (how many answers the reader had given to the question before; see
 * presentationOrder): the same arrangement on every visit until the question is answered, another one after.
 */
export function emptyResponse(question: Question, presentation = 0): QuizResponse {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const shown = presentationOrder(question.id, question.optionsHtml.length, presentation, 'options');
      return question.type === 'single' ? { type: 'single', option: undefined, shown } : { type: 'multiple', options: [], shown };
    }
    case 'truefalse':
      return { type: 'truefalse', value: undefined };
    case 'order': {
      const shown = presentationOrder(question.id, question.itemsHtml.length, presentation, 'items');
      return { type: 'order', order: [...shown], shown };
    }
    case 'numeric':
      return { type: 'numeric', text: '' };
    case 'cloze':
      return { type: 'cloze', blanks: question.blanks.map(() => '') };
    case 'recall':
      return { type: 'recall', rating: 3 };
  }
}

/** The props every answer control gets. `answered` locks the control and shows what was right. */
export interface AnswerControlProps<Q extends Question, R extends QuizResponse> {
  question: Q;
  response: R;
  onChange: (response: R) => void;
  answered: boolean;
  /** Per-blank results of a graded cloze answer. */
  blanksCorrect?: boolean[] | undefined;
  /** Id of the element holding the prompt (for aria-labelledby). */
  promptId: string;
  /** Id of the element holding a problem message, when there is one (for aria-describedby). */
  problemId: string | undefined;
}
