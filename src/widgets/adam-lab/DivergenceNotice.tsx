import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import type { Runs } from './runs.ts';
import type { AdamLabStrings } from './strings.ts';

/** Props of the divergence message. */
export interface DivergenceNoticeProps {
  runs: Runs;
  optimizers: readonly OptimizerKind[];
  /** True on surfaces without a minimum (the saddle): there, running off is the surface's doing, not α's. */
  unbounded: boolean;
  strings: AdamLabStrings;
}

/**
 * One short paragraph naming every switched-on optimizer whose run stopped early, the step and the quantity that
 * blew up, and why. Shown for the whole run (not only once t reaches the step), since it is a property of the settings.
 */
export function DivergenceNotice({ runs, optimizers, unbounded, strings }: DivergenceNoticeProps) {
  const list = optimizers
    .filter((kind) => runs[kind].divergence !== undefined)
    .map((kind) => {
      const { step, quantity, reason } = runs[kind].divergence!;
      return strings.divergedAt(strings.optimizerNames[kind], step, strings.quantityName[quantity], reason === 'non-finite');
    });
  if (list.length === 0) return null;
  return (
    <p className="adam-lab__divergence" data-testid="divergence">
      {strings.divergence(list.join(strings.listSeparator), unbounded)}
    </p>
  );
}
