import type { Locale } from '../../content/locale.ts';
import type { ReviewRating } from '../engine/index.ts';
import { quizStrings } from './strings.ts';

/** A row of rating buttons (a toggle group: the chosen one is pressed). */
export function RatingButtons(props: {
  locale: Locale;
  label: string;
  ratings: readonly ReviewRating[];
  chosen: ReviewRating | undefined;
  onChoose: (rating: ReviewRating) => void;
}) {
  const { locale, label, ratings, chosen, onChoose } = props;
  return (
    <fieldset className="quiz-fieldset quiz-rating">
      <legend className="quiz-rating__label">{label}</legend>
      {ratings.map((rating) => (
        <button
          key={rating}
          type="button"
          className={`quiz-button quiz-rating__button quiz-rating__button--${rating}`}
          aria-pressed={chosen === undefined ? undefined : chosen === rating}
          onClick={() => onChoose(rating)}
        >
          {quizStrings[locale].rating[rating]}
        </button>
      ))}
    </fieldset>
  );
}
