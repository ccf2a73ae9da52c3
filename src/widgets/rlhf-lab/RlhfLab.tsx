import { useCallback, useMemo } from 'react';
import { createPpoRun } from '../../math/rlhf/ppoRun.ts';
import { Tabs } from '../../ui/Tabs.tsx';
import type { WidgetProps } from '../types.ts';
import { fitFor, labInputs, rewardModelAt } from './model.ts';
import { PpoPanel } from './PpoPanel.tsx';
import { MAX_PPO_ITERATIONS, MAX_REWARD_STEPS, RLHF_LAB_RESERVE, type RlhfLabProps } from './props.ts';
import { RankPanel } from './RankPanel.tsx';
import { RewardPanel } from './RewardPanel.tsx';
import { STRINGS } from './strings.ts';
import { TABS } from './labState.ts';
import { useLabState, usePlayback } from './useLabState.ts';
// The widget's own styles travel in its lazily loaded chunk.
import './rlhf-lab.css';

/**
 * The RLHF lab: (1) the reader ranks K replies to one prompt; (2) a Bradley–Terry reward model is fitted to the
 * C(K, 2) pairs by gradient descent, step by step; (3) PPO pushes a softmax policy over the replies from π_ref
 * towards higher reward under a KL penalty, against the fitted model or the chapter's true preference. The fit and the
 * run are recomputed from the state (a few milliseconds), so any setting can change at any step and a link reproduces
 * the view. Its state lives in the URL under `context.instanceId`.
 */
export default function RlhfLab({ context, ...props }: WidgetProps<RlhfLabProps>) {
  const strings = STRINGS[context.locale];
  const [state, actions] = useLabState(props, context.instanceId);
  const { features, replies } = props;
  const inputs = useMemo(() => labInputs({ features, replies }), [features, replies]);
  const ids = useMemo(() => replies.map((reply) => reply.id), [replies]);

  const fit = useMemo(() => fitFor(inputs, state.ranking, state.l2, state.rewardLearningRate), [inputs, state.ranking, state.l2, state.rewardLearningRate]);
  const model = useMemo(() => rewardModelAt(inputs, fit, state.l2, state.rewardStep), [inputs, fit, state.l2, state.rewardStep]);
  const optimised = state.reward === 'fitted' ? model.rewards : inputs.trueRewards;
  const { beta, epsilon, learningRate, batchSize, epochs, mode, seed } = state;
  // A run grows as far as the reader has stepped, no further: a change of β recomputes only the iterations shown, and
  // stepping on computes one more. Extending it during the render is safe: a run is a pure function of its inputs.
  const run = useMemo(
    () =>
      createPpoRun({
        referenceProbabilities: inputs.reference,
        rewards: optimised,
        settings: { beta, epsilon, learningRate, batchSize, epochs, mode },
        seed,
      }),
    [inputs.reference, optimised, beta, epsilon, learningRate, batchSize, epochs, mode, seed],
  );
  const snapshot = run.extendTo(state.ppoStep);

  const limit =
    state.playing === 'reward'
      ? (fit.divergedAt ?? MAX_REWARD_STEPS + 1) - 1
      : (run.divergedAt ?? MAX_PPO_ITERATIONS + 1) - 1;
  usePlayback(state.playing, limit, actions.tick);
  const onNext = useCallback(() => actions.tab('reward'), [actions]);

  const panel =
    state.tab === 'rank' ? (
      <RankPanel props={props} ranking={state.ranking} pairs={fit.pairs} strings={strings} onMove={actions.move} onRanking={actions.ranking} onNext={onNext} />
    ) : state.tab === 'reward' ? (
      <RewardPanel props={props} fit={fit} model={model} l2={state.l2} learningRate={state.rewardLearningRate} shift={state.shift} playing={state.playing === 'reward'} strings={strings} actions={actions} />
    ) : (
      <PpoPanel
        state={state}
        ids={ids}
        reference={inputs.reference}
        fittedRewards={model.rewards}
        trueRewards={inputs.trueRewards}
        run={run}
        snapshot={snapshot}
        unfitted={model.step === 0}
        strings={strings}
        actions={actions}
      />
    );
  return (
    <section className="rlhf-lab" style={{ minHeight: RLHF_LAB_RESERVE }} aria-label={strings.title}>
      <h3 className="rlhf-lab__title">{strings.title}</h3>
      <Tabs
        ids={TABS}
        active={state.tab}
        onSelect={actions.tab}
        label={strings.tabsLabel}
        names={strings.tabNames}
        renderPanel={() => panel}
        panelClassName="rlhf-lab__panel"
      />
    </section>
  );
}
