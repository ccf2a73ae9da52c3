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
 * height depends on the width alone, mostly through how many rows the seven tabs wrap into. Measured in Chromium on
 * the chapter (the larger of English and Chinese): 870 px at 320 px wide, 826 at 340–360, 787 at 390–420, 767 at 480,
 * 737 at 540, 709 at 600–700 and 678 from 768 up. The reserve follows that line with 20–50 px to spare:
 * 890 px at 320, 873 at 360, 860 at 390, 797 at 540, 729 at 700, and 44rem (704 px) from about 760 px up.
 */
export const GPT_LAB_RESERVE = 'max(44rem, calc(1026px - 42.4vw))';

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
  /** Fine-tuning steps. Default 600: enough for the replies the reward model and PPO start from to be mostly clean. */
  sftSteps: number;
  /** Reward-model steps, attribute `reward-steps`. Default 60 (of 8 comparisons each, a few passes over the lab's set). */
  rewardSteps: number;
  /** PPO iterations, attribute `ppo-iterations`. Default 60 (of 16 replies each). */
  ppoIterations: number;
  /** Sampling temperature of the samples; 0 is greedy. Default 0.8. */
  temperature: number;
}

/** The starting state when the directive sets nothing. */
export const DEFAULT_PROPS: GptLabProps = {
  seed: 1, layers: 2, width: 32, heads: 4, contextLength: 64, batch: 8, steps: 2000, sftSteps: 600, rewardSteps: 60, ppoIterations: 60, temperature: 0.8,
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
  rewardSteps: { min: 2, max: 2000 },
  ppoIterations: { min: 2, max: 1000 },
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
  rewardSteps: numberAttribute('reward-steps', LIMITS.rewardSteps, { integer: true }),
  ppoIterations: numberAttribute('ppo-iterations', LIMITS.ppoIterations, { integer: true }),
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
    'reward-steps': attributeParsers.rewardSteps.default(DEFAULT_PROPS.rewardSteps),
    'ppo-iterations': attributeParsers.ppoIterations.default(DEFAULT_PROPS.ppoIterations),
    temperature: attributeParsers.temperature.default(DEFAULT_PROPS.temperature),
  })
  .strict()
  .transform(({ 'sft-steps': sftSteps, 'reward-steps': rewardSteps, 'ppo-iterations': ppoIterations, context: contextLength, ...rest }, context): GptLabProps => {
    if (rest.width % rest.heads !== 0) {
      context.addIssue({
        code: 'custom',
        path: ['width'],
        message: attributeMessage('width', `a multiple of heads (${rest.heads})`, String(rest.width)),
      });
      return z.NEVER;
    }
    return { ...rest, contextLength, sftSteps, rewardSteps, ppoIterations };
  });

/** Parses directive attributes (strings) into props; exported for tests. */
export const gptLabAttributes = attributes as unknown as z.ZodType<GptLabProps, Record<string, string>>;
