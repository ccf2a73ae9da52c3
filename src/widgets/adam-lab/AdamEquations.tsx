import { useId, useMemo, useState } from 'react';
import { TypesetMath } from '../../ui/TypesetMath.tsx';
import { SYMBOLIC_EQUATIONS, substitutedEquations, type EquationSettings } from './substitutedEquations.ts';
import { recordAt } from '../../math/optimizers/runOptimizer.ts';
import { rowAt, type Runs } from './runs.ts';
import type { AdamLabStrings } from './strings.ts';

/** Props of the typeset update equations. */
export interface AdamEquationsProps {
  runs: Runs;
  step: number;
  dimension: 1 | 2;
  settings: EquationSettings;
  strings: AdamLabStrings;
  /** False while the panel is hidden: typesetting six formulas per step is then skipped. Default true. */
  active?: boolean;
}

/** One line in display style, typeset inline, so that a long line may break after = or + on a phone. */
const displayStyle = (tex: string) => `\\displaystyle ${tex}`;

/**
 * Adam's update for one coordinate at step t, typeset with the current numbers substituted (symbols only at t = 0).
 */
export function AdamEquations({ runs, step, dimension, settings, strings, active = true }: AdamEquationsProps) {
  const [index, setIndex] = useState(0);
  const selectId = useId();
  const coordinate = dimension === 1 ? '\\theta' : index === 0 ? 'x' : 'y';
  const coordinateText = dimension === 1 ? 'θ' : coordinate;
  const run = runs.adam;
  const { stopped } = rowAt(run, step);
  const lines = useMemo(() => {
    if (!active) return [];
    if (step === 0 || stopped) return SYMBOLIC_EQUATIONS.map(displayStyle);
    const previous = recordAt(run, step - 1);
    const current = recordAt(run, step);
    return substitutedEquations(previous, current, dimension === 1 ? 0 : index, coordinate, settings).map(displayStyle);
  }, [active, step, stopped, run, dimension, index, coordinate, settings]);

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
        {lines.map((tex, line) => (
          <TypesetMath key={line} as="div" className="adam-lab__equation" tex={tex} />
        ))}
      </div>
    </section>
  );
}
