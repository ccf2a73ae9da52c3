import type { ModelFileProblem } from '../../../storage/gpt/modelFile.ts';

/** Why the lab refused a model file: the file format's own problems, or the lab's (language, training record). */
export type RefusalProblem = ModelFileProblem | { code: 'other-locale' | 'bad-meta'; detail: string };

/** Thrown when a model file cannot be used here; `problem.code` says why, for the reader's message. */
export class ModelFileRefused extends Error {
  constructor(readonly problem: RefusalProblem) {
    super(problem.detail);
  }
}
