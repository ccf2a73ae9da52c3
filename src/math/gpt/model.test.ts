// The whole model's backward pass against central finite differences, every parameter, in float64: a 2-layer model
// small enough that 2 forward passes per parameter stay quick. The loss mixes every way a gradient can enter: the
// masked language-model loss on the logits and a scalar head on the hidden states.
import { describe, expect, it } from 'vitest';
import { activationsFor } from './model.ts';
import { backward } from './backward.ts';
import type { GptConfig } from './config.ts';
import { crossEntropyBackward, crossEntropyForward } from './kernels/crossEntropy.ts';
import { createGradients, createModel, forward } from './model.ts';
import { parameterCount, parameterLayout } from './parameterLayout.ts';
import { scalarHeadBackward, scalarHeadForward } from './scalarHead.ts';
import { mulberry32, randomNormal } from '../random.ts';

const config: GptConfig = { vocabularySize: 7, contextLength: 5, layers: 2, width: 8, heads: 2, scalarHead: true };
const batch = 2;
const time = 5;
const tokens = [1, 4, 2, 2, 6, 0, 3, 5, 1, 4];
const targets = Int32Array.from([4, 2, 2, 6, 0, 3, 5, 1, 4, 4]);
const mask = Float64Array.from([0, 1, 1, 0, 1, 1, 1, 0, 0, 1]);
const positions = [4, 2];
const rewardWeights = [0.7, -1.3];

function setup() {
  const model = createModel<Float64Array>(config, 11, Float64Array);
  // Fresh initialisation has zero biases and unit gains and a zero scalar head: randomise everything, so that no
  // gradient is trivially zero and every path is exercised.
  const random = mulberry32(5);
  const all = model.parameters.all;
  for (let i = 0; i < all.length; i += 1) all[i] = all[i]! + 0.3 * randomNormal(random);
  const acts = activationsFor(model, batch, time);
  const loss = () => {
    forward(model, acts, tokens);
    const lm = crossEntropyForward(acts.probs, acts.losses, acts.logits, targets, mask, batch * time, config.vocabularySize);
    const rewards = scalarHeadForward(model, acts, positions);
    return { value: lm.loss + rewards[0]! * rewardWeights[0]! + rewards[1]! * rewardWeights[1]!, count: lm.count };
  };
  return { model, acts, loss };
}

describe('GPT backward pass', () => {
  it('matches finite differences for every parameter, through logits and a scalar head', () => {
    const { model, acts, loss } = setup();
    const { count } = loss();
    const grads = createGradients(model);
    const dlogits = new Float64Array(batch * time * config.vocabularySize);
    crossEntropyBackward(dlogits, acts.probs, targets, mask, count, batch * time, config.vocabularySize);
    const dhidden = new Float64Array(batch * time * config.width);
    scalarHeadBackward(model, acts, grads, positions, rewardWeights, dhidden);
    backward(model, acts, grads, { logits: dlogits, hidden: dhidden });

    const step = 1e-6;
    const all = model.parameters.all;
    const worstByTensor = new Map<string, number>();
    for (const spec of parameterLayout(config)) {
      let worst = 0;
      for (let i = spec.offset; i < spec.offset + spec.size; i += 1) {
        const saved = all[i]!;
        all[i] = saved + step;
        const up = loss().value;
        all[i] = saved - step;
        const down = loss().value;
        all[i] = saved;
        const numeric = (up - down) / (2 * step);
        worst = Math.max(worst, Math.abs(numeric - grads.all[i]!) / Math.max(1, Math.abs(numeric)));
      }
      worstByTensor.set(spec.name, worst);
    }
    expect(worstByTensor.size).toBe(2 + 12 * config.layers + 2 + 2);
    expect([...worstByTensor].filter(([, worst]) => !(worst < 1e-6))).toEqual([]);
  });

  it('counts parameters as the formula does: V·d + T·d + L·(12d² + 13d) + 2d (+ d + 1 for the scalar head)', () => {
    const { vocabularySize: V, contextLength: T, layers: L, width: d } = config;
    expect(parameterCount(config)).toBe(V * d + T * d + L * (12 * d * d + 13 * d) + 2 * d + d + 1);
    expect(parameterCount({ ...config, scalarHead: false })).toBe(V * d + T * d + L * (12 * d * d + 13 * d) + 2 * d);
  });

  it('refuses tokens outside the vocabulary and a batch of the wrong length', () => {
    const { model, acts } = setup();
    expect(() => forward(model, acts, [...tokens.slice(0, 9), 7])).toThrow(/outside the vocabulary/);
    expect(() => forward(model, acts, tokens.slice(0, 9))).toThrow(/expected 10 tokens/);
  });
});
