import { formatNumber } from '../../ui/formatNumber.ts';
import type { Runs } from './runs.ts';
import type { AdamLabStrings } from './strings.ts';

/**
 * Adam's first step with and without bias correction, from the runs themselves: about α (0.1) against
 * α(1 − β₁)/√(1 − β₂) (0.316 with the defaults), whichever optimizers are switched on.
 */
export function BiasNote({ runs, strings }: { runs: Runs; strings: AdamLabStrings }) {
  // Row 1, coordinate 0 of the update column: Δθ₁ (when the run got that far).
  const firstUpdate = (kind: 'adam' | 'adam-no-bias-correction') => {
    const run = runs[kind];
    return run.length > 1 ? run.update[run.dimension] : undefined;
  };
  const corrected = firstUpdate('adam');
  const uncorrected = firstUpdate('adam-no-bias-correction');
  return (
    <p className="adam-lab__bias-note" data-testid="bias-note">
      {strings.biasNote(formatNumber(Math.abs(corrected ?? Number.NaN)), formatNumber(Math.abs(uncorrected ?? Number.NaN)))}
    </p>
  );
}
