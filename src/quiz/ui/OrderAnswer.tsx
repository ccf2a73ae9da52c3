import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Locale } from '../../content/locale.ts';
import type { OrderQuestion, QuizResponse } from '../engine/index.ts';
import { Html } from './Html.tsx';
import type { AnswerControlProps } from './responses.ts';
import { quizStrings } from './strings.ts';

type OrderResponse = Extract<QuizResponse, { type: 'order' }>;
type Direction = -1 | 1;

/**
 * Order questions: a numbered list with "move up" and "move down" buttons on each item (Alt+↑ / Alt+↓ on a button
 * moves too). Focus follows the moved item, and the new position is announced politely.
 */
export function OrderAnswer(props: AnswerControlProps<OrderQuestion, OrderResponse> & { locale: Locale }) {
  const { question, response, onChange, answered, promptId, problemId, locale } = props;
  const strings = quizStrings[locale];
  const baseId = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  /** The button to focus after the next render: `${item}:${direction}`. */
  const pendingFocus = useRef<string | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const total = response.order.length;

  useEffect(() => {
    if (pendingFocus.current === undefined) return;
    buttons.current.get(pendingFocus.current)?.focus();
    pendingFocus.current = undefined;
  });

  const move = (position: number, direction: Direction) => {
    const target = position + direction;
    if (answered || target < 0 || target >= total) return;
    const order = [...response.order];
    [order[position], order[target]] = [order[target] as number, order[position] as number];
    onChange({ type: 'order', order });
    const item = order[target] as number;
    // At either end the button pressed becomes disabled: keep focus on the item's other button instead.
    const atEdge = (direction === -1 && target === 0) || (direction === 1 && target === total - 1);
    pendingFocus.current = `${item}:${atEdge ? -direction : direction}`;
    setAnnouncement(strings.moved(target + 1, total));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, position: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(position, event.key === 'ArrowUp' ? -1 : 1);
  };

  const button = (item: number, position: number, direction: Direction) => (
    <button
      type="button"
      className="quiz-order__move"
      ref={(element) => {
        if (element) buttons.current.set(`${item}:${direction}`, element);
        else buttons.current.delete(`${item}:${direction}`);
      }}
      aria-label={direction === -1 ? strings.moveUp(position + 1) : strings.moveDown(position + 1)}
      aria-describedby={`${baseId}-item-${item}`}
      disabled={answered || (direction === -1 ? position === 0 : position === total - 1)}
      onClick={() => move(position, direction)}
      onKeyDown={(event) => onKeyDown(event, position)}
    >
      <span aria-hidden="true">{direction === -1 ? '↑' : '↓'}</span>
    </button>
  );

  return (
    <fieldset className="quiz-fieldset" aria-describedby={problemId}>
      <legend className="quiz-card__prompt" id={promptId}>
        <Html html={question.promptHtml} />
      </legend>
      {answered ? null : <p className="quiz-card__hint">{strings.orderHint}</p>}
      <ol className="quiz-order">
        {response.order.map((item, position) => (
          <li key={item} className="quiz-order__row">
            <span className="quiz-order__position" aria-hidden="true">
              {position + 1}.
            </span>
            <Html block className="quiz-order__item" id={`${baseId}-item-${item}`} html={question.itemsHtml[item] ?? ''} />
            {button(item, position, -1)}
            {button(item, position, 1)}
          </li>
        ))}
      </ol>
      <p className="quiz-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
