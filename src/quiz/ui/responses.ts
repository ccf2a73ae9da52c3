import { shuffledOrder, type Question, type QuizResponse } from '../engine/index.ts';

/** The response a question starts from: nothing chosen, empty fields, order items shuffled (the same way each visit). */
export function emptyResponse(question: Question): QuizResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: undefined };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'truefalse':
      return { type: 'truefalse', value: undefined };
    case 'order':
      return { type: 'order', order: shuffledOrder(question.itemsHtml.length, question.id) };
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
