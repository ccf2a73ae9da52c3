import { memo, useId } from 'react';
import { SPEEDS } from './labState.ts';
import type { AdamLabStrings } from './strings.ts';

/** Props of the step controls. */
export interface StepControlsProps {
  step: number;
  steps: number;
  playing: boolean;
  speed: number;
  strings: AdamLabStrings;
  onReset: () => void;
  onBack: () => void;
  onForward: () => void;
  onPlayPause: () => void;
  onSpeed: (speed: number) => void;
}

/** Reset, Step back, Play/Pause, Step forward (media-player symbols, named for assistive technology), the playback
 * speed and the current step t. Memoised: changing a setting leaves them alone. */
export const StepControls = memo(function StepControls(props: StepControlsProps) {
  const { step, steps, playing, speed, strings } = props;
  const speedId = useId();
  return (
    <fieldset className="adam-lab__steps">
      <legend className="visually-hidden">{strings.stepControls}</legend>
      <button type="button" onClick={props.onReset} disabled={step === 0 && !playing} aria-label={strings.resetLabel} title={strings.resetLabel} data-testid="step-reset">
        {strings.reset}
      </button>
      <button type="button" onClick={props.onBack} disabled={step === 0} aria-label={strings.backLabel} title={strings.backLabel} data-testid="step-back">
        {strings.back}
      </button>
      <button type="button" onClick={props.onPlayPause} aria-pressed={playing} data-testid="step-play">
        {playing ? strings.pause : strings.play}
      </button>
      <button type="button" onClick={props.onForward} disabled={step >= steps} aria-label={strings.forwardLabel} title={strings.forwardLabel} data-testid="step-forward">
        {strings.forward}
      </button>
      <label className="adam-lab__inline-field" htmlFor={speedId}>
        <span className="visually-hidden">{strings.speed}</span>
        <select id={speedId} title={strings.speed} value={speed} onChange={(event) => props.onSpeed(Number(event.currentTarget.value))} data-testid="step-speed">
          {SPEEDS.map((option) => (
            <option key={option} value={option}>
              {strings.speedOption(option)}
            </option>
          ))}
        </select>
      </label>
      <output className="adam-lab__counter" data-testid="step-counter">
        {strings.stepCounter(step, steps)}
      </output>
    </fieldset>
  );
});
