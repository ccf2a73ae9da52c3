/**
 * The messages between the lab's page and its training worker. The worker owns the models; the page sends requests
 * and draws the state the worker reports (a few times a second while training, never every loss).
 */
import type { Locale } from '../../../content/locale.ts';
import type { Comparison } from '../../../math/gpt/rlhf/comparisons.ts';
import type { Reply, ReplyModel, SessionSettings, Stage } from './labSession.ts';
import type { RlhfStage } from './canTrainRlhf.ts';
import type { PpoKnobs, SessionMeta } from './sessionMeta.ts';

/** Where the current model came from. */
export type ModelSource = 'new' | 'saved' | 'checkpoint' | 'import';

/** What the page needs to draw the lab. Replaced whole on every report. */
export interface LabState {
  /** Layers, width, heads, context, vocabulary and parameter count of the model. */
  size: { layers: number; width: number; heads: number; context: number; vocabulary: number; parameters: number; batch: number };
  meta: SessionMeta;
  /** The stage training now, or null when paused. */
  running: Stage | null;
  canTrain: Record<Stage, boolean>;
  /** True once fine-tuning has started (there is a "before" model). */
  hasPretrained: boolean;
  throughput: { tokensPerSecond: number; stepsPerSecond: number; rewardStepsPerSecond: number; ppoIterationMs: number };
  /** The RLHF stages' extras: comparisons for training and held out, the questions PPO's samples follow. */
  rlhf: { training: number; heldOut: number; minTraining: number; fixedPrompts: string[]; mark: string };
  source: ModelSource;
  /** Counts the models this worker has held (a reset, a load or an import makes a new one). */
  generation: number;
  /** Counts the changes made outside training (comparisons, PPO's knobs, a stage started over): with the steps and the generation, says whether a save is due. */
  revision: number;
}

/** Why something the reader asked for did not happen. */
export interface LabProblem {
  /** What was being done: loading the saved model, importing a file, loading the checkpoint, training, loading data or the RLHF stages' code. */
  during: 'saved' | 'import' | 'checkpoint' | 'training' | 'data' | 'rlhf';
  code: string;
  detail: string;
}

/** The top next tokens and every head's attention for a prompt, plus a continuation. */
export interface Inspection {
  symbols: string[];
  unknown: number;
  top: { symbol: string; probability: number }[];
  /** [layer][head] row-major symbols.length² matrices. */
  attention: Float32Array[][];
  continuation: string;
}

/** Page → worker. */
export type LabRequest =
  | { type: 'start'; locale: Locale; settings: SessionSettings; saved?: Uint8Array }
  | { type: 'train'; stage: Stage }
  | { type: 'pause' }
  | { type: 'reset' }
  | { type: 'reset-stage'; stage: RlhfStage }
  | { type: 'load-checkpoint' }
  | { type: 'import'; bytes: Uint8Array }
  | { type: 'export'; id: number }
  | { type: 'reply'; id: number; user: string; temperature: number; seed: number; models: ReplyModel[] }
  | { type: 'inspect'; id: number; prompt: string; temperature: number; seed: number }
  | { type: 'sample-pair'; id: number; user: string; seed: number }
  | { type: 'add-comparison'; id: number; comparison: Comparison }
  | { type: 'add-shipped'; id: number }
  | { type: 'remove-comparison'; index: number }
  | { type: 'score'; id: number; prompt: string; reply: string }
  | { type: 'ppo-knobs'; knobs: PpoKnobs };

/** Worker → page. */
export type LabReport =
  | { type: 'state'; state: LabState }
  | { type: 'file'; id: number; bytes: Uint8Array }
  | { type: 'replies'; id: number; replies: Partial<Record<ReplyModel, Reply>> }
  | { type: 'inspection'; id: number; inspection: Inspection }
  | { type: 'pair'; id: number; replies: Reply[] }
  | { type: 'added'; id: number; count: number }
  | { type: 'score'; id: number; score: number | null }
  | { type: 'problem'; problem: LabProblem };
