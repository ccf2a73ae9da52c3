/**
 * Which numbers each optimizer has, and where a step record keeps them: the rows of the numbers table.
 */
import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import type { StepRecord } from '../../math/optimizers/runOptimizer.ts';
import type { Quantity } from './strings.ts';

/** Table rows in display order. */
export const QUANTITIES: readonly Quantity[] = ['g', 'b', 'm', 'v', 'm-hat', 'v-hat', 'decay', 'delta', 'theta'];

/** The quantities each optimizer computes (SGD has no state; momentum a velocity; the Adam family m and v, …). */
export const QUANTITIES_OF: Readonly<Record<OptimizerKind, readonly Quantity[]>> = {
  sgd: ['g', 'delta', 'theta'],
  momentum: ['g', 'b', 'delta', 'theta'],
  adam: ['g', 'm', 'v', 'm-hat', 'v-hat', 'delta', 'theta'],
  'adam-no-bias-correction': ['g', 'm', 'v', 'delta', 'theta'],
  adamw: ['g', 'm', 'v', 'm-hat', 'v-hat', 'decay', 'delta', 'theta'],
};

/** The vector of a quantity in a record, or undefined where the record has none (g and Δθ at t = 0). */
export function quantityVector(record: StepRecord, quantity: Quantity): readonly number[] | undefined {
  switch (quantity) {
    case 'g':
      return record.gradient;
    case 'b':
      return record.velocity;
    case 'm':
      return record.m;
    case 'v':
      return record.v;
    case 'm-hat':
      return record.mHat;
    case 'v-hat':
      return record.vHat;
    case 'decay':
      return record.decay;
    case 'delta':
      return record.update;
    case 'theta':
      return record.theta;
  }
}

/** Coordinate keys for test ids and headers: x (and y); a 1-D surface's θ is "x" too, so selectors stay uniform. */
export const COORDINATE_KEYS = ['x', 'y'] as const;
