import { useCallback, useMemo } from 'react';
import { pairwiseLoss } from '../../math/rlhf/bradleyTerry.ts';
import { formatNumber } from '../../ui/formatNumber.ts';
import { NumberField } from '../../ui/NumberField.tsx';
import { TypesetMath } from '../../ui/TypesetMath.tsx';
import { Announcer } from '../../ui/Announcer.tsx';
import { MAX_SHIFT } from './labState.ts';
import { lossTex } from './lossFormula.ts';
import type { RewardFit, RewardModelState } from './model.ts';
import { ANNOUNCE_INTERVAL_MS, MAX_REWARD_STEPS, type NumericSetting, type RlhfLabProps } from './props.ts';
import { ModelTables, PairsTable } from './RewardTables.tsx';
import { SettingField } from './SettingField.tsx';
import { StepControls } from './StepControls.tsx';
import type { RlhfLabStrings } from './strings.ts';
import type { LabActions } from './useLabState.ts';

/** Props of step 2. */
export interface RewardPanelProps {
  props: RlhfLabProps;
  fit: RewardFit;
  model: RewardModelState;
  l2: number;
  learningRate: number;
  shift: number;
  playing: boolean;
  strings: RlhfLabStrings;
  actions: LabActions;
}

/**
 * Step 2: the Bradley–Terry reward model fitted to the reader's ranking by gradient descent, step by step: its
 * settings, the loss typeset with the current numbers, every pair's σ(r_w − r_l), the weights and the rewards, and the
 * shift demonstration (adding c to every reward changes no pair's margin, so no loss).
 */
export function RewardPanel({ props, fit, model, l2, learningRate, shift, playing, strings, actions }: RewardPanelProps) {
  const ids = useMemo(() => props.replies.map((reply) => reply.id), [props.replies]);
  const last = fit.divergedAt === undefined ? MAX_REWARD_STEPS : fit.divergedAt - 1;
  const onSetting = useCallback((key: NumericSetting, value: number) => actions.setting(key, value), [actions]);
  const ordered = model.evaluation.probabilities.filter((probability) => probability > 0.5).length;
  const loss = pairwiseLoss(model.rewards, fit.pairs);
  const shiftedLoss = pairwiseLoss(model.rewards.map((reward) => reward + shift), fit.pairs);
  const summary = strings.rewardSummary(
    model.step,
    formatNumber(model.evaluation.loss, 4),
    model.rewards.map((reward, k) => `${ids[k]} ${formatNumber(reward, 3)}`).join(', '),
    ordered,
    fit.pairs.length,
  );
  return (
    <>
      <p className="visually-hidden">{summary}</p>
      <p>
        {strings.rewardIntro} <TypesetMath tex={'r(y)=\\mathbf{w}\\cdot\\mathbf{x}(y)+b'} />
      </p>
      <p className="rlhf-lab__note">{strings.l2Note}</p>
      <p className="rlhf-lab__note">{strings.biasNote}</p>
      <div className="rlhf-lab__settings">
        <SettingField setting="l2" value={l2} strings={strings} onSetting={onSetting} />
        <SettingField setting="rewardLearningRate" value={learningRate} strings={strings} onSetting={onSetting} />
      </div>
      <StepControls
        which="reward"
        step={model.step}
        last={last}
        end={MAX_REWARD_STEPS}
        playing={playing}
        strings={strings}
        onReset={actions.reset}
        onStep={actions.step}
        onPlayPause={actions.playPause}
      />
      {fit.divergedAt !== undefined && model.step >= last ? (
        <p className="rlhf-lab__warning" data-testid="reward-diverged">
          {strings.rewardDiverged(fit.divergedAt)}
        </p>
      ) : null}
      {model.step === 0 ? <p className="rlhf-lab__hint">{strings.notFitted}</p> : null}
      {/* The formula may be wider than a phone: it scrolls sideways in a region the keyboard can reach. */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <section className="rlhf-lab__formula-scroll" tabIndex={0} aria-label={strings.lossLabel}>
        <TypesetMath as="div" display tex={lossTex(model.evaluation, l2)} testId="loss-formula" />
      </section>
      <p data-testid="ordered-count">{strings.orderedCount(ordered, fit.pairs.length)}</p>
      <PairsTable pairs={fit.pairs} model={model} ids={ids} strings={strings} />
      <ModelTables model={model} ids={ids} featureText={props.text.features} shift={shift} strings={strings} />
      <div className="rlhf-lab__shift">
        <NumberField
          label={strings.shiftLabel}
          value={shift}
          min={-10}
          max={10}
          step={0.5}
          hardMin={-MAX_SHIFT}
          hardMax={MAX_SHIFT}
          refuse={strings.refuse}
          onChange={actions.shift}
          testId="shift"
        />
        <p data-testid="shift-result">{strings.shiftResult(formatNumber(loss, 6), formatNumber(shiftedLoss, 6))}</p>
      </div>
      <div className="rlhf-lab__actions">
        <button type="button" onClick={() => actions.tab('ppo')} data-testid="next-ppo">
          {strings.next.ppo}
        </button>
      </div>
      <Announcer text={summary} intervalMs={ANNOUNCE_INTERVAL_MS} />
    </>
  );
}
