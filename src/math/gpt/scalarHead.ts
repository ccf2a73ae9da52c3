/**
 * The scalar head: one number per sequence read from the final hidden state at a chosen position,
 * r_b = w·hidden[b, position_b] + c. The reward model of the RLHF stage is the language model with this head in place
 * of the output layer (chapter 3); it needs a config with `scalarHead: true`.
 */
import type { Activations } from './activations.ts';
import type { GptModel } from './model.ts';
import type { FloatArray, ModelTensors } from './parameterLayout.ts';

function headOf<A extends FloatArray>(tensors: ModelTensors<A>): { weight: A; bias: A } {
  if (!tensors.scalarHeadWeight || !tensors.scalarHeadBias) throw new Error('this model has no scalar head (config.scalarHead)');
  return { weight: tensors.scalarHeadWeight, bias: tensors.scalarHeadBias };
}

/** r_b for each sequence b of the last forward pass, read at `positions[b]` (0 ≤ position < time). */
export function scalarHeadForward<A extends FloatArray>(model: GptModel<A>, acts: Activations<A>, positions: ArrayLike<number>): Float64Array {
  const { weight, bias } = headOf(model.parameters);
  const { width } = model.config;
  const values = new Float64Array(acts.batch);
  for (let b = 0; b < acts.batch; b += 1) {
    const row = rowOf(acts, b, positions[b]!) * width;
    let sum = bias[0]!;
    for (let i = 0; i < width; i += 1) sum += weight[i]! * acts.hidden[row + i]!;
    values[b] = sum;
  }
  return values;
}

/**
 * From ∂L/∂r_b, adds the head's own gradients to `grads` and writes ∂L/∂hidden into `dhidden` ([batch·time, width],
 * overwritten): pass it to backward() as `upstream.hidden`.
 */
export function scalarHeadBackward<A extends FloatArray>(
  model: GptModel<A>,
  acts: Activations<A>,
  grads: ModelTensors<A>,
  positions: ArrayLike<number>,
  dvalues: ArrayLike<number>,
  dhidden: A,
): void {
  const { weight } = headOf(model.parameters);
  const head = headOf(grads);
  const { width } = model.config;
  dhidden.fill(0);
  for (let b = 0; b < acts.batch; b += 1) {
    const row = rowOf(acts, b, positions[b]!) * width;
    const upstream = dvalues[b]!;
    head.bias[0]! += upstream;
    for (let i = 0; i < width; i += 1) {
      head.weight[i]! += upstream * acts.hidden[row + i]!;
      dhidden[row + i] = upstream * weight[i]!;
    }
  }
}

function rowOf(acts: Activations<FloatArray>, b: number, position: number): number {
  if (!Number.isInteger(position) || position < 0 || position >= acts.time) {
    throw new RangeError(`position must be a whole number from 0 to ${acts.time - 1}, got ${position}`);
  }
  return b * acts.time + position;
}
