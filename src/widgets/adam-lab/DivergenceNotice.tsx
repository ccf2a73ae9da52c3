import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import type { Runs } from './runs.ts';
import type { AdamLabStrings } from './strings.ts';

/** Props of the divergence messages. */
export interface DivergenceNoticeProps {
  runs: Runs;
  optimizers: readonly OptimizerKind[];
  /** True on surfaces without a minimum (the saddle): there, running off is the surface's doing, not α's. */
  unbounded: boolean;
  strings: AdamLabStrings;
}

/** One message per switched-on optimizer whose run stopped early, naming the step and the quantity that blew up. */
export function DivergenceNotice({ runs, optimizers, unbounded, strings }: DivergenceNoticeProps) {
  const stopped = optimizers.filter((kind) => runs[kind].divergence !== undefined);
  if (stopped.length === 0) return null;
  return (
    <ul className="adam-lab__divergence" data-testid="divergence">
      {stopped.map((kind) => {
        const divergence = runs[kind].divergence!;
        return (
          <li key={kind} data-optimizer={kind} className="adam-lab__series">
            <span className="adam-lab__swatch" aria-hidden="true" />
            {strings.divergence(strings.optimizerNames[kind], divergence.step, strings.quantityName[divergence.quantity], unbounded)}
          </li>
        );
      })}
    </ul>
  );
}
