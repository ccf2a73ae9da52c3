// Every layer's backward pass against central finite differences, in float64 (the kernels are generic over the array
// type, so the same code that trains in float32 is checked here in float64, where differences of 1e-6 are exact
// enough for a relative tolerance of 1e-6). Each check uses L = Σ r ⊙ out for a fixed random r, so ∂L/∂out = r.
import { describe, expect, it } from 'vitest';
import { mulberry32, randomNormal } from '../../random.ts';
import { attentionBackward, attentionForward } from './attention.ts';
import { crossEntropyBackward, crossEntropyForward, tokenLogProbabilities } from './crossEntropy.ts';
import { embeddingBackward, embeddingForward } from './embedding.ts';
import { geluBackward, geluForward } from './gelu.ts';
import { layerNormBackward, layerNormForward } from './layerNorm.ts';
import { linearBackward, linearForward } from './linear.ts';
import { geluTanhApproximation } from '../../gelu.ts';

const random = mulberry32(20240601);
const normals = (size: number, scale = 1) => Float64Array.from({ length: size }, () => randomNormal(random) * scale);
const STEP = 1e-6;

/** Central difference of `loss` with respect to each element of `input`, compared with `analytic`. */
function expectGradient(input: Float64Array, analytic: Float64Array, loss: () => number, tolerance = 1e-6): void {
  let worst = 0;
  for (let i = 0; i < input.length; i += 1) {
    const saved = input[i]!;
    input[i] = saved + STEP;
    const up = loss();
    input[i] = saved - STEP;
    const down = loss();
    input[i] = saved;
    const numeric = (up - down) / (2 * STEP);
    const error = Math.abs(numeric - analytic[i]!) / Math.max(1, Math.abs(numeric));
    worst = Math.max(worst, error);
  }
  expect(worst).toBeLessThan(tolerance);
}

const weighted = (out: Float64Array, upstream: Float64Array) => out.reduce((sum, value, i) => sum + value * upstream[i]!, 0);

describe('linear layer', () => {
  // Sizes not multiples of 4 exercise the blocked loops' remainders as well as the blocks.
  for (const [rows, inputs, outputs] of [[6, 5, 7], [8, 4, 8], [1, 3, 2]] as const) {
    it(`matches finite differences for ${rows}×${inputs} → ${outputs}, with and without bias`, () => {
      for (const withBias of [true, false]) {
        const inp = normals(rows * inputs);
        const weight = normals(outputs * inputs);
        const bias = withBias ? normals(outputs) : undefined;
        const upstream = normals(rows * outputs);
        const out = new Float64Array(rows * outputs);
        const loss = () => (linearForward(out, inp, weight, bias, rows, inputs, outputs), weighted(out, upstream));
        // The forward pass against a plain triple loop.
        loss();
        for (let r = 0; r < rows; r += 1) {
          for (let o = 0; o < outputs; o += 1) {
            let sum = bias ? bias[o]! : 0;
            for (let i = 0; i < inputs; i += 1) sum += inp[r * inputs + i]! * weight[o * inputs + i]!;
            expect(out[r * outputs + o]).toBeCloseTo(sum, 12);
          }
        }
        const dinp = new Float64Array(inp.length);
        const dweight = new Float64Array(weight.length);
        const dbias = bias ? new Float64Array(outputs) : undefined;
        linearBackward(dinp, dweight, dbias, upstream, inp, weight, rows, inputs, outputs);
        expectGradient(inp, dinp, loss);
        expectGradient(weight, dweight, loss);
        if (bias && dbias) expectGradient(bias, dbias, loss);
      }
    });
  }
});

describe('layer norm', () => {
  it('normalises each row and matches finite differences', () => {
    const rows = 3;
    const width = 6;
    const inp = normals(rows * width, 2);
    const gain = normals(width);
    const bias = normals(width);
    const upstream = normals(rows * width);
    const out = new Float64Array(rows * width);
    const mean = new Float64Array(rows);
    const rstd = new Float64Array(rows);
    const loss = () => (layerNormForward(out, mean, rstd, inp, gain, bias, rows, width), weighted(out, upstream));
    const ones = new Float64Array(width).fill(1);
    layerNormForward(out, mean, rstd, inp, ones, new Float64Array(width), rows, width);
    const row = Array.from(out.subarray(0, width));
    expect(row.reduce((s, x) => s + x, 0)).toBeCloseTo(0, 12);
    expect(row.reduce((s, x) => s + x * x, 0) / width).toBeCloseTo(1, 4); // ε = 1e-5 keeps it just below 1
    loss();
    const dinp = new Float64Array(inp.length);
    const dgain = new Float64Array(width);
    const dbias = new Float64Array(width);
    layerNormBackward(dinp, dgain, dbias, upstream, inp, gain, mean, rstd, rows, width);
    expectGradient(inp, dinp, loss);
    expectGradient(gain, dgain, loss);
    expectGradient(bias, dbias, loss);
  });
});

