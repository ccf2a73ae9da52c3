// The forward pass against an independent NumPy implementation on fixed weights (reference/forward.py, which says
// how to run it and how its weights are laid out). The numbers below are its printed output.
import { describe, expect, it } from 'vitest';
import { activationsFor, forward, modelFromWeights } from './model.ts';
import type { GptConfig } from './config.ts';
import { parameterCount } from './parameterLayout.ts';

const config: GptConfig = { vocabularySize: 6, contextLength: 4, layers: 1, width: 8, heads: 2 };
const tokens = [3, 0, 5, 2];

// python3 src/math/gpt/reference/forward.py
const EXPECTED_LOGITS = [
  [-1.69003395701, 1.65331387587, -1.56222394969, 1.41975970477, -1.23060613106, 1.00098361456],
  [-1.64947757398, 1.62508490092, -1.54725070322, 1.41853458758, -1.24316943159, 1.02692218399],
  [-1.68394673041, 1.64496200544, -1.55188208982, 1.40776795138, -1.21735883744, 0.986916422929],
  [-1.65406259754, 1.62663316076, -1.54571128424, 1.41395811415, -1.23570640275, 1.01681802423],
];
const EXPECTED_HEAD_1_LAST = [0.256119619867, 0.247566866267, 0.21758026534, 0.278733248527];

function fixedWeights<A extends Float32Array | Float64Array>(ArrayType: { new (n: number): A }): A {
  const weights = new ArrayType(parameterCount(config));
  for (let i = 0; i < weights.length; i += 1) weights[i] = 0.5 * Math.sin(0.37 * i + 0.11);
  return weights;
}

describe('GPT forward pass', () => {
  it('matches the NumPy reference to 1e-10 in float64', () => {
    const model = modelFromWeights(config, fixedWeights(Float64Array));
    const acts = activationsFor(model, 1, 4);
    forward(model, acts, tokens);
    EXPECTED_LOGITS.flat().forEach((value, i) => expect(Math.abs(acts.logits[i]! - value)).toBeLessThan(1e-10));
    // Head 1's attention weights at position 3: [batch 0, head 1, row 3].
    const row = acts.blocks[0]!.weights.subarray((1 * 4 + 3) * 4, (1 * 4 + 3) * 4 + 4);
    EXPECTED_HEAD_1_LAST.forEach((value, i) => expect(Math.abs(row[i]! - value)).toBeLessThan(1e-10));
  });

  it('matches it to float32 precision (1e-5) in float32, the precision the lab trains in', () => {
    const model = modelFromWeights(config, fixedWeights(Float32Array));
    const acts = activationsFor(model, 1, 4);
    forward(model, acts, tokens);
    EXPECTED_LOGITS.flat().forEach((value, i) => expect(Math.abs(acts.logits[i]! - value)).toBeLessThan(1e-5));
  });
});
