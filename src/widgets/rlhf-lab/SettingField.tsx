import { memo, useCallback } from 'react';
import { NumberField } from '../../ui/NumberField.tsx';
import { NUMERIC_SETTINGS, type NumericSetting } from './props.ts';
import type { RlhfLabStrings } from './strings.ts';

/** Props of one numeric setting's control. */
export interface SettingFieldProps {
  setting: NumericSetting;
  value: number;
  strings: RlhfLabStrings;
  onSetting: (key: NumericSetting, value: number) => void;
}

/** Formats a setting for its text field: up to 6 significant digits, as the URL and the attributes write it. */
const formatSetting = (value: number) => String(Number(value.toPrecision(6)));

/**
 * A slider and a text field for one setting, with its range from NUMERIC_SETTINGS: typed values outside the range are
 * refused with a message in the reader's language (β and ε say why they must be positive); the slider covers the
 * useful part of the range. Test ids: `<setting>-slider`, `<setting>-input`.
 */
export const SettingField = memo(function SettingField({ setting, value, strings, onSetting }: SettingFieldProps) {
  const { min, max, slider } = NUMERIC_SETTINGS[setting];
  const onChange = useCallback((next: number) => onSetting(setting, next), [onSetting, setting]);
  const refuse = setting === 'beta' ? strings.refuseBeta : setting === 'epsilon' ? strings.refuseEpsilon : strings.refuse;
  return (
    <NumberField
      label={strings.settingLabels[setting]}
      value={value}
      min={slider.min}
      max={slider.max}
      step={slider.step}
      log={slider.log}
      hardMin={min}
      hardMax={max}
      refuse={refuse}
      format={formatSetting}
      onChange={onChange}
      testId={setting}
    />
  );
});
