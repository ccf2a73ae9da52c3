/**
 * The messages between the lab's page and its training worker. The worker owns the model; the page sends requests
 * and draws the state the worker reports (a few times a second while training, never every loss).
 */
import type { Locale } from '../../../content/locale.ts';
import type { SessionSettings, Stage } from './labSession.ts';
import type { SessionMeta } from './sessionMeta.ts';

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
  throughput: { tokensPerSecond: number; stepsPerSecond: number };
  source: ModelSource;
  /** Counts the models this worker has held (a reset, a load or an import makes a new one): with the step, says whether a save is due. */
  generation: number;
}

/** Why something the reader asked for did not happen. */
export interface LabProblem {
  /** What was being done: loading the saved model, importing a file, loading the checkpoint, training. */
  during: 'saved' | 'import' | 'checkpoint' | 'training' | 'data';
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
  | { type: 'load-checkpoint' }
  | { type: 'import'; bytes: Uint8Array }
  | { type: 'export'; id: number }
  | { type: 'reply'; id: number; user: string; temperature: number; seed: number }
  | { type: 'inspect'; id: number; prompt: string; temperature: number; seed: number };

/** Worker → page. */
export type LabReport =
  | { type: 'state'; state: LabState }
  | { type: 'file'; id: number; bytes: Uint8Array }
  | { type: 'replies'; id: number; before: { text: string; ended: boolean }; after: { text: string; ended: boolean } }
  | { type: 'inspection'; id: number; inspection: Inspection }
  | { type: 'problem'; problem: LabProblem };
