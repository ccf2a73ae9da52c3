/**
 * The next-token (sampling) lab's vocabulary: its props, their limits and defaults, and the schema of its directive
 * attributes. Each attribute has its own parser (attributeParsers), so the URL state can take what parses and ignore
 * the rest. Components import this file, never definition.ts.
 */
import { z } from 'zod';
import { numberAttribute, numberListAttribute } from '../attributes.ts';
import { vocabularyListAttribute } from '../vocabularyListAttribute.ts';
import { CANDIDATE_IDS, type CandidateId } from './candidates.ts';

/** Props of the next-token lab. Every field has a default. */
export interface SamplingLabProps {
  /** The candidate next tokens, 2 to 8 different ids from CANDIDATES. Default mat, floor, sofa, bed, roof, moon. */
  tokens: CandidateId[];
  /** One logit per candidate, each in LIMITS.logit. Default 3.2, 2.5, 1.8, 1, 0.2, −1. */
  logits: number[];
  /** Temperature T in LIMITS.temperature; 0 means greedy decoding. Default 1. */
  temperature: number;
  /** Top-k: keep the k most likely candidates; k ≥ the number of candidates keeps all. Default 8 (off). */
  topK: number;
  /** Top-p: keep the smallest set of most likely candidates whose probability reaches p; 1 keeps all. Default 1 (off). */
  topP: number;
  /** Seed of the generator that draws the samples, a whole number from 0 to 2^32 − 1. Default 1. */
  seed: number;
  /** Samples already drawn when the lab opens, so a link can reproduce a histogram. Default 0. */
  draws: number;
}

/**
 * Height reserved for the lab before it mounts (definition.ts) and the lab's own min-height, so that nothing shifts
 * when it mounts with six candidates. Measured in Chromium on the architecture chapter in both languages at 25 widths
 * from 320 to 1,440 px (Chinese is the taller, by up to 165 px): 1,469 px up to 360, 1,444 at 414, 1,340 at 480,
 * 1,302 up to 621, then 1,007 (the three settings fit side by side) and 905 from 667 px (two columns of candidates).
 * The reserve is that staircase plus 24 px: below 621 px a falling line between 1,326 and 1,493 px, from 621 to 667 px
 * 1,036 px, above that 58.5rem. Each step is (edge − 100vw) × 1000: far above any height below the edge, negative
 * above it, so min() and clamp() switch at the edge.
 */
export const SAMPLING_LAB_RESERVE =
  'max(calc(936px + clamp(0px, (667px - 100vw) * 1000, 100px)), min(max(1326px, min(1493px, calc(1914px - 107.7vw))), calc(1500px + (621px - 100vw) * 1000)))';

/** Limits shared by the attribute parsers and the lab's controls. */
export const LIMITS = {
  tokens: { min: 2, max: 8 },
  /** Beyond ±10 the probabilities of the others round to 0 at T = 1 and the lesson is lost. */
  logit: { min: -10, max: 10 },
  temperature: { min: 0, max: 5 },
  topK: { min: 1, max: 8 },
  topP: { min: 0.01, max: 1 },
  seed: { min: 0, max: 2 ** 32 - 1 },
  /** At most this many samples: redrawing them all on each change stays well inside a frame. */
  draws: { min: 0, max: 100_000 },
} as const;

/** The lab's starting state when the directive sets nothing. */
export const DEFAULT_PROPS: SamplingLabProps = {
  tokens: ['mat', 'floor', 'sofa', 'bed', 'roof', 'moon'],
  logits: [3.2, 2.5, 1.8, 1, 0.2, -1],
  temperature: 1,
  topK: 8,
  topP: 1,
  seed: 1,
  draws: 0,
};

/** Parsers for each attribute on its own (strings in, typed values out). */
export const attributeParsers = {
  tokens: vocabularyListAttribute('tokens', CANDIDATE_IDS, LIMITS.tokens, { unique: true }),
  logits: numberListAttribute('logits', LIMITS.tokens, LIMITS.logit),
  temperature: numberAttribute('temperature', LIMITS.temperature, { reason: 'T = 0 is greedy decoding' }),
  topk: numberAttribute('topk', LIMITS.topK, { integer: true }),
  topp: numberAttribute('topp', LIMITS.topP, { reason: 'p = 1 keeps every candidate' }),
  seed: numberAttribute('seed', LIMITS.seed, { integer: true }),
  draws: numberAttribute('draws', LIMITS.draws, { integer: true }),
};

const attributes = z
  .object({
    tokens: attributeParsers.tokens.optional(),
    logits: attributeParsers.logits.optional(),
    temperature: attributeParsers.temperature.default(DEFAULT_PROPS.temperature),
    topk: attributeParsers.topk.default(DEFAULT_PROPS.topK),
    topp: attributeParsers.topp.default(DEFAULT_PROPS.topP),
    seed: attributeParsers.seed.default(DEFAULT_PROPS.seed),
    draws: attributeParsers.draws.default(DEFAULT_PROPS.draws),
  })
  .strict()
  .transform((parsed, context): SamplingLabProps => {
    const tokens = (parsed.tokens ?? DEFAULT_PROPS.tokens) as CandidateId[];
    const logits = parsed.logits ?? (parsed.tokens ? undefined : DEFAULT_PROPS.logits);
    if (logits === undefined || logits.length !== tokens.length) {
      context.addIssue({
        code: 'custom',
        path: ['logits'],
        message: `logits must give one number per token (${tokens.length}), got ${logits === undefined ? 'none' : logits.length}`,
      });
      return z.NEVER;
    }
    const { temperature, topk: topK, topp: topP, seed, draws } = parsed;
    return { tokens, logits, temperature, topK, topP, seed, draws };
  });

/** Parses directive attributes (strings) into props; used by definition.ts and the tests. */
export const samplingLabAttributes = attributes as unknown as z.ZodType<SamplingLabProps, Record<string, string>>;
