/**
 * The page's side of the training worker: starts it, passes requests, and turns its reports into a state a React
 * hook can read. Replies to questions (a reply, an inspection, a file) come back as promises.
 */
import type { Locale } from '../../content/locale.ts';
import type { Comparison } from '../../math/gpt/rlhf/comparisons.ts';
import type { Reply, ReplyModel, SessionSettings, Stage } from './worker/labSession.ts';
import type { Inspection, LabProblem, LabReport, LabRequest, LabState } from './worker/protocol.ts';
import type { RlhfStage } from './worker/canTrainRlhf.ts';
import type { PpoKnobs } from './worker/sessionMeta.ts';

/** Listeners of a client. */
export interface LabClientEvents {
  state: (state: LabState) => void;
  problem: (problem: LabProblem) => void;
}

/** One worker and its pending questions. */
export class LabClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, (report: LabReport) => void>();

  constructor(private readonly events: LabClientEvents) {
    this.worker = new Worker(new URL('./worker/gptLab.worker.ts', import.meta.url), { type: 'module', name: 'gpt-lab' });
    this.worker.onmessage = (event: MessageEvent<LabReport>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      events.problem({ during: 'training', code: 'worker', detail: event.message || 'the training worker stopped' });
    };
  }

  private receive(report: LabReport): void {
    if (report.type === 'state') this.events.state(report.state);
    else if (report.type === 'problem') this.events.problem(report.problem);
    else {
      this.pending.get(report.id)?.(report);
      this.pending.delete(report.id);
    }
  }

  private send(request: LabRequest, transfer: Transferable[] = []): void {
    this.worker.postMessage(request, transfer);
  }

  private ask<T extends LabReport>(request: (id: number) => LabRequest): Promise<T> {
    const id = this.nextId;
    this.nextId += 1;
    return new Promise((resolve) => {
      this.pending.set(id, (report) => resolve(report as T));
      this.send(request(id));
    });
  }

  start(locale: Locale, settings: SessionSettings, saved?: Uint8Array): void {
    this.send({ type: 'start', locale, settings, ...(saved ? { saved } : {}) }, saved ? [saved.buffer] : []);
  }

  train(stage: Stage): void {
    this.send({ type: 'train', stage });
  }

  pause(): void {
    this.send({ type: 'pause' });
  }

  reset(): void {
    this.send({ type: 'reset' });
  }

  loadCheckpoint(): void {
    this.send({ type: 'load-checkpoint' });
  }

  importFile(bytes: Uint8Array): void {
    this.send({ type: 'import', bytes }, [bytes.buffer]);
  }

  /** The model file of the current session. */
  async exportFile(): Promise<Uint8Array> {
    const report = await this.ask<Extract<LabReport, { type: 'file' }>>((id) => ({ type: 'export', id }));
    return report.bytes;
  }

  /** The replies of `models` to `user`, each at `temperature` from `seed`. */
  async reply(user: string, temperature: number, seed: number, models: ReplyModel[]): Promise<Partial<Record<ReplyModel, Reply>>> {
    const report = await this.ask<Extract<LabReport, { type: 'replies' }>>((id) => ({ type: 'reply', id, user, temperature, seed, models }));
    return report.replies;
  }

  /** Two replies of the fine-tuned model to `user`, sampled at temperature 1 from `seed`: a comparison to judge. */
  async samplePair(user: string, seed: number): Promise<Reply[]> {
    const report = await this.ask<Extract<LabReport, { type: 'pair' }>>((id) => ({ type: 'sample-pair', id, user, seed }));
    return report.replies;
  }

  /** Adds the reader's comparison; resolves with whether it was taken. */
  async addComparison(comparison: Comparison): Promise<boolean> {
    const report = await this.ask<Extract<LabReport, { type: 'added' }>>((id) => ({ type: 'add-comparison', id, comparison }));
    return report.count > 0;
  }

  /** Adds the shipped comparisons not in the list yet; resolves with how many. */
  async addShipped(): Promise<number> {
    const report = await this.ask<Extract<LabReport, { type: 'added' }>>((id) => ({ type: 'add-shipped', id }));
    return report.count;
  }

  removeComparison(index: number): void {
    this.send({ type: 'remove-comparison', index });
  }

  /** The reward model's score of `reply` to `prompt`, or null before there is one. */
  async score(prompt: string, reply: string): Promise<number | null> {
    const report = await this.ask<Extract<LabReport, { type: 'score' }>>((id) => ({ type: 'score', id, prompt, reply }));
    return report.score;
  }

  setKnobs(knobs: PpoKnobs): void {
    this.send({ type: 'ppo-knobs', knobs });
  }

  resetStage(stage: RlhfStage): void {
    this.send({ type: 'reset-stage', stage });
  }

  async inspect(prompt: string, temperature: number, seed: number): Promise<Inspection> {
    const report = await this.ask<Extract<LabReport, { type: 'inspection' }>>((id) => ({ type: 'inspect', id, prompt, temperature, seed }));
    return report.inspection;
  }

  terminate(): void {
    this.worker.terminate();
    this.pending.clear();
  }
}
