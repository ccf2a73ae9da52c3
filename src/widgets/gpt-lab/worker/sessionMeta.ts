/**
 * The lab's part of a model file (its `meta`): which page it belongs to, its seed and batch, where each stage stands,
 * the loss curves and the samples, and the comparisons the RLHF stage will collect. Read from untrusted files, so it
 * is parsed by a schema; a file whose meta fails is refused as a whole.
 */
import * as z from 'zod/mini';

const lossPoint = z.tuple([z.int().check(z.minimum(0)), z.number()]);
const stageSchema = z.object({
  /** Steps taken. */
  step: z.int().check(z.minimum(0)),
  /** Steps planned (the schedule's length). */
  total: z.int().check(z.minimum(1)),
  /** [step, mean training loss over the steps since the previous point]. */
  train: z.array(lossPoint),
  /** [step, validation loss]. */
  validation: z.array(lossPoint),
});

/** The meta of a lab model file, version 1. */
export const sessionMetaSchema = z.object({
  kind: z.literal('gpt-lab'),
  locale: z.enum(['zh', 'en']),
  seed: z.int().check(z.minimum(0)),
  batch: z.int().check(z.minimum(1), z.maximum(64)),
  /** 'pretrain' until fine-tuning starts, then 'sft'. */
  stage: z.enum(['pretrain', 'sft']),
  pretrain: stageSchema,
  sft: stageSchema,
  /** Samples taken while pretraining, oldest first. */
  samples: z.array(z.object({ step: z.int(), text: z.string() })),
  /** The last fine-tuning batch's Σ m·(−log p) and Σ m, for chapter 5's formula. */
  sftLoss: z.nullable(z.object({ sum: z.number(), count: z.number() })),
  /** Comparisons between replies (RLHF, a later stage): kept as they are, whatever they hold. */
  comparisons: z.array(z.unknown()),
});

/** A parsed meta. */
export type SessionMeta = z.output<typeof sessionMetaSchema>;
/** One stage's progress. */
export type StageProgress = SessionMeta['pretrain'];
