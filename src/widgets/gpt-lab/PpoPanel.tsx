import { useRef } from 'react';
import { formatFixed, formatNumber, formatPercent, formatTex } from '../../ui/formatNumber.ts';
import { useElementWidth } from '../../ui/useElementWidth.ts';
import type { LabClient } from './labClient.ts';
import { LiveFormula } from './LiveFormula.tsx';
import { MetricsChart } from './MetricsChart.tsx';
import { PpoKnobs } from './PpoKnobs.tsx';
import { ReplyComparison } from './ReplyComparison.tsx';
import type { RlhfStrings } from './rlhfStrings.ts';
import type { GptLabStrings } from './strings.ts';
import { TrainControls } from './TrainControls.tsx';
import type { LabState } from './worker/protocol.ts';

/** Props of the PPO tab. */
export interface PpoPanelProps {
  state: LabState;
  client: LabClient | undefined;
  /** False while the tab is hidden. */
  active: boolean;
  seed: number;
  strings: GptLabStrings;
  rlhf: RlhfStrings;
  onTrain: () => void;
  onPause: () => void;
}

const FALLBACK_WIDTH = 600;

/**
 * PPO: its settings, Run / Pause / Start over, the live figures (mean score, KL to the fine-tuned model, clipped share,
 * the over-rated mark's share, time per iteration) and their chart, the KL-regularised objective with the latest
 * numbers, the policy's greedy replies to fixed questions as they drift, and one question put to the pretrained, the
 * fine-tuned and the PPO model.
 */
export function PpoPanel({ state, client, active, seed, strings, rlhf, onTrain, onPause }: PpoPanelProps) {
  const chartRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(chartRef, FALLBACK_WIDTH);
  const record = state.meta.ppo;
  const last = record.points.at(-1);
  const { mark, fixedPrompts } = state.rlhf;
  const general = String.raw`J(\pi)=\mathbb E_{y\sim\pi}\left[r(x,y)\right]-\beta\,\mathrm{KL}\left(\pi\,\Vert\,\pi^{\mathrm{SFT}}\right)`;
  const tex = last
    ? String.raw`${general}\approx${formatTex(last[1], { digits: 3 })}-${formatTex(last[4], { digits: 3 })}\times${formatTex(last[2], { digits: 3, factor: true })}=${formatTex(last[1] - last[4] * last[2], { digits: 3 })}`
    : general;
  const plain = last
    ? `J ≈ ${formatNumber(last[1], 3)} − ${formatNumber(last[4], 3)} × ${formatNumber(last[2], 3)} = ${formatNumber(last[1] - last[4] * last[2], 3)}`
    : 'J = E[r] − β·KL(π‖π_SFT)';
  return (
    <div className="gpt-lab__stage">
      <p className="gpt-lab__note">{rlhf.ppoIntro}</p>
      {state.canTrain.ppo || record.step > 0 ? null : <p className="gpt-lab__note">{rlhf.ppoNeeds}</p>}
      <p className="gpt-lab__note">{rlhf.baselineNote}</p>
      <PpoKnobs knobs={record.settings} onChange={(knobs) => client?.setKnobs(knobs)} rlhf={rlhf} />
      <TrainControls
        stage="ppo"
        running={state.running === 'ppo'}
        canTrain={state.canTrain.ppo}
        trained={record.step > 0}
        strings={strings}
        onTrain={onTrain}
        onPause={onPause}
        onReset={() => client?.resetStage('ppo')}
        labels={{ train: rlhf.trainPpo, reset: rlhf.startOver, confirmReset: rlhf.confirmStartOver }}
      />
      <dl className="gpt-lab__readouts">
        <div>
          <dt className="visually-hidden">{rlhf.iterationAxis}</dt>
          <dd data-testid="ppo-step" data-step={record.step}>
            {rlhf.iterationOf(formatNumber(record.step), formatNumber(record.total))}
            {record.step >= record.total ? ` ${rlhf.done}` : ''}
          </dd>
        </div>
        <div>
          <dt>{rlhf.meanScore}</dt>
          <dd data-testid="ppo-score" data-value={last?.[1]} data-first={record.points[0]?.[1]}>{last ? formatFixed(last[1], 2) : '—'}</dd>
        </div>
        <div>
          <dt>{rlhf.kl}</dt>
          <dd data-testid="ppo-kl" data-value={last?.[2]}>{last ? formatNumber(last[2], 3) : '—'}</dd>
        </div>
        <div>
          <dt>{rlhf.clipped}</dt>
          <dd data-testid="ppo-clipped">{last ? formatPercent(last[3], 1) : '—'}</dd>
        </div>
        <div>
          <dt>{rlhf.marked(mark)}</dt>
          <dd data-testid="ppo-marked">{last ? formatPercent(last[5], 0) : '—'}</dd>
        </div>
        <div>
          <dt>{rlhf.iterationTime}</dt>
          <dd data-testid="ppo-iteration-ms">{state.throughput.ppoIterationMs > 0 ? rlhf.milliseconds(formatNumber(Math.round(state.throughput.ppoIterationMs))) : '—'}</dd>
        </div>
      </dl>
      <div ref={chartRef} className="gpt-lab__chart-box">
        <MetricsChart points={record.points} total={record.total} mark={mark} rlhf={rlhf} width={width} />
      </div>
      <LiveFormula tex={tex} plain={plain} label={rlhf.objectiveLabel} active={active} testId="ppo-formula" />
      <section className="gpt-lab__samples" aria-label={rlhf.driftTitle}>
        <h4 className="gpt-lab__subtitle">{rlhf.driftTitle}</h4>
        {/* A box of fixed height that scrolls, focusable so that a keyboard can scroll it. */}
        {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <ol className="gpt-lab__sample-list" reversed tabIndex={0} aria-label={rlhf.driftTitle} data-testid="ppo-samples">
          {[...record.samples].reverse().map((sample) => (
            <li key={sample.iteration} data-iteration={sample.iteration}>
              <span className="gpt-lab__sample-step">{rlhf.driftAt(formatNumber(sample.iteration))}</span>
              {sample.replies.map((reply, index) => (
                <span key={fixedPrompts[index] ?? index} className="gpt-lab__drift">
                  <span className="gpt-lab__question">{fixedPrompts[index]}</span> → <q className="gpt-lab__text">{reply}</q>
                </span>
              ))}
            </li>
          ))}
        </ol>
      </section>
      <ReplyComparison
        client={client}
        models={['pretrained', 'sft', 'ppo']}
        labels={rlhf.modelNames}
        title={rlhf.modelsTitle}
        note={rlhf.modelsNote}
        seed={seed}
        strings={strings}
        askLabel={rlhf.askAll}
        testId="models"
      />
    </div>
  );
}
