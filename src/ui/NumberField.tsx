import { memo, useId, useState } from 'react';
import { formatNumber } from './formatNumber.ts';

/** Props of a labelled number control: a slider and a text field that stay in sync. */
export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Slider step in value units; ignored when `log` is set. */
  step: number;
  /** Slider moves on a log10 scale (for learning rates and epsilons); min must be > 0. */
  log?: boolean;
  /** Hard limits for typed values, wider than the slider's range when typing beyond it makes sense. */
  hardMin?: number;
  hardMax?: number;
  /** Why a value is refused, in the reader's language: (typed text, limits) → message. */
  refuse: (text: string, lo: number, hi: number) => string;
  onChange: (value: number) => void;
  /** Formats the value for the text field. Default: formatNumber, as the labs' readouts write numbers. */
  format?: (value: number) => string;
  /** Extra hint under the field (why a limit exists). */
  hint?: string;
  /** Test ids for browser tests and the benchmark: `${testId}-slider` and `${testId}-input`. */
  testId?: string;
}

const LOG_SLIDER_STEPS = 1000;

/**
 * A slider plus a number field, both labelled, both keyboard-operable. A typed value that is not a number, or lies
 * outside [hardMin, hardMax], is refused with a message and the last good value is kept: never NaN.
 * Memoised: give it stable callbacks (`onChange`, `refuse`, `format`), and a lab re-rendering for another control's
 * sake leaves its inputs alone (React rewrites an input's name and type on every update it gets).
 */
export const NumberField = memo(function NumberField(props: NumberFieldProps) {
  const { label, value, min, max, step, log = false, onChange, hint, testId } = props;
  const hardMin = props.hardMin ?? min;
  const hardMax = props.hardMax ?? max;
  const format = props.format ?? formatNumber;
  const id = useId();
  const [text, setText] = useState(format(value));
  const [error, setError] = useState<string | undefined>();
  const [shownValue, setShownValue] = useState(value);

  // Keep the text in step when the value changes from elsewhere (slider, drag, URL). Adjusted during the render, not in
  // an effect: an effect would commit the stale text first and render the field a second time after the input.
  if (!Object.is(shownValue, value)) {
    setShownValue(value);
    setText(format(value));
    setError(undefined);
  }

  const toSlider = (v: number) =>
    log ? Math.round(((Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))) * LOG_SLIDER_STEPS) : v;
  const fromSlider = (s: number) =>
    log ? 10 ** (Math.log10(min) + (s / LOG_SLIDER_STEPS) * (Math.log10(max) - Math.log10(min))) : s;

  const commit = (raw: string) => {
    const trimmed = raw.trim();
    const parsed = trimmed === '' ? Number.NaN : Number(trimmed);
    if (!Number.isFinite(parsed) || parsed < hardMin || parsed > hardMax) {
      setError(props.refuse(raw, hardMin, hardMax));
      return;
    }
    setError(undefined);
    onChange(parsed);
  };

  const sliderValue = Math.min(Math.max(value, min), max);
  return (
    <div className="number-field">
      <label className="number-field__label" htmlFor={`${id}-text`}>
        {label}
      </label>
      <input
        className="number-field__slider"
        type="range"
        aria-label={label}
        min={log ? 0 : min}
        max={log ? LOG_SLIDER_STEPS : max}
        step={log ? 1 : step}
        value={toSlider(sliderValue)}
        onChange={(event) => onChange(fromSlider(Number(event.currentTarget.value)))}
        data-testid={testId === undefined ? undefined : `${testId}-slider`}
      />
      <input
        id={`${id}-text`}
        className="number-field__text"
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${id}-msg` : undefined}
        onChange={(event) => setText(event.currentTarget.value)}
        onBlur={(event) => commit(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value);
        }}
        data-testid={testId === undefined ? undefined : `${testId}-input`}
      />
      {error || hint ? (
        <p id={`${id}-msg`} className={error ? 'number-field__error' : 'number-field__hint'} aria-live="polite">
          {error ?? hint}
        </p>
      ) : null}
    </div>
  );
});
