import { useId, useRef, useState } from 'react';
import { formatFixed, formatNumber, formatPercent, formatTex } from '../../ui/formatNumber.ts';
import { useElementWidth } from '../../ui/useElementWidth.ts';
import type { LabClient } from './labClient.ts';
import { LiveFormula } from './LiveFormula.tsx';
import { LossChart } from './LossChart.tsx';
import type { RlhfStrings } from './rlhfStrings.ts';
import type { GptLabStrings } from './strings.ts';
import { TrainControls } from './TrainControls.tsx';
import type { LabState } from './worker/protocol.ts';
import { MAX_COMPARISON_PROMPT, MAX_COMPARISON_REPLY } from './worker/sessionMetaVersion.ts';

/** Props of the reward-model tab. */
export interface RewardPanelProps {
  state: LabState;
  client: LabClient | undefined;
  /** False while the tab is hidden. */
  active: boolean;
  strings: GptLabStrings;
  rlhf: RlhfStrings;
  onTrain: () => void;
  onPause: () => void;
}

const FALLBACK_WIDTH = 600;

/**
 * The reward model: train it on the comparisons (Train / Pause / Start over), its loss per step and on the held-out
 * comparisons, the held-out accuracy, chapter 3's pairwise loss with the last batch's number, and the score of any
 * reply the reader types.
 */
export function RewardPanel({ state, client, active, strings, rlhf, onTrain, onPause }: RewardPanelProps) {
  const chartRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(chartRef, FALLBACK_WIDTH);
  const record = state.meta.reward;
  const lastTrain = record.train.at(-1)?.[1];
  const lastHeldOut = record.heldOut.at(-1);
  const general = String.raw`\mathcal L(\theta)=-\frac{1}{N}\sum_{i=1}^{N}\log\sigma\!\left(r_\theta(x_i,y_{w,i})-r_\theta(x_i,y_{l,i})\right)`;
  const tex = lastTrain === undefined ? general : `${general}=${formatTex(lastTrain, { digits: 4 })}`;
  const plain = lastTrain === undefined ? 'L = −mean log σ(r_w − r_l)' : `L = −mean log σ(r_w − r_l) = ${formatFixed(lastTrain, 4)}`;
  return (
    <div className="gpt-lab__stage">
      <p className="gpt-lab__note">{rlhf.rewardIntro}</p>
      {state.canTrain.reward || record.step > 0 ? null : <p className="gpt-lab__note">{rlhf.rewardNeeds(formatNumber(state.rlhf.minTraining))}</p>}
      <TrainControls
        stage="reward"
        running={state.running === 'reward'}
        canTrain={state.canTrain.reward}
        trained={record.step > 0}
        strings={strings}
        onTrain={onTrain}
        onPause={onPause}
        onReset={() => client?.resetStage('reward')}
        labels={{ train: rlhf.train, reset: rlhf.startOver, confirmReset: rlhf.confirmStartOver }}
      />
      <dl className="gpt-lab__readouts">
        <div>
          <dt className="visually-hidden">{strings.stepAxis}</dt>
          <dd data-testid="reward-step" data-step={record.step}>
            {rlhf.stepOf(formatNumber(record.step), formatNumber(record.total))}
            {record.step >= record.total ? ` ${rlhf.done}` : ''}
          </dd>
        </div>
        <div>
          <dt>{rlhf.trainLoss}</dt>
          <dd data-testid="reward-train-loss">{lastTrain === undefined ? '—' : formatFixed(lastTrain, 3)}</dd>
        </div>
        <div>
          <dt>{rlhf.heldOutLoss}</dt>
          <dd data-testid="reward-held-out-loss">{lastHeldOut ? formatFixed(lastHeldOut[1], 3) : '—'}</dd>
        </div>
        <div>
          <dt>{rlhf.heldOutAccuracy}</dt>
          <dd data-testid="reward-accuracy" data-value={lastHeldOut?.[2]}>{lastHeldOut ? formatPercent(lastHeldOut[2], 0) : '—'}</dd>
        </div>
        <div>
          <dt>{rlhf.stepsPerSecond}</dt>
          <dd>{state.throughput.rewardStepsPerSecond > 0 ? formatFixed(state.throughput.rewardStepsPerSecond, 1) : '—'}</dd>
        </div>
      </dl>
      <div ref={chartRef} className="gpt-lab__chart-box">
        <LossChart
          train={record.train}
          validation={record.heldOut.map(([step, loss]) => [step, loss] as const)}
          total={record.total}
          stageName={rlhf.rewardChartName}
          strings={{ ...strings, legendValidation: rlhf.heldOutLegend, lossAxis: rlhf.rewardLossAxis }}
          width={width}
        />
      </div>
      <LiveFormula tex={tex} plain={plain} label={rlhf.formulaLabel} active={active} testId="reward-formula" />
      <ScoreForm client={client} hasModel={record.step > 0} strings={strings} rlhf={rlhf} />
    </div>
  );
}

/** The reward model's score of a question and a reply the reader types. */
function ScoreForm({ client, hasModel, strings, rlhf }: { client: LabClient | undefined; hasModel: boolean; strings: GptLabStrings; rlhf: RlhfStrings }) {
  const questionId = useId();
  const replyId = useId();
  const [question, setQuestion] = useState(strings.suggestions[0]!);
  const [reply, setReply] = useState('');
  const [result, setResult] = useState<string>();
  const score = async () => {
    if (!client) return;
    const value = await client.score(question, reply);
    setResult(value === null ? rlhf.scoreMissing : rlhf.scoreResult(formatFixed(value, 3)));
  };
  return (
    <section className="gpt-lab__compare" aria-label={rlhf.scoreTitle}>
      <h4 className="gpt-lab__subtitle">{rlhf.scoreTitle}</h4>
      <form
        className="gpt-lab__score-form"
        onSubmit={(event) => {
          event.preventDefault();
          void score();
        }}
      >
        <label htmlFor={questionId}>{rlhf.scoreQuestion}</label>
        <input id={questionId} type="text" value={question} maxLength={MAX_COMPARISON_PROMPT} onChange={(event) => setQuestion(event.currentTarget.value)} data-testid="score-question" />
        <label htmlFor={replyId}>{rlhf.scoreReply}</label>
        <input id={replyId} type="text" value={reply} maxLength={MAX_COMPARISON_REPLY} onChange={(event) => setReply(event.currentTarget.value)} data-testid="score-reply" />
        <button type="submit" disabled={!client || !hasModel || question.trim() === ''} data-testid="score-run">{rlhf.scoreButton}</button>
      </form>
      <p aria-live="polite" data-testid="score-result">{hasModel ? (result ?? '') : rlhf.scoreMissing}</p>
    </section>
  );
}
