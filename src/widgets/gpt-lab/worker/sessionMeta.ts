/**
 * The lab's part of a model file (its `meta`): which page it belongs to, its seed and batch, where each stage stands,
 * the loss curves and samples, the comparisons the reward model learns from, and the reward model's and PPO's
 * records. Read from untrusted files, so it is parsed by a schema; a file whose meta fails is refused as a whole.
 *
 * Versions: 1 (issue #23) had pretraining and fine-tuning only, no `version` field, and kept `comparisons` as an
 * unchecked list that it never filled. 2 adds `version`, the reward-model and PPO stages, and a schema for each
 * comparison. A version-1 meta is read and migrated (its comparisons list must be empty, as version 1 always wrote
 * it); a version above 2 is refused as newer.
 */
import * as z from 'zod/mini';

import { MAX_COMPARISON_PROMPT, MAX_COMPARISON_REPLY, MAX_COMPARISONS, SESSION_META_VERSION } from './sessionMetaVersion.ts';

// The version, limits and fresh records live in sessionMetaVersion.ts, free of zod: the worker's first load needs them,
// while these schemas load with the file code (sessionFile.ts) on the first save or restore.
export { freshRlhfRecords, MAX_COMPARISON_PROMPT, MAX_COMPARISON_REPLY, MAX_COMPARISONS, SESSION_META_VERSION } from './sessionMetaVersion.ts';

const step = z.int().check(z.minimum(0));
const finite = z.number();
const lossPoint = z.tuple([step, finite]);
const stageSchema = z.object({
  /** Steps taken. */
  step,
  /** Steps planned (the schedule's length). */
  total: z.int().check(z.minimum(1)),
  /** [step, mean training loss over the steps since the previous point]. */
  train: z.array(lossPoint),
  /** [step, validation loss]. */
  validation: z.array(lossPoint),
});

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** One comparison: a prompt, the preferred reply and the other, where it came from, and whether it is held out. */
export const comparisonSchema = z.object({
  prompt: text(MAX_COMPARISON_PROMPT),
  chosen: text(MAX_COMPARISON_REPLY),
  rejected: text(MAX_COMPARISON_REPLY),
  /** 'shipped': from the lab's set; 'reader': the reader picked it. */
  source: z.enum(['shipped', 'reader']),
  /** Kept out of training, to measure the reward model on comparisons it never learned from. */
  heldOut: z.boolean(),
});

/** PPO's knobs as the reader set them (the rest are fixed by the lab). */
export const ppoSettingsSchema = z.object({
  /** KL coefficient β. */
  beta: z.number().check(z.minimum(0), z.maximum(10)),
  /** Clip range ε. */
  epsilon: z.number().check(z.minimum(0.01), z.maximum(0.9)),
  learningRate: z.number().check(z.minimum(1e-6), z.maximum(1e-2)),
  /** Replies per iteration. */
  rollouts: z.int().check(z.minimum(4), z.maximum(64)),
});

const metaFields = {
  kind: z.literal('gpt-lab'),
  locale: z.enum(['zh', 'en']),
  seed: z.int().check(z.minimum(0)),
  batch: z.int().check(z.minimum(1), z.maximum(64)),
  pretrain: stageSchema,
  sft: stageSchema,
  /** Samples taken while pretraining, oldest first. */
  samples: z.array(z.object({ step: z.int(), text: z.string() })),
  /** The last fine-tuning batch's Σ m·(−log p) and Σ m, for chapter 5's formula. */
  sftLoss: z.nullable(z.object({ sum: finite, count: finite })),
};

/** The meta of a lab model file, version 2. */
export const sessionMetaSchema = z.object({
  version: z.literal(SESSION_META_VERSION),
  ...metaFields,
  /** 'pretrain' until fine-tuning starts, 'sft' until the reward model starts, 'reward' until PPO starts, then 'ppo'. */
  stage: z.enum(['pretrain', 'sft', 'reward', 'ppo']),
  comparisons: z.array(comparisonSchema).check(z.maxLength(MAX_COMPARISONS)),
  reward: z.object({
    step,
    total: z.int().check(z.minimum(1)),
    /** [step, loss of that step's batch]. */
    train: z.array(lossPoint),
    /** [step, held-out loss, held-out accuracy]. */
    heldOut: z.array(z.tuple([step, finite, finite])),
  }),
  ppo: z.object({
    /** Iterations done. */
    step,
    total: z.int().check(z.minimum(1)),
    /** AdamW updates taken (its bias corrections count them). */
    updates: step,
    settings: ppoSettingsSchema,
    /** [iteration, mean score, mean KL per reply, fraction clipped, β used, share of replies with the planted mark]. */
    points: z.array(z.tuple([step, finite, finite, finite, finite, finite])),
    /** Greedy replies to the fixed prompts, after `iteration` iterations. */
    samples: z.array(z.object({ iteration: step, replies: z.array(z.string()) })),
  }),
});

/** The meta of version 1 (issue #23), read only to migrate it. */
const sessionMetaV1Schema = z.object({
  ...metaFields,
  stage: z.enum(['pretrain', 'sft']),
  comparisons: z.array(z.unknown()),
});

/** A parsed meta. */
export type SessionMeta = z.output<typeof sessionMetaSchema>;
/** One stage's progress (pretraining or fine-tuning). */
export type StageProgress = SessionMeta['pretrain'];
/** A comparison as the meta keeps it. */
export type StoredComparison = z.output<typeof comparisonSchema>;
/** PPO's settings as the meta keeps them. */
export type PpoKnobs = z.output<typeof ppoSettingsSchema>;

/** What reading a meta found. */
export type MetaOutcome =
  | { ok: true; meta: SessionMeta; migratedFrom?: number }
  | { ok: false; code: 'bad-meta' | 'newer-version'; detail: string };

/**
 * Parses a meta of any version this lab knows, migrating version 1. `fresh` supplies the RLHF records a version-1
 * file lacks. `describe` turns a validation error into words.
 */
export function parseSessionMeta(raw: unknown, fresh: Pick<SessionMeta, 'reward' | 'ppo'>, describe: (error: unknown) => string): MetaOutcome {
  const version = typeof raw === 'object' && raw !== null && 'version' in raw ? (raw as { version: unknown }).version : 1;
  if (typeof version === 'number' && Number.isInteger(version) && version > SESSION_META_VERSION) {
    return { ok: false, code: 'newer-version', detail: `training record version ${version}; this lab reads 1 to ${SESSION_META_VERSION}` };
  }
  if (version === SESSION_META_VERSION) {
    const parsed = sessionMetaSchema.safeParse(raw, { reportInput: true });
    return parsed.success ? { ok: true, meta: parsed.data } : { ok: false, code: 'bad-meta', detail: describe(parsed.error) };
  }
  const parsed = sessionMetaV1Schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, code: 'bad-meta', detail: describe(parsed.error) };
  const { comparisons, ...rest } = parsed.data;
  if (comparisons.length > 0) {
    // Version 1 never wrote a comparison: refuse rather than drop what it holds.
    return { ok: false, code: 'bad-meta', detail: `a version 1 record holds ${comparisons.length} comparisons in an unknown format` };
  }
  return { ok: true, migratedFrom: 1, meta: { version: SESSION_META_VERSION, ...rest, comparisons: [], ...fresh } };
}
