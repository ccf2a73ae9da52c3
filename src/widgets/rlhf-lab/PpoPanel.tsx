import { useMemo, useRef } from 'react';
import { expectation, optimalPolicy, probabilitiesOf, klDivergence } from '../../math/rlhf/policy.ts';
import type { PpoRun, PpoSnapshot } from '../../math/rlhf/ppoRun.ts';
import { formatFixed, formatNumber, formatPercent, MISSING_NUMBER } from '../../ui/formatNumber.ts';
import { useElementWidth } from '../../ui/useElementWidth.ts';
import { Announcer } from '../../ui/Announcer.tsx';
import { ClipPlot } from './ClipPlot.tsx';
import type { LabState } from './labState.ts';
import { PolicyBars } from './PolicyBars.tsx';
import { PpoSettings } from './PpoSettings.tsx';
import { ANNOUNCE_INTERVAL_MS, MAX_PPO_ITERATIONS } from './props.ts';
import { type CurvePoint, RewardKlPlot } from './RewardKlPlot.tsx';
import { StepControls } from './StepControls.tsx';
import type { RlhfLabStrings } from './strings.ts';
import type { LabActions } from './useLabState.ts';

/** Props of step 3. */
export interface PpoPanelProps {
  state: LabState;
  ids: readonly string[];
  reference: readonly number[];
  /** The reward model's rewards (step 2) and the centred true scores. */
  fittedRewards: readonly number[];
  trueRewards: readonly number[];
  /** The run (extended as far as the iteration shown), and that iteration. */
  run: PpoRun;
  snapshot: PpoSnapshot;
  /** Whether the reward model is still at step 0 (nothing to optimise). */
  unfitted: boolean;
  strings: RlhfLabStrings;
  actions: LabActions;
}

/** β values of the frontier: 61 points from 0.005 to 200, evenly spaced in log β. */
const FRONTIER_BETAS = Array.from({ length: 61 }, (_, i) => 10 ** (-2.3 + (i / 60) * 4.6));
/** Plot width before the panel is measured (and in jsdom). */
const FALLBACK_WIDTH = 560;
const format = (value: number) => formatNumber(value, 4);
/** Rewards are of order 1: four decimals, so that a mean of 0 reads 0.0000 rather than rounding noise (-8.3e-17). */
const formatReward = (value: number) => formatFixed(value, 4);
/** A change with its sign: +0.123, −0.456 (the minus as formatNumber writes it), 0. */
const signed = (value: number) => {
  const text = formatFixed(value, 3);
  return Number(text) > 0 ? `+${text}` : text;
};
/** How far (in reward units) both expected rewards must have moved, opposite ways, to call it reward hacking. */
const HACKING_MARGIN = 0.05;

/**
 * Step 3: PPO from π_ref against the reward model (or the true preference): its settings and step controls, the
 * exact KL and expected rewards, three bars per reply (π_ref, π, π*), the reward-against-KL path, and the last batch on
 * the clipped objective. Shows when the reward model's score rises while the true preference falls.
 */