describe('causal attention', () => {
  const shape = { batch: 2, time: 4, width: 6, heads: 3 };
  const size = shape.batch * shape.time;

  it('never looks ahead: changing a later position leaves earlier outputs alone', () => {
    const qkv = normals(size * 3 * shape.width);
    const out = new Float64Array(size * shape.width);
    const weights = new Float64Array(shape.batch * shape.heads * shape.time * shape.time);
    attentionForward(out, weights, qkv, shape);
    const before = out.slice();
    // Perturb the last position of sequence 0 (its query, key and value).
    for (let i = 0; i < 3 * shape.width; i += 1) qkv[3 * 3 * shape.width + i]! += 1;
    attentionForward(out, weights, qkv, shape);
    expect(Array.from(out.subarray(0, 3 * shape.width))).toEqual(Array.from(before.subarray(0, 3 * shape.width)));
    // Each weight row sums to 1 over the visible positions.
    for (let row = 0; row < shape.batch * shape.heads * shape.time; row += 1) {
      const values = weights.subarray(row * shape.time, (row + 1) * shape.time);
      expect(values.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    }
  });

  it('matches finite differences', () => {
    const qkv = normals(size * 3 * shape.width);
    const upstream = normals(size * shape.width);
    const out = new Float64Array(size * shape.width);
    const weights = new Float64Array(shape.batch * shape.heads * shape.time * shape.time);
    const loss = () => (attentionForward(out, weights, qkv, shape), weighted(out, upstream));
    loss();
    const dqkv = new Float64Array(qkv.length);
    attentionBackward(dqkv, upstream, qkv, weights, shape, new Float64Array(shape.time));
    expectGradient(qkv, dqkv, loss);
  });
});

describe('GeLU (tanh form)', () => {
  it('is src/math/gelu.ts’s tanh approximation and matches finite differences', () => {
    const inp = normals(40, 3);
    const out = new Float64Array(40);
    geluForward(out, inp, 40);
    inp.forEach((x, i) => expect(out[i]).toBe(geluTanhApproximation(x)));
    const upstream = normals(40);
    const dinp = new Float64Array(40);
    geluBackward(dinp, inp, upstream, 40);
    expectGradient(inp, dinp, () => (geluForward(out, inp, 40), weighted(out, upstream)));
  });
});

describe('embeddings', () => {
  it('add token and position rows, and gradients collect on repeated tokens', () => {
    const [batch, time, width, vocabulary] = [2, 3, 4, 5];
    const tokens = Int32Array.from([1, 1, 4, 0, 1, 2]);
    const tokenEmbedding = normals(vocabulary * width);
    const positionEmbedding = normals(time * width);
    const upstream = normals(batch * time * width);
    const out = new Float64Array(batch * time * width);
    const loss = () => (embeddingForward(out, tokens, tokenEmbedding, positionEmbedding, batch, time, width), weighted(out, upstream));
    const dtoken = new Float64Array(tokenEmbedding.length);
    const dposition = new Float64Array(positionEmbedding.length);
    embeddingBackward(dtoken, dposition, upstream, tokens, batch, time, width);
    expectGradient(tokenEmbedding, dtoken, loss);
    expectGradient(positionEmbedding, dposition, loss);
  });
});

describe('masked cross-entropy', () => {
  const [rows, vocabulary] = [5, 4];
  const targets = Int32Array.from([0, 3, 2, 2, 1]);

  it('averages −log p over the masked positions only (chapter 5’s SFT loss)', () => {
    const logits = normals(rows * vocabulary);
    const mask = Float64Array.from([0, 1, 1, 0, 1]);
    const result = crossEntropyForward(new Float64Array(rows * vocabulary), new Float64Array(rows), logits, targets, mask, rows, vocabulary);
    let sum = 0;
    for (const r of [1, 2, 4]) {
      const row = Array.from(logits.subarray(r * vocabulary, (r + 1) * vocabulary));
      const norm = Math.log(row.reduce((s, z) => s + Math.exp(z), 0));
      sum += norm - row[targets[r]!]!;
    }
    expect(result.count).toBe(3);
    expect(result.sum).toBeCloseTo(sum, 12);
    expect(result.loss).toBeCloseTo(sum / 3, 12);
  });

  it('matches finite differences, with and without a mask', () => {
    for (const mask of [undefined, Float64Array.from([1, 0, 1, 1, 0])]) {
      const logits = normals(rows * vocabulary, 3);
      const probs = new Float64Array(rows * vocabulary);
      const losses = new Float64Array(rows);
      const loss = () => crossEntropyForward(probs, losses, logits, targets, mask, rows, vocabulary).loss;
      const { count } = crossEntropyForward(probs, losses, logits, targets, mask, rows, vocabulary);
      const dlogits = new Float64Array(logits.length);
      crossEntropyBackward(dlogits, probs, targets, mask, count, rows, vocabulary);
      expectGradient(logits, dlogits, loss);
    }
  });

  it('gives per-token log-probabilities, and the gradient of a weighted sum of them', () => {
    const logits = normals(rows * vocabulary, 2);
    const logProbs = new Float64Array(rows);
    const weights = Float64Array.from([0.5, -1, 2, 0, 1.5]);
    const objective = () => {
      tokenLogProbabilities(logProbs, logits, targets, rows, vocabulary);
      return logProbs.reduce((sum, value, r) => sum + weights[r]! * value, 0);
    };
    objective();
    expect(Math.exp(logProbs[0]!)).toBeGreaterThan(0);
    const probs = new Float64Array(rows * vocabulary);
    crossEntropyForward(probs, new Float64Array(rows), logits, targets, undefined, rows, vocabulary);
    const dlogits = new Float64Array(logits.length);
    crossEntropyBackward(dlogits, probs, targets, weights.map((w) => -w), 1, rows, vocabulary);
    expectGradient(logits, dlogits, objective);
  });

  it('stays finite for huge logits', () => {
    const logits = Float64Array.from([1000, -1000, 0, 500]);
    const result = crossEntropyForward(new Float64Array(4), new Float64Array(1), logits, Int32Array.from([1]), undefined, 1, 4);
    expect(result.loss).toBeCloseTo(2000, 9);
  });
});
