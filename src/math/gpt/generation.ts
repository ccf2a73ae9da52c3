/**
 * Text generation, one token at a time, with a key–value cache: each new token runs through the model once, reading
 * the keys and values of the tokens before it from the cache instead of recomputing them (the cache of chapter 2's
 * generation section). When the context is full, the last half of it is fed again from position 0, since positions
 * are learned embeddings with no position past contextLength − 1.
 */
import { pickIndex, temperatureProbabilities } from '../sampling.ts';
import { MLP_EXPANSION } from './config.ts';
import { geluForward } from './kernels/gelu.ts';
import { layerNormForward } from './kernels/layerNorm.ts';
import { linearForward } from './kernels/linear.ts';
import type { GptModel } from './model.ts';
import type { FloatArray } from './parameterLayout.ts';

/** Keys and values of every position so far, per layer, plus the scratch of one position. */
export interface KvCache {
  /** Per layer [contextLength, width]. */
  keys: Float64Array[];
  values: Float64Array[];
  /** Positions filled. */
  length: number;
  scratch: { x: Float64Array; norm: Float64Array; qkv: Float64Array; attention: Float64Array; projected: Float64Array; hidden: Float64Array; activated: Float64Array; stat: Float64Array; stat2: Float64Array; scores: Float64Array; logits: Float64Array };
}

/** An empty cache for `model`. */
export function createKvCache(model: GptModel<FloatArray>): KvCache {
  const { layers, width, contextLength, vocabularySize } = model.config;
  const make = (size: number) => new Float64Array(size);
  return {
    keys: Array.from({ length: layers }, () => make(contextLength * width)),
    values: Array.from({ length: layers }, () => make(contextLength * width)),
    length: 0,
    scratch: {
      x: make(width), norm: make(width), qkv: make(3 * width), attention: make(width), projected: make(width),
      hidden: make(MLP_EXPANSION * width), activated: make(MLP_EXPANSION * width), stat: make(1), stat2: make(1),
      scores: make(contextLength), logits: make(vocabularySize),
    },
  };
}

/** Feeds `token` at the next position and returns the logits for the token after it (a view into the cache's scratch). */
export function decodeStep(model: GptModel<FloatArray>, cache: KvCache, token: number): Float64Array {
  const { config, parameters: p } = model;
  const { width, heads, contextLength, vocabularySize } = config;
  if (cache.length >= contextLength) throw new RangeError(`the cache is full (${contextLength} positions)`);
  if (!Number.isInteger(token) || token < 0 || token >= vocabularySize) throw new RangeError(`token ${token} is outside the vocabulary`);
  const position = cache.length;
  const s = cache.scratch;
  const size = width / heads;
  const scale = 1 / Math.sqrt(size);
  for (let i = 0; i < width; i += 1) s.x[i] = p.tokenEmbedding[token * width + i]! + p.positionEmbedding[position * width + i]!;
  for (let layer = 0; layer < config.layers; layer += 1) {
    const w = p.blocks[layer]!;
    const keys = cache.keys[layer]!;
    const values = cache.values[layer]!;
    layerNormForward(s.norm, s.stat, s.stat2, s.x, w.norm1Gain, w.norm1Bias, 1, width);
    linearForward(s.qkv, s.norm, w.attentionInWeight, w.attentionInBias, 1, width, 3 * width);
    keys.set(s.qkv.subarray(width, 2 * width), position * width);
    values.set(s.qkv.subarray(2 * width, 3 * width), position * width);
    for (let h = 0; h < heads; h += 1) {
      let max = Number.NEGATIVE_INFINITY;
      for (let t = 0; t <= position; t += 1) {
        let score = 0;
        for (let i = 0; i < size; i += 1) score += s.qkv[h * size + i]! * keys[t * width + h * size + i]!;
        s.scores[t] = score * scale;
        if (s.scores[t]! > max) max = s.scores[t]!;
      }
      let sum = 0;
      for (let t = 0; t <= position; t += 1) {
        s.scores[t] = Math.exp(s.scores[t]! - max);
        sum += s.scores[t]!;
      }
      for (let i = 0; i < size; i += 1) {
        let value = 0;
        for (let t = 0; t <= position; t += 1) value += s.scores[t]! * values[t * width + h * size + i]!;
        s.attention[h * size + i] = value / sum;
      }
    }
    linearForward(s.projected, s.attention, w.attentionOutWeight, w.attentionOutBias, 1, width, width);
    for (let i = 0; i < width; i += 1) s.x[i]! += s.projected[i]!;
    layerNormForward(s.norm, s.stat, s.stat2, s.x, w.norm2Gain, w.norm2Bias, 1, width);
    linearForward(s.hidden, s.norm, w.mlpInWeight, w.mlpInBias, 1, width, MLP_EXPANSION * width);
    geluForward(s.activated, s.hidden, MLP_EXPANSION * width);
    linearForward(s.projected, s.activated, w.mlpOutWeight, w.mlpOutBias, 1, MLP_EXPANSION * width, width);
    for (let i = 0; i < width; i += 1) s.x[i]! += s.projected[i]!;
  }
  layerNormForward(s.norm, s.stat, s.stat2, s.x, p.finalNormGain, p.finalNormBias, 1, width);
  linearForward(s.logits, s.norm, p.tokenEmbedding, undefined, 1, width, vocabularySize);
  cache.length += 1;
  return s.logits;
}

/**
 * The next token from `logits`: the most likely one when `temperature` is 0 (greedy decoding, its own case rather
 * than a limit), else a draw from softmax(logits / temperature) with `random`.
 */
export function sampleToken(logits: ArrayLike<number>, temperature: number, random: () => number): number {
  // The sampling lab's own draw: greedy as its own case, and a rounding sliver never lands on a banned token.
  return pickIndex(temperatureProbabilities(Array.from(logits), temperature), temperature === 0 ? 0 : random());
}

/** Options of generate(). */
export interface GenerateOptions {
  /** Tokens to add at most. */
  maxTokens: number;
  /** 0 = greedy. */
  temperature: number;
  random: () => number;
  /** Generation stops after producing one of these (it is included in the result). */
  stopTokens?: readonly number[];
  /** Tokens the model may never produce (their logit is set to −∞), e.g. the <unk> and <user> tokens. */
  bannedTokens?: readonly number[];
}

/** Continues `prompt` (at least one token) and returns only the new tokens. */
export function generate(model: GptModel<FloatArray>, prompt: readonly number[], options: GenerateOptions): number[] {
  if (prompt.length === 0) throw new RangeError('the prompt needs at least one token');
  const { contextLength } = model.config;
  const cache = createKvCache(model);
  const history = [...prompt];
  let logits = feed(model, cache, history.slice(-contextLength));
  const produced: number[] = [];
  for (let n = 0; n < options.maxTokens; n += 1) {
    for (const banned of options.bannedTokens ?? []) logits[banned] = Number.NEGATIVE_INFINITY;
    const token = sampleToken(logits, options.temperature, options.random);
    produced.push(token);
    history.push(token);
    if (options.stopTokens?.includes(token)) break;
    if (cache.length >= contextLength) {
      cache.length = 0;
      logits = feed(model, cache, history.slice(-Math.max(1, Math.floor(contextLength / 2))));
    } else {
      logits = decodeStep(model, cache, token);
    }
  }
  return produced;
}

function feed(model: GptModel<FloatArray>, cache: KvCache, tokens: readonly number[]): Float64Array {
  let logits: Float64Array | undefined;
  for (const token of tokens) logits = decodeStep(model, cache, token);
  return logits!;
}
