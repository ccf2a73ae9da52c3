import { type ReactNode, useRef } from 'react';
import { formatFixed, formatNumber } from '../../ui/formatNumber.ts';
import { useElementWidth } from '../../ui/useElementWidth.ts';
import { LossChart } from './LossChart.tsx';
import type { GptLabStrings } from './strings.ts';
import { TrainControls } from './TrainControls.tsx';
import type { TextStage } from './worker/labSession.ts';
import type { LabState } from './worker/protocol.ts';

/** Props of one training stage's panel. */
export interface StagePanelProps {
  stage: TextStage;
  state: LabState;
  strings: GptLabStrings;
  onTrain: () => void;
  onPause: () => void;
  onReset: () => void;
  onLoadCheckpoint?: (() => void) | undefined;
  /** What the stage adds under its chart (samples, the formula, the comparison). */
  children?: ReactNode;
}

const FALLBACK_WIDTH = 600;

/** A stage's controls, readouts (step, throughput, losses) and loss curve. */
export function StagePanel({ stage, state, strings, onTrain, onPause, onReset, onLoadCheckpoint, children }: StagePanelProps) {
  const chartRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(chartRef, FALLBACK_WIDTH);
  const progress = state.meta[stage];
  const running = state.running === stage;
  const lastTrain = progress.train.at(-1)?.[1];
  const lastValidation = progress.validation.at(-1)?.[1];
  const trained = state.meta.pretrain.step + state.meta.sft.step > 0;
  const locked = stage === 'pretrain' && state.meta.stage === 'sft';
  return (
    <div className="gpt-lab__stage">
      <TrainControls
        stage={stage}
        running={running}
        canTrain={state.canTrain[stage]}
        trained={trained}
        strings={strings}
        onTrain={onTrain}
        onPause={onPause}
        onReset={onReset}
        onLoadCheckpoint={onLoadCheckpoint}
      />
      <dl className="gpt-lab__readouts">
        <div>
          <dt className="visually-hidden">{strings.stepAxis}</dt>
          <dd data-testid={`${stage}-step`} data-step={progress.step}>
            {strings.stepOf(formatNumber(progress.step), formatNumber(progress.total))}
            {progress.step >= progress.total ? ` ${strings.done}` : ''}
          </dd>
        </div>
        <div>
          <dt>{strings.trainLoss}</dt>
          <dd data-testid={`${stage}-train-loss`}>{lastTrain === undefined ? '—' : formatFixed(lastTrain, 3)}</dd>
        </div>
        <div>
          <dt>{stage === 'pretrain' ? strings.validationLoss : strings.dialogueLoss}</dt>
          <dd data-testid={`${stage}-validation-loss`}>{lastValidation === undefined ? '—' : formatFixed(lastValidation, 3)}</dd>
        </div>
        <div>
          <dt>{strings.tokensPerSecond}</dt>
          <dd data-testid={`${stage}-tokens-per-second`}>{state.throughput.tokensPerSecond > 0 ? formatNumber(Math.round(state.throughput.tokensPerSecond)) : '—'}</dd>
        </div>
        <div>
          <dt>{strings.stepsPerSecond}</dt>
          <dd data-testid={`${stage}-steps-per-second`}>{state.throughput.stepsPerSecond > 0 ? formatFixed(state.throughput.stepsPerSecond, 1) : '—'}</dd>
        </div>
      </dl>
      {locked ? <p className="gpt-lab__note">{strings.pretrainLocked}</p> : null}
      <div ref={chartRef} className="gpt-lab__chart-box">
        <LossChart
          train={progress.train}
          validation={progress.validation}
          total={progress.total}
          stageName={strings.stageNames[stage]}
          strings={strings}
          width={width}
        />
      </div>
      {children}
    </div>
  );
}