export function PpoPanel(props: PpoPanelProps) {
  const { state, ids, reference, fittedRewards, trueRewards, run, snapshot, strings, actions } = props;
  const figureRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(figureRef, FALLBACK_WIDTH);
  const optimised = state.reward === 'fitted' ? fittedRewards : trueRewards;
  const logReference = useMemo(() => reference.map(Math.log), [reference]);
  const logOptimum = useMemo(() => optimalPolicy(logReference, optimised, state.beta), [logReference, optimised, state.beta]);
  const optimum = useMemo(() => probabilitiesOf(logOptimum), [logOptimum]);
  const t = snapshot.iteration;
  const curves = useMemo(() => {
    const shown = run.snapshots.slice(0, t + 1);
    const along = (rewards: readonly number[]) => shown.map((s): CurvePoint => ({ kl: s.kl, reward: expectation(s.probabilities, rewards) }));
    return { fitted: along(fittedRewards), truth: along(trueRewards) };
  }, [run, t, fittedRewards, trueRewards]);
  const frontier = useMemo(
    () =>
      FRONTIER_BETAS.map((beta): CurvePoint => {
        const logOptimumAt = optimalPolicy(logReference, optimised, beta);
        return { kl: klDivergence(logOptimumAt, logReference), reward: expectation(probabilitiesOf(logOptimumAt), optimised) };
      }).reverse(),
    [logReference, optimised],
  );

  const last = run.divergedAt === undefined ? MAX_PPO_ITERATIONS : run.divergedAt - 1;
  const fittedNow = curves.fitted[t]!.reward;
  const truthNow = curves.truth[t]!.reward;
  const hacking = state.reward === 'fitted' && t > 0 && fittedNow > curves.fitted[0]!.reward + HACKING_MARGIN && truthNow < curves.truth[0]!.reward - HACKING_MARGIN;
  const objective = expectation(snapshot.probabilities, optimised) - state.beta * snapshot.kl;
  const top = snapshot.probabilities.indexOf(Math.max(...snapshot.probabilities));
  const batch = snapshot.step?.batch ?? [];
  const clipped = snapshot.step === undefined ? undefined : snapshot.step.clippedFraction;
  const summary = strings.ppoSummary(t, format(snapshot.kl), formatReward(fittedNow), formatReward(truthNow), ids[top]!, formatFixed(snapshot.probabilities[top]!, 3));
  return (
    <>
      <p className="visually-hidden">{summary}</p>
      <p className="rlhf-lab__note">{strings.ppoIntro}</p>
      <PpoSettings state={state} strings={strings} actions={actions} />
      {props.unfitted && state.reward === 'fitted' ? (
        <p className="rlhf-lab__warning" data-testid="unfitted">
          {strings.unfittedNotice}{' '}
          <button type="button" onClick={actions.quickFit} data-testid="quick-fit">{strings.quickFit}</button>
        </p>
      ) : null}
      <StepControls which="ppo" step={t} last={last} end={MAX_PPO_ITERATIONS} playing={state.playing === 'ppo'} strings={strings} onReset={actions.reset} onStep={actions.step} onPlayPause={actions.playPause} />
      {run.divergedAt !== undefined && t >= last ? (
        <p className="rlhf-lab__warning" data-testid="ppo-diverged">{strings.ppoDiverged(run.divergedAt)}</p>
      ) : null}
      <dl className="rlhf-lab__readouts" data-testid="readouts">
        <div><dt>{strings.readouts.kl}</dt><dd data-testid="kl">{format(snapshot.kl)}</dd></div>
        <div><dt>{strings.readouts.fitted}</dt><dd data-testid="expected-fitted">{formatReward(fittedNow)}</dd></div>
        <div><dt>{strings.readouts.truth}</dt><dd data-testid="expected-true">{formatReward(truthNow)}</dd></div>
        <div><dt>{strings.readouts.objective}</dt><dd data-testid="objective">{formatReward(objective)}</dd></div>
        <div><dt>{strings.readouts.klBatch}</dt><dd data-testid="kl-batch">{snapshot.step ? format(snapshot.step.batchKl) : MISSING_NUMBER}</dd></div>
        <div><dt>{strings.readouts.clipped}</dt><dd data-testid="clipped">{clipped === undefined ? MISSING_NUMBER : formatPercent(clipped)}</dd></div>
      </dl>
      <p className="rlhf-lab__trend" data-hacking={hacking ? '' : undefined} data-testid="trend">
        {(hacking ? strings.hacking : strings.trend)(signed(fittedNow - curves.fitted[0]!.reward), signed(truthNow - curves.truth[0]!.reward))}
      </p>
      <PolicyBars ids={ids} reference={reference} policy={snapshot.probabilities} optimum={optimum} strings={strings} />
      <div ref={figureRef} className="rlhf-lab__figures">
        <RewardKlPlot
          width={width}
          fitted={curves.fitted}
          truth={curves.truth}
          frontier={frontier}
          optimumKl={klDivergence(logOptimum, logReference)}
          strings={strings}
          description={strings.curveDescription(t + 1, format(snapshot.kl), formatReward(fittedNow), formatReward(truthNow))}
        />
        <ClipPlot
          width={width}
          epsilon={state.epsilon}
          batch={batch}
          ids={ids}
          strings={strings}
          description={strings.clipDescription(batch.length, clipped === undefined ? MISSING_NUMBER : formatPercent(clipped), formatNumber(state.epsilon))}
        />
      </div>
      <Announcer text={summary} intervalMs={ANNOUNCE_INTERVAL_MS} />
    </>
  );
}
