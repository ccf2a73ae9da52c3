import { renderToString } from 'katex';
import { useId, useMemo, useState } from 'react';
import { KATEX_OPTIONS } from '../../markdown/katexOptions.ts';
import { SYMBOLIC_EQUATIONS, substitutedEquations, type EquationSettings } from './adamEquations.ts';
import { formatNumber } from './format.ts';
import { positionAt, type Runs } from './runs.ts';
import type { AdamLabStrings } from './strings.ts';

/** Props of the typeset update equations. */
export interface AdamEquationsProps {
  runs: Runs;
  step: number;
  dimension: 1 | 2;
  settings: EquationSettings;
  strings: AdamLabStrings;
}

/** Typesets one line (inline style, so a long line may break after = or + on a phone). */
function typeset(tex: string): string {
  return renderToString(`\\displaystyle ${tex}`, { ...KATEX_OPTIONS, displayMode: false, throwOnError: true });
}

/**
 * Adam's update for one coordinate at step t, typeset with the current numbers substituted (symbols only at t = 0),
 * followed by the note comparing the first step with and without bias correction.
 */
export function AdamEquations({ runs, step, dimension, settings, strings }: AdamEquationsProps) {
  const [index, setIndex] = useState(0);
  const selectId = useId();
  const coordinate = dimension === 1 ? '\\theta' : index === 0 ? 'x' : 'y';
  const coordinateText = dimension === 1 ? 'θ' : coordinate;
  const current = positionAt(runs.adam, step);
  const previous = positionAt(runs.adam, Math.max(0, step - 1));
  const stopped = current.stopped;
  const lines = useMemo(() => {
    if (step === 0 || stopped) return SYMBOLIC_EQUATIONS.map(typeset);
    return substitutedEquations(previous.record, current.record, dimension === 1 ? 0 : index, coordinate, settings).map(typeset);
  }, [step, stopped, previous.record, current.record, dimension, index, coordinate, settings]);

  const firstCorrected = runs.adam.records[1]?.update?.[0];
  const firstUncorrected = runs['adam-no-bias-correction'].records[1]?.update?.[0];
  return (
    <section className="adam-lab__equations" aria-label={strings.equationsTitle(coordinateText)}>
      <div className="adam-lab__equations-head">
        <p className="adam-lab__subtitle">{strings.equationsTitle(coordinateText)}</p>
        {dimension === 2 ? (
          <label className="adam-lab__inline-field" htmlFor={selectId}>
            {strings.coordinateLabel}
            <select id={selectId} value={index} onChange={(event) => setIndex(Number(event.currentTarget.value))} data-testid="equation-coordinate">
              <option value={0}>x</option>
              <option value={1}>y</option>
            </select>
          </label>
        ) : null}
      </div>
      {step === 0 || stopped ? <p className="adam-lab__hint">{stopped ? strings.equationsOff : strings.equationsIdle}</p> : null}
      <div className="adam-lab__equation-lines" data-testid="adam-equations">
        {lines.map((html, line) => (
          // KaTeX output from our own LaTeX (numbers we formatted), rendered with trust off and strict errors.
          // oxlint-disable-next-line react/no-danger
          <div key={line} className="adam-lab__equation" dangerouslySetInnerHTML={{ __html: html }} />
        ))}
      </div>
      <p className="adam-lab__bias-note" data-testid="bias-note">
        {strings.biasNote(
          formatNumber(Math.abs(firstCorrected ?? Number.NaN)),
          formatNumber(Math.abs(firstUncorrected ?? Number.NaN)),
        )}
      </p>
    </section>
  );
}
