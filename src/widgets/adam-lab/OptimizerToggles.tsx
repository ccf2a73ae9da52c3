import { memo } from 'react';
import { OPTIMIZER_KINDS, type OptimizerKind } from '../../math/optimizers/optimizer.ts';
import type { AdamLabStrings } from './strings.ts';

/** Props of the optimizer switches. */
export interface OptimizerTogglesProps {
  optimizers: readonly OptimizerKind[];
  strings: AdamLabStrings;
  onToggle: (kind: OptimizerKind) => void;
}

/**
 * One checkbox per optimizer, each with its colour and dash as a legend. Memoised: changing a setting or the step
 * leaves the checkboxes alone.
 */
export const OptimizerToggles = memo(function OptimizerToggles({ optimizers, strings, onToggle }: OptimizerTogglesProps) {
  return (
    <fieldset className="adam-lab__toggles">
      <legend className="visually-hidden">{strings.optimizersLegend}</legend>
      {OPTIMIZER_KINDS.map((kind) => (
        <label key={kind} className="adam-lab__toggle adam-lab__series" data-optimizer={kind}>
          <input type="checkbox" checked={optimizers.includes(kind)} onChange={() => onToggle(kind)} data-testid={`toggle-${kind}`} />
          <svg className="adam-lab__legend-line" width="22" height="10" aria-hidden="true">
            <line className="adam-lab__path" x1="1" x2="21" y1="5" y2="5" />
          </svg>
          {strings.optimizerNames[kind]}
        </label>
      ))}
    </fieldset>
  );
});
