import { memo } from 'react';
import type { RlhfLabStrings } from './strings.ts';

/** Props of one process's step controls. */
export interface StepControlsProps {
  which: 'reward' | 'ppo';
  step: number;
  /** The last step the process can reach now (the end, or the step before a divergence). */
  last: number;
  /** The end of the counter. */
  end: number;
  playing: boolean;
  strings: RlhfLabStrings;
  onReset: (which: 'reward' | 'ppo') => void;
  onStep: (which: 'reward' | 'ppo') => void;
  onPlayPause: (which: 'reward' | 'ppo') => void;
}

/** Reset, Step and Play/Pause, with the step counter. Memoised: a setting's change leaves them alone. */
export const StepControls = memo(function StepControls(props: StepControlsProps) {
  const { which, step, last, end, playing, strings } = props;
  return (
    <fieldset className="rlhf-lab__steps">
      <legend className="visually-hidden">{strings.stepControls(which)}</legend>
      <button type="button" onClick={() => props.onReset(which)} disabled={step === 0 && !playing} data-testid={`${which}-reset`}>
        {strings.reset}
      </button>
      <button type="button" onClick={() => props.onStep(which)} disabled={step >= last} data-testid={`${which}-step`}>
        {strings.step}
      </button>
      <button type="button" onClick={() => props.onPlayPause(which)} aria-pressed={playing} disabled={!playing && last === 0} data-testid={`${which}-play`}>
        {playing ? strings.pause : strings.play}
      </button>
      <output className="rlhf-lab__counter" data-testid={`${which}-counter`}>
        {strings.counter(which, step, end)}
      </output>
    </fieldset>
  );
});
