import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random.ts';
import { softmax } from '../softmax.ts';
import type { GptConfig } from './config.ts';
import { createKvCache, decodeStep, generate, sampleToken } from './generation.ts';
import { inspectPrompt } from './inspect.ts';
import { activationsFor, createModel, forward } from './model.ts';

const config: GptConfig = { vocabularySize: 9, contextLength: 6, layers: 2, width: 8, heads: 2 };

describe('KV-cache decoding', () => {
  it('gives the same logits as the full forward pass at every position', () => {
    const model = createModel<Float64Array>(config, 4, Float64Array);
    const tokens = [3, 1, 4, 1, 5, 8];
    const acts = activationsFor(model, 1, tokens.length);
    forward(model, acts, tokens);
    const cache = createKvCache(model);
    tokens.forEach((token, t) => {
      const logits = decodeStep(model, cache, token);
      const full = acts.logits.subarray(t * 9, (t + 1) * 9);
      logits.forEach((value, v) => expect(Math.abs(value - full[v]!)).toBeLessThan(1e-12));
    });
    expect(() => decodeStep(model, cache, 0)).toThrow(/full/);
  });

  it('generates reproducibly from a seed, past the context length, and stops at a stop token', () => {
    const model = createModel(config, 4);
    const run = (seed: number) => generate(model, [1, 2], { maxTokens: 20, temperature: 1, random: mulberry32(seed) });
    expect(run(7)).toEqual(run(7));
    expect(run(7)).toHaveLength(20);
    const stopped = generate(model, [1, 2], { maxTokens: 50, temperature: 1, random: mulberry32(1), stopTokens: [3] });
    expect(stopped.slice(0, -1).includes(3)).toBe(false);
    const banned = generate(model, [1], { maxTokens: 40, temperature: 2, random: mulberry32(2), bannedTokens: [0, 1, 2] });
    expect(banned.some((token) => token < 3)).toBe(false);
  });
});

describe('sampling', () => {
  it('is greedy at temperature 0 and follows softmax(z/T) otherwise', () => {
    expect(sampleToken([0.1, 2, -1], 0, () => 0.99)).toBe(1);
    const logits = [1, 0, -1];
    const p = softmax(logits, 0.5);
    // Inverse-CDF draws land in each token's share.
    expect(sampleToken(logits, 0.5, () => p[0]! - 1e-9)).toBe(0);
    expect(sampleToken(logits, 0.5, () => p[0]! + 1e-9)).toBe(1);
    expect(sampleToken(logits, 0.5, () => p[0]! + p[1]! + 1e-9)).toBe(2);
    const random = mulberry32(9);
    const counts = [0, 0, 0];
    for (let i = 0; i < 20000; i += 1) counts[sampleToken(logits, 0.5, random)]! += 1;
    counts.forEach((count, i) => expect(Math.abs(count / 20000 - p[i]!)).toBeLessThan(0.01));
    expect(() => sampleToken(logits, -1, random)).toThrow(/temperature/);
  });
});

describe('inspectPrompt', () => {
  it('returns next-token probabilities and causal attention rows that sum to 1', () => {
    const model = createModel(config, 5);
    const { nextTokenProbabilities, attention, tokens } = inspectPrompt(model, [1, 2, 3, 4, 5, 6, 7, 8]);
    expect(tokens).toEqual([3, 4, 5, 6, 7, 8]);
    expect(nextTokenProbabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(attention).toHaveLength(2);
    const head = attention[1]![0]!;
    for (let t = 0; t < 6; t += 1) {
      const row = Array.from(head.subarray(t * 6, t * 6 + 6));
      expect(row.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 6);
      expect(row.slice(t + 1).every((x) => x === 0)).toBe(true);
    }
  });
});
