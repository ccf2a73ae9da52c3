/**
 * The GPT lab's vocabulary: its props, their limits and defaults, and the schema of its directive attributes. The
 * defaults are the size that, on one core of a 2-core laptop, turns noise into recognisable words within a minute
 * (about 30k parameters; src/math/gpt/README.md has the measurements).
 */
import { z } from 'zod';
import { attributeMessage, numberAttribute } from '../attributes.ts';

/**
 * Height reserved for the lab before it mounts; the widget's root has the same min-height, so nothing below it moves
 * when it mounts. What mounts first is the pretraining tab, whose samples scroll in a box of fixed height, so its
 * height depends on the width alone: measured in Chromium on the chapter, it was 829 px (English) and 824 px
 * (Chinese) at 320 px wide, 785 and 760 at 360, 746 and 724 at 390, and 667–669 from 600 px up. The reserve follows
 * that with 25–45 px to spare: 858 px at 320, 834 at 360, 816 at 390, and 44rem (704 px) from 577 px up.
 */
export const GPT_LAB_RESERVE = 'max(44rem, calc(1050px - 60vw))';

/** Props of `::gpt-lab`. */
export interface GptLabProps {
  /** Seed of the initial weights, the batches and the samples: the same seed repeats a run. Default 1. */
  seed: number;
  /** Transformer blocks. Default 2. */
  layers: number;
  /** Width of the hidden vectors (d_model), a multiple of heads. Default 32. */
  width: number;
  /** Attention heads. Default 4. */
  heads: number;
  /** Context length in tokens (characters), attribute `context`. Default 64: room for a short dialogue. */
  contextLength: number;
  /** Sequences per training step. Default 8. */
  batch: number;
  /** Pretraining steps (the learning-rate schedule's length). Default 2000. */
  steps: number;
  /** Fine-tuning steps. Default 300. */
  sftSteps: number;
  /** Sampling temperature of the samples; 0 is greedy. Default 0.8. */
  temperature: number;
}

/** The starting state when the directive sets nothing. */
export const DEFAULT_PROPS: GptLabProps = {
  seed: 1, layers: 2, width: 32, heads: 4, contextLength: 64, batch: 8, steps: 2000, sftSteps: 300, temperature: 0.8,
};

/** Limits, chosen so that the largest model still trains a step in well under a second on a phone. */
export const LIMITS = {
  seed: { min: 0, max: 2 ** 31 - 1 },
  layers: { min: 1, max: 4 },
  width: { min: 8, max: 96 },
  heads: { min: 1, max: 8 },
  contextLength: { min: 16, max: 128 },
  batch: { min: 1, max: 32 },
  steps: { min: 50, max: 20000 },
  sftSteps: { min: 10, max: 5000 },
  temperature: { min: 0, max: 2 },
} as const;

/** Parsers for each attribute on its own, so that the URL state can take what parses and ignore the rest. */
export const attributeParsers = {
  seed: numberAttribute('seed', LIMITS.seed, { integer: true }),
  layers: numberAttribute('layers', LIMITS.layers, { integer: true }),
  width: numberAttribute('width', LIMITS.width, { integer: true }),
  heads: numberAttribute('heads', LIMITS.heads, { integer: true }),
  contextLength: numberAttribute('context', LIMITS.contextLength, { integer: true, reason: 'the dialogues need at least 16 characters' }),
  batch: numberAttribute('batch', LIMITS.batch, { integer: true }),
  steps: numberAttribute('steps', LIMITS.steps, { integer: true }),
  sftSteps: numberAttribute('sft-steps', LIMITS.sftSteps, { integer: true }),
  temperature: numberAttribute('temperature', LIMITS.temperature),
};

const attributes = z
  .object({
    seed: attributeParsers.seed.default(DEFAULT_PROPS.seed),
    layers: attributeParsers.layers.default(DEFAULT_PROPS.layers),
    width: attributeParsers.width.default(DEFAULT_PROPS.width),
    heads: attributeParsers.heads.default(DEFAULT_PROPS.heads),
    context: attributeParsers.contextLength.default(DEFAULT_PROPS.contextLength),
    batch: attributeParsers.batch.default(DEFAULT_PROPS.batch),
    steps: attributeParsers.steps.default(DEFAULT_PROPS.steps),
    'sft-steps': attributeParsers.sftSteps.default(DEFAULT_PROPS.sftSteps),
    temperature: attributeParsers.temperature.default(DEFAULT_PROPS.temperature),
  })
  .strict()
  .transform(({ 'sft-steps': sftSteps, context: contextLength, ...rest }, context): GptLabProps => {
    if (rest.width % rest.heads !== 0) {
      context.addIssue({
        code: 'custom',
        path: ['width'],
        message: attributeMessage('width', `a multiple of heads (${rest.heads})`, String(rest.width)),
      });
      return z.NEVER;
    }
    return { ...rest, contextLength, sftSteps };
  });

/** Parses directive attributes (strings) into props; exported for tests. */
export const gptLabAttributes = attributes as unknown as z.ZodType<GptLabProps, Record<string, string>>;
