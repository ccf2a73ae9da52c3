import { NumberField } from '../../ui/NumberField.tsx';
import { LIMITS } from './attributes.ts';
import { formatNumber } from './format.ts';
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

/**
 * α and ε on log sliders, β₁, β₂, λ, μ and the number of steps on linear ones, each with a text field. β₁ and β₂ refuse
 * 1 and say why: the bias correction divides by 1 − βᵗ.
 */
export function SettingsPanel({ state, strings, onSetting, onSteps }: SettingsPanelProps) {
  const refuse = (text: string, low: number, high: number) => strings.refuse(text, format(low), format(high));
  const refuseBeta = (name: string) => (text: string, low: number, high: number) => {
    const value = Number(text.trim());
    return text.trim() !== '' && Number.isFinite(value) && value >= 1 ? strings.refuseBeta(name, text) : refuse(text, low, high);
  };
  return (
    <div className="adam-lab__settings-panel">
      <p className="adam-lab__hint">{strings.settingsNote}</p>
      <div className="adam-lab__settings">
      <NumberField label={strings.settingLabels.lr} value={state.lr} min={1e-4} max={10} step={0} log hardMin={LIMITS.lr.min} hardMax={LIMITS.lr.max} refuse={refuse} format={format} onChange={(value) => onSetting('lr', value)} testId="lr" />
      <NumberField
        label={strings.settingLabels.beta1}
        value={state.beta1}
        min={0}
        max={0.999}
        step={0.001}
        hardMin={LIMITS.beta.min}
        hardMax={LIMITS.beta.max}
        refuse={refuseBeta('β₁')}
        format={format}
        onChange={(value) => onSetting('beta1', value)}
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
        refuse={refuseBeta('β₂')}
        format={format}
        onChange={(value) => onSetting('beta2', value)}
        testId="beta2"
      />
      <NumberField label={strings.settingLabels.eps} value={state.eps} min={1e-12} max={1} step={0} log hardMin={LIMITS.eps.min} hardMax={LIMITS.eps.max} refuse={refuse} format={format} onChange={(value) => onSetting('eps', value)} testId="eps" />
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
        onChange={(value) => onSetting('wd', value)}
        testId="wd"
      />
      <NumberField label={strings.settingLabels.momentum} value={state.momentum} min={0} max={0.99} step={0.01} hardMin={LIMITS.momentum.min} hardMax={LIMITS.momentum.max} refuse={refuse} format={format} onChange={(value) => onSetting('momentum', value)} testId="momentum" />
      <NumberField label={strings.settingLabels.steps} value={state.steps} min={LIMITS.steps.min} max={LIMITS.steps.max} step={1} refuse={refuse} format={format} onChange={onSteps} testId="steps" />
      </div>
    </div>
  );
}
