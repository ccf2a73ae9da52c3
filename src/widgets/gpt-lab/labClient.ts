/**
 * The page's side of the training worker: starts it, passes requests, and turns its reports into a state a React
 * hook can read. Replies to questions (a reply, an inspection, a file) come back as promises.
 */
import type { Locale } from '../../content/locale.ts';
import type { SessionSettings, Stage } from './worker/labSession.ts';
import type { Inspection, LabProblem, LabReport, LabRequest, LabState } from './worker/protocol.ts';

/** A reply pair: the model before fine-tuning and now. */
export interface ReplyPair {
  before: { text: string; ended: boolean };
  after: { text: string; ended: boolean };
}

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

  async reply(user: string, temperature: number, seed: number): Promise<ReplyPair> {
    const report = await this.ask<Extract<LabReport, { type: 'replies' }>>((id) => ({ type: 'reply', id, user, temperature, seed }));
    return { before: report.before, after: report.after };
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
