import { memo, useCallback, useId, useMemo, useState } from 'react';
import { crossEntropy, perplexity, softmax } from '../../math/softmax.ts';
import { NumberField } from '../../ui/NumberField.tsx';
import { readUrlState } from '../../ui/urlState.ts';
import { useUrlStateWriter } from '../../ui/useUrlStateWriter.ts';
import { TypesetMath } from '../../ui/TypesetMath.tsx';
import { formatNumber, formatTex } from '../../ui/formatNumber.ts';
import type { WidgetProps } from '../types.ts';
import { attributeParsers, LIMITS, MAX_ABS_LOGIT, SOFTMAX_LAB_RESERVE, type SoftmaxLabProps } from './props.ts';
import { STRINGS } from './strings.ts';
import './softmax-lab.css';

/** Four significant digits, the precision the chapter quotes. */
const DIGITS = 4;
const format = (value: number) => formatNumber(value, DIGITS);

/**
 * Reads the starting state from the URL where it parses (with the directive's own attribute parsers) and fits the
 * logits, else from the directive's props: a bad URL value is ignored, not fatal.
 */
function initialState(props: SoftmaxLabProps, instanceId: string) {
  const url = readUrlState(instanceId);
  const temperature = url.t === undefined ? undefined : attributeParsers.temperature.safeParse(url.t);
  const target = url.target === undefined ? undefined : attributeParsers.target.safeParse(url.target);
  return {
    temperature: temperature?.success ? temperature.data : props.temperature,
    target: target?.success && target.data < props.logits.length ? target.data : props.target,
  };
}

type SoftmaxStrings = (typeof STRINGS)[keyof typeof STRINGS];

/** Props of one token's controls. */
interface TokenControlsProps {
  index: number;
  logit: number;
  isTarget: boolean;
  /** Name of the radio group that picks the target. */
  group: string;
  strings: SoftmaxStrings;
  onTarget: (index: number) => void;
  onLogit: (index: number, value: number) => void;
}

/**
 * A token's target radio and its logit field. Memoised apart from the token's bar: moving the temperature changes
 * every probability but no control, and React rewrites an input's name and type on each update it gets.
 */
const TokenControls = memo(function TokenControls({ index, logit, isTarget, group, strings, onTarget, onLogit }: TokenControlsProps) {
  const onChange = useCallback((value: number) => onLogit(index, value), [onLogit, index]);
  return (
    <>
      <label className="softmax-lab__radio">
        <input type="radio" name={group} checked={isTarget} onChange={() => onTarget(index)} />
        {strings.token(index)}
      </label>
      <NumberField
        label={strings.logit(index)}
        value={logit}
        min={-10}
        max={10}
        step={0.1}
        hardMin={-MAX_ABS_LOGIT}
        hardMax={MAX_ABS_LOGIT}
        refuse={strings.refuse}
        onChange={onChange}
        testId={`logit-${index}`}
      />
    </>
  );
});

/**
 * Softmax with temperature and the cross-entropy of a chosen target token, with every number shown: the reader sees
 * the loss fall as the target's probability rises, and the distribution sharpen or flatten with T.
 */
export default function SoftmaxLab({ logits: initialLogits, context, ...props }: WidgetProps<SoftmaxLabProps>) {
  const strings = STRINGS[context.locale];
  const [logits, setLogits] = useState(initialLogits);
  const [{ temperature, target }, setState] = useState(() => initialState({ logits: initialLogits, ...props }, context.instanceId));
  const groupId = useId();
  const onTemperature = useCallback((value: number) => setState((state) => ({ ...state, temperature: value })), []);
  const onTarget = useCallback((index: number) => setState((state) => ({ ...state, target: index })), []);
  const onLogit = useCallback(
    (index: number, value: number) => setLogits((current) => current.map((old, i) => (i === index ? value : old))),
    [],
  );

  useUrlStateWriter(context.instanceId, { t: String(temperature), target: String(target) });

  const probabilities = useMemo(() => softmax(logits, temperature), [logits, temperature]);
  const loss = crossEntropy(logits, target, temperature);
  const tex = (value: number) => formatTex(value, { digits: DIGITS });
  const formula = `\\mathcal{L} = -\\ln p_{${target + 1}} = -\\ln ${tex(probabilities[target]!)} = ${tex(loss)}`;

  return (
    <section className="softmax-lab" aria-label={strings.title} style={{ minHeight: SOFTMAX_LAB_RESERVE }}>
      <h3 className="softmax-lab__title">{strings.title}</h3>
      <NumberField
        label={strings.temperature}
        value={temperature}
        min={LIMITS.temperature.min}
        max={LIMITS.temperature.max}
        step={0.05}
        log
        refuse={strings.refuse}
        onChange={onTemperature}
        testId="temperature"
      />
      <fieldset className="softmax-lab__tokens">
        <legend>{strings.target}</legend>
        {logits.map((logit, index) => (
          <div className="softmax-lab__token" key={index}>
            <TokenControls
              index={index}
              logit={logit}
              isTarget={index === target}
              group={groupId}
              strings={strings}
              onTarget={onTarget}
              onLogit={onLogit}
            />
            <div className="softmax-lab__bar">
              <span className="softmax-lab__track" aria-hidden="true">
                <span
                  className="softmax-lab__fill"
                  style={{ width: `${(probabilities[index]! * 100).toFixed(2)}%` }}
                  data-target={index === target ? '' : undefined}
                />
              </span>
              <span className="softmax-lab__value">
                <span className="visually-hidden">{strings.token(index)}, {strings.probability}: </span>
                <span data-testid={`softmax-p-${index}`}>{format(probabilities[index]!)}</span>
              </span>
            </div>
          </div>
        ))}
      </fieldset>
      <TypesetMath as="div" display className="softmax-lab__formula" tex={formula} />
      <dl className="softmax-lab__readout" aria-live="polite">
        <div><dt>{strings.loss}</dt><dd data-testid="softmax-loss">{format(loss)}</dd></div>
        <div><dt>{strings.perplexity}</dt><dd data-testid="softmax-perplexity">{format(perplexity(loss))}</dd></div>
      </dl>
    </section>
  );
}
