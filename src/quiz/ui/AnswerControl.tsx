import type { Locale } from '../../content/locale.ts';
import type { Question, QuizResponse } from '../engine/index.ts';
import { ChoiceAnswer } from './ChoiceAnswer.tsx';
import { ClozeAnswer } from './ClozeAnswer.tsx';
import { Html } from './Html.tsx';
import { NumericAnswer } from './NumericAnswer.tsx';
import { OrderAnswer } from './OrderAnswer.tsx';
import type { AnswerControlProps } from './responses.ts';
import { quizStrings } from './strings.ts';

/** The prompt and the controls of any question type (the card owns the response and the grading). */
export function AnswerControl(props: AnswerControlProps<Question, QuizResponse> & { locale: Locale }) {
  const { question, response } = props;
  // Each branch pairs a question with a response of its own type: emptyResponse and the controls keep them in step.
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'truefalse':
      return <ChoiceAnswer {...props} question={question} response={response as never} />;
    case 'order':
      return <OrderAnswer {...props} question={question} response={response as never} />;
    case 'numeric':
      return <NumericAnswer {...props} question={question} response={response as never} />;
    case 'cloze':
      return <ClozeAnswer {...props} question={question} response={response as never} />;
    case 'recall':
      return (
        <div>
          <Html block className="quiz-card__prompt" id={props.promptId} html={question.promptHtml} />
          {props.answered ? null : <p className="quiz-card__hint">{quizStrings[props.locale].recallPrompt}</p>}
        </div>
      );
  }
}
