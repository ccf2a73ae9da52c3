import { memo, useCallback, useId } from 'react';
import type { PpoMode } from '../../math/rlhf/ppo.ts';
import type { LabState } from './labState.ts';
import type { NumericSetting, RewardSource } from './props.ts';
import { SettingField } from './SettingField.tsx';
import type { RlhfLabStrings } from './strings.ts';
import type { LabActions } from './useLabState.ts';

/** Props of PPO's settings. */
export interface PpoSettingsProps {
  state: Pick<LabState, 'reward' | 'mode' | 'beta' | 'epsilon' | 'learningRate' | 'batchSize' | 'epochs' | 'seed'>;
  strings: RlhfLabStrings;
  actions: LabActions;
}

/** A labelled group of radio buttons. */
function Choice<T extends string>({ legend, value, options, names, onChange, testId }: {
  legend: string;
  value: T;
  options: readonly T[];
  names: Record<T, string>;
  onChange: (value: T) => void;
  testId: string;
}) {
  const group = useId();
  return (
    <fieldset className="rlhf-lab__choice" data-testid={testId}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input type="radio" name={group} value={option} checked={value === option} onChange={() => onChange(option)} data-testid={`${testId}-${option}`} />
          {names[option]}
        </label>
      ))}
    </fieldset>
  );
}

const SOURCES: readonly RewardSource[] = ['fitted', 'true'];
const MODES: readonly PpoMode[] = ['sampled', 'exact'];
const MORE = ['epsilon', 'learningRate', 'batchSize', 'epochs', 'seed'] as const satisfies readonly NumericSetting[];

/**
 * What PPO optimises (the fitted reward model or the true preference), sampled or exact batches, β in view, and the
 * other knobs (ε, learning rate, batch size, epochs, seed) behind a disclosure: on a phone they would push the plots
 * a screen down.
 */
export const PpoSettings = memo(function PpoSettings({ state, strings, actions }: PpoSettingsProps) {
  const onSetting = useCallback((key: NumericSetting, value: number) => actions.setting(key, value), [actions]);
  return (
    <div className="rlhf-lab__ppo-settings">
      <Choice legend={strings.rewardSourceLegend} value={state.reward} options={SOURCES} names={strings.rewardSourceNames} onChange={actions.reward} testId="reward-source" />
      <Choice legend={strings.modeLegend} value={state.mode} options={MODES} names={strings.modeNames} onChange={actions.mode} testId="mode" />
      <SettingField setting="beta" value={state.beta} strings={strings} onSetting={onSetting} />
      <details className="rlhf-lab__more" data-testid="more-settings">
        <summary>{strings.moreSettings}</summary>
        <div className="rlhf-lab__settings">
          {MORE.map((key) => (
            <SettingField key={key} setting={key} value={state[key]} strings={strings} onSetting={onSetting} />
          ))}
        </div>
      </details>
    </div>
  );
});
