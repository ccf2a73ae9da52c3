import { useState } from 'react';
import type { Stage } from './worker/labSession.ts';
import type { GptLabStrings } from './strings.ts';

/** Props of the Train / Pause / Reset row. */
export interface TrainControlsProps {
  stage: Stage;
  running: boolean;
  canTrain: boolean;
  /** True when a reset would throw away trained steps (then it asks first). */
  trained: boolean;
  strings: GptLabStrings;
  onTrain: () => void;
  onPause: () => void;
  onReset: () => void;
  /** Shown on the pretraining tab: replace the model with the shipped checkpoint. */
  onLoadCheckpoint?: (() => void) | undefined;
  /** The labels of the train button and of reset with its confirmation, where the stage names them its own way. */
  labels?: { train: string; reset: string; confirmReset: string } | undefined;
}

/**
 * Train (or Pause while training), Reset and, for pretraining, Load a pretrained model. Reset and loading replace
 * the reader's model, so once it has trained they ask for a second, explicit press: nothing trained is lost by a slip.
 */
export function TrainControls({ stage, running, canTrain, trained, strings, onTrain, onPause, onReset, onLoadCheckpoint, labels }: TrainControlsProps) {
  const [confirming, setConfirming] = useState<'reset' | 'checkpoint' | undefined>();
  const ask = (action: 'reset' | 'checkpoint', run: () => void) => {
    if (trained && confirming !== action) setConfirming(action);
    else {
      setConfirming(undefined);
      run();
    }
  };
  return (
    <fieldset className="gpt-lab__controls">
      <legend className="visually-hidden">{strings.controls}</legend>
      {running ? (
        <button type="button" onClick={onPause} data-testid={`${stage}-pause`}>{strings.pause}</button>
      ) : (
        <button type="button" className="gpt-lab__primary" onClick={onTrain} disabled={!canTrain} data-testid={`${stage}-train`}>
          {labels?.train ?? (stage === 'pretrain' ? strings.train : strings.trainSft)}
        </button>
      )}
      <button type="button" onClick={() => ask('reset', onReset)} data-testid={`${stage}-reset`}>
        {confirming === 'reset' ? (labels?.confirmReset ?? strings.confirmReset) : (labels?.reset ?? strings.reset)}
      </button>
      {onLoadCheckpoint ? (
        <button type="button" onClick={() => ask('checkpoint', onLoadCheckpoint)} data-testid="load-checkpoint">
          {confirming === 'checkpoint' ? strings.confirmReplace : strings.loadCheckpoint}
        </button>
      ) : null}
      {confirming ? (
        <button type="button" onClick={() => setConfirming(undefined)}>{strings.cancel}</button>
      ) : null}
    </fieldset>
  );
}
