import { memo, useMemo } from 'react';
import { NumberField } from '../../ui/NumberField.tsx';
import { LIMITS } from './props.ts';
import { formatNumber } from '../../ui/formatNumber.ts';
import type { LabState, NumericSetting } from './labState.ts';
import type { AdamLabStrings } from './strings.ts';

/** Props of the hyperparameter controls. */
export interface SettingsPanelProps {
  state: LabState;
  strings: AdamLabStrings;
  onSetting: (key: NumericSetting, value: number) => void;
  onSteps: (steps: number) => void;
}

/** Typed values keep up to 10 significant digits (a slider value such as 0.0316227766 stays readable). */
const format = (value: number) => formatNumber(value, 10);

/** The settings with a field of their own here (the number of steps has its own callback). */
const SETTING_KEYS = ['lr', 'beta1', 'beta2', 'eps', 'wd', 'momentum'] as const satisfies readonly NumericSetting[];

/**
 * α and ε on log sliders, β₁, β₂, λ, μ and the number of steps on linear ones, each with a text field. β₁ and β₂ refuse
 * 1 and say why: the bias correction divides by 1 − βᵗ. Every field gets callbacks that keep their identity, so moving
 * one slider re-renders that field only.
 */
export const SettingsPanel = memo(function SettingsPanel({ state, strings, onSetting, onSteps }: SettingsPanelProps) {
  const onChange = useMemo(() => {
    const handlers = SETTING_KEYS.map((key) => [key, (value: number) => onSetting(key, value)]);
    return Object.fromEntries(handlers) as Record<NumericSetting, (value: number) => void>;
  }, [onSetting]);
  const refusals = useMemo(() => {
    const refuse = (text: string, low: number, high: number) => strings.refuse(text, format(low), format(high));
    const refuseBeta = (name: string) => (text: string, low: number, high: number) => {
      const value = Number(text.trim());
      return text.trim() !== '' && Number.isFinite(value) && value >= 1 ? strings.refuseBeta(name, text) : refuse(text, low, high);
    };
    return { refuse, beta1: refuseBeta('β₁'), beta2: refuseBeta('β₂') };
  }, [strings]);
  const { refuse } = refusals;
  return (
    <div className="adam-lab__settings-panel">
      <p className="adam-lab__hint">{strings.settingsNote}</p>
      <div className="adam-lab__settings">
      <NumberField label={strings.settingLabels.lr} value={state.lr} min={1e-4} max={10} step={0} log hardMin={LIMITS.lr.min} hardMax={LIMITS.lr.max} refuse={refuse} format={format} onChange={onChange.lr} testId="lr" />
      <NumberField
        label={strings.settingLabels.beta1}
        value={state.beta1}
        min={0}
        max={0.999}
        step={0.001}
        hardMin={LIMITS.beta.min}
        hardMax={LIMITS.beta.max}
        refuse={refusals.beta1}
        format={format}
        onChange={onChange.beta1}
        testId="beta1"
      />
      <NumberField
        label={strings.settingLabels.beta2}
        value={state.beta2}
        min={0.8}
        max={0.9999}
        step={0.0001}
        hardMin={LIMITS.beta.min}
        hardMax={LIMITS.beta.max}
        refuse={refusals.beta2}
        format={format}
        onChange={onChange.beta2}
        testId="beta2"
      />
      <NumberField label={strings.settingLabels.eps} value={state.eps} min={1e-12} max={1} step={0} log hardMin={LIMITS.eps.min} hardMax={LIMITS.eps.max} refuse={refuse} format={format} onChange={onChange.eps} testId="eps" />
      <NumberField
        label={strings.settingLabels.wd}
        value={state.wd}
        min={0}
        max={1}
        step={0.01}
        hardMin={LIMITS.wd.min}
        hardMax={LIMITS.wd.max}
        refuse={refuse}
        format={format}
        onChange={onChange.wd}
        testId="wd"
      />
      <NumberField label={strings.settingLabels.momentum} value={state.momentum} min={0} max={0.99} step={0.01} hardMin={LIMITS.momentum.min} hardMax={LIMITS.momentum.max} refuse={refuse} format={format} onChange={onChange.momentum} testId="momentum" />
      <NumberField label={strings.settingLabels.steps} value={state.steps} min={LIMITS.steps.min} max={LIMITS.steps.max} step={1} refuse={refuse} format={format} onChange={onSteps} testId="steps" />
      </div>
    </div>
  );
});
