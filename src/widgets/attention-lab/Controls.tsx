import { memo, useCallback } from 'react';
import type { Locale } from '../../content/locale.ts';
import { NumberField } from '../../ui/NumberField.tsx';
import type { LabState } from './labState.ts';
import { LIMITS } from './props.ts';
import type { AttentionLabStrings } from './strings.ts';
import type { SwitchName } from './useAttentionLab.ts';
import { VOCABULARY, WORD_IDS, type WordId } from './vocabulary.ts';

/** Props of the lab's controls. */
export interface ControlsProps {
  state: LabState;
  locale: Locale;
  strings: AttentionLabStrings;
  onToken: (index: number, word: WordId) => void;
  onAdd: () => void;
  onRemove: () => void;
  onSwitch: (name: SwitchName, on: boolean) => void;
  onHeads: (heads: 1 | 2) => void;
  onKeyWidth: (keyWidth: number) => void;
}

const SWITCHES: readonly SwitchName[] = ['mask', 'scale', 'positions'];

/**
 * The sequence (one menu per token, from the lab's vocabulary), the teaching switches (mask, √d_k, second head,
 * positions) and d_k. Every control is a native, labelled form control. Memoised: an edit of a W entry leaves it alone.
 */
export const Controls = memo(function Controls({ state, locale, strings, onToken, onAdd, onRemove, onSwitch, onHeads, onKeyWidth }: ControlsProps) {
  const formatWhole = useCallback((value: number) => String(Math.round(value)), []);
  return (
    <div className="attention-lab__controls">
      <fieldset className="attention-lab__tokens">
        <legend>{strings.tokensLegend}</legend>
        <div className="attention-lab__token-list">
          {state.tokens.map((word, index) => (
            <label key={index} className="attention-lab__token">
              <span className="attention-lab__token-index">{strings.tokenLabel(index + 1)}</span>
              <select value={word} onChange={(event) => onToken(index, event.currentTarget.value as WordId)} data-testid={`token-${index}`}>
                {WORD_IDS.map((id) => (
                  <option key={id} value={id}>
                    {VOCABULARY[id][locale]}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <div className="attention-lab__buttons">
          <button type="button" onClick={onAdd} disabled={state.tokens.length >= LIMITS.tokens.max} data-testid="add-token">
            {strings.addToken}
          </button>
          <button type="button" onClick={onRemove} disabled={state.tokens.length <= LIMITS.tokens.min} data-testid="remove-token">
            {strings.removeToken}
          </button>
        </div>
      </fieldset>
      <fieldset className="attention-lab__switches">
        <legend>{strings.switchesLegend}</legend>
        {SWITCHES.map((name) => (
          <label key={name} className="attention-lab__switch">
            <input type="checkbox" checked={state[name]} onChange={(event) => onSwitch(name, event.currentTarget.checked)} data-testid={`switch-${name}`} />
            {strings[name]}
          </label>
        ))}
        <label className="attention-lab__switch">
          <input type="checkbox" checked={state.heads === 2} onChange={(event) => onHeads(event.currentTarget.checked ? 2 : 1)} data-testid="switch-heads" />
          {strings.secondHead}
        </label>
      </fieldset>
      <NumberField
        label={strings.keyWidth}
        value={state.keyWidth}
        min={LIMITS.keyWidth.min}
        max={LIMITS.keyWidth.max}
        step={1}
        refuse={strings.refuseWhole}
        format={formatWhole}
        onChange={onKeyWidth}
        testId="dk"
      />
    </div>
  );
});
