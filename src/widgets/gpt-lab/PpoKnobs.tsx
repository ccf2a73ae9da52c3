import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { formatNumber } from '../../ui/formatNumber.ts';
import { NumberField } from '../../ui/NumberField.tsx';
import type { RlhfStrings } from './rlhfStrings.ts';
import type { PpoKnobs as Knobs } from './worker/sessionMeta.ts';

/** Props of PPO's settings. */
export interface PpoKnobsProps {
  /** The settings as the session holds them. */
  knobs: Knobs;
  onChange: (knobs: Knobs) => void;
  rlhf: RlhfStrings;
}

/** Wait after the last move of a control before the change goes to the worker (a drag sends one, not dozens). */
const SEND_DELAY_MS = 300;
/** Replies per iteration the reader can choose: multiples of the four replies per question. */
const ROLLOUT_CHOICES = [8, 16, 32];

/**
 * β (log slider, 0 typed allowed), ε, the learning rate (log slider) and replies per iteration. The shown values follow
 * the reader at once; the session gets them once the reader stops moving a control, and they apply from the next
 * iteration.
 */
export function PpoKnobs({ knobs, onChange, rlhf }: PpoKnobsProps) {
  const rolloutsId = useId();
  const [pending, setPending] = useState<Knobs>();
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef<Knobs | undefined>(undefined);
  // Once the session reports the values sent, the pending copy has done its job.
  if (pending && sameKnobs(pending, knobs)) setPending(undefined);
  const shown = pending ?? knobs;

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (latest.current) onChange(latest.current);
    latest.current = undefined;
  }, [onChange]);
  useEffect(() => flush, [flush]);

  const update = useCallback(
    (part: Partial<Knobs>) => {
      const next = { ...(latest.current ?? shown), ...part };
      latest.current = next;
      setPending(next);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, SEND_DELAY_MS);
    },
    [shown, flush],
  );
  const refuse = useCallback((text: string, low: number, high: number) => rlhf.refuse(text, formatNumber(low), formatNumber(high)), [rlhf]);
  const setBeta = useCallback((beta: number) => update({ beta }), [update]);
  const setEpsilon = useCallback((epsilon: number) => update({ epsilon }), [update]);
  const setLearningRate = useCallback((learningRate: number) => update({ learningRate }), [update]);

  return (
    <fieldset className="gpt-lab__knobs">
      <legend>{rlhf.knobsTitle}</legend>
      <NumberField label={rlhf.betaLabel} value={shown.beta} min={0.001} max={10} hardMin={0} hardMax={10} step={0.001} log refuse={refuse} onChange={setBeta} testId="ppo-beta" />
      <NumberField label={rlhf.epsilonLabel} value={shown.epsilon} min={0.05} max={0.5} hardMin={0.01} hardMax={0.9} step={0.01} refuse={refuse} onChange={setEpsilon} testId="ppo-epsilon" />
      <NumberField label={rlhf.learningRateLabel} value={shown.learningRate} min={1e-5} max={1e-3} hardMin={1e-6} hardMax={1e-2} step={1e-5} log refuse={refuse} onChange={setLearningRate} testId="ppo-learning-rate" />
      <div className="gpt-lab__select">
        <label htmlFor={rolloutsId}>{rlhf.rolloutsLabel}</label>
        <select id={rolloutsId} value={shown.rollouts} onChange={(event) => update({ rollouts: Number(event.currentTarget.value) })} data-testid="ppo-rollouts">
          {ROLLOUT_CHOICES.map((count) => <option key={count} value={count}>{formatNumber(count)}</option>)}
        </select>
      </div>
      <p className="gpt-lab__note">{rlhf.knobsNote}</p>
    </fieldset>
  );
}

function sameKnobs(a: Knobs, b: Knobs): boolean {
  return a.beta === b.beta && a.epsilon === b.epsilon && a.learningRate === b.learningRate && a.rollouts === b.rollouts;
}
