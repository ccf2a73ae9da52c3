import { adam, adamW, adamWithoutBiasCorrection } from './adam.ts';
import { momentum } from './momentum.ts';
import type { Optimizer, OptimizerKind } from './optimizer.ts';
import { sgd } from './sgd.ts';

/** Every optimizer by kind. */
export const OPTIMIZERS: Readonly<Record<OptimizerKind, Optimizer>> = {
  sgd,
  momentum,
  adam,
  'adam-no-bias-correction': adamWithoutBiasCorrection,
  adamw: adamW,
};
