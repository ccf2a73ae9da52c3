/**
 * A whole PPO run from the reference policy, iteration by iteration, kept so that a lab can show any iteration and
 * extend the run when the reader steps on. A run is a pure function of its inputs and its seed: the same inputs give
 * the same iterations, so a link that records the iteration reproduces the view. It stops early if the logits stop
 * being finite or leave MAX_LOGIT (a learning rate far too large).
 */
import { mulberry32 } from '../random.ts';
import { klDivergence, logSoftmax, probabilitiesOf } from './policy.ts';
import { ppoIteration, type PpoIteration, type PpoSettings } from './ppo.ts';

/** Largest |logit| before a run counts as diverged. */
export const MAX_LOGIT = 1e6;

/** The policy after some number of iterations. */
export interface PpoSnapshot {
  /** Iterations done: 0 is the reference policy. */
  iteration: number;
  logits: number[];
  logProbabilities: number[];
  probabilities: number[];
  /** Exact KL(π‖π_ref) in nats. */
  kl: number;
  /** The iteration that produced this policy (none for iteration 0). */
  step: PpoIteration | undefined;
}

/** A run that grows on demand. */
export interface PpoRun {
  /** snapshots[t] after t iterations, as far as the run has gone. */
  readonly snapshots: readonly PpoSnapshot[];
  /** The iteration whose logits were not finite or left MAX_LOGIT, if the run diverged; it is not in `snapshots`. */
  readonly divergedAt: number | undefined;
  /** Runs iterations until `iterations` are done (or the run diverges). Returns the last snapshot reached. */
  extendTo: (iterations: number) => PpoSnapshot;
}

/** What a run starts from and optimises. */
export interface PpoRunInputs {
  /** π_ref, positive and summing to 1: the policy starts here and the KL penalty ties it here. */
  referenceProbabilities: readonly number[];
  /** The reward r of each reply. */
  rewards: readonly number[];
  settings: PpoSettings;
  /** Seed of the generator that draws the batches (unsigned 32-bit integer). */
  seed: number;
}

/** A new run at iteration 0 (π = π_ref); call extendTo to go further. */
export function createPpoRun({ referenceProbabilities, rewards, settings, seed }: PpoRunInputs): PpoRun {
  const referenceLogProbabilities = referenceProbabilities.map((probability) => Math.log(probability));
  const random = mulberry32(seed);
  const snapshot = (iteration: number, logits: number[], step: PpoIteration | undefined): PpoSnapshot => {
    const logProbabilities = logSoftmax(logits);
    return {
      iteration,
      logits,
      logProbabilities,
      probabilities: probabilitiesOf(logProbabilities),
      kl: klDivergence(logProbabilities, referenceLogProbabilities),
      step,
    };
  };
  const snapshots: PpoSnapshot[] = [snapshot(0, logSoftmax(referenceLogProbabilities), undefined)];
  let divergedAt: number | undefined;
  return {
    snapshots,
    get divergedAt() {
      return divergedAt;
    },
    extendTo(iterations) {
      while (divergedAt === undefined && snapshots.length <= iterations) {
        const last = snapshots[snapshots.length - 1]!;
        const step = ppoIteration(last.logits, referenceLogProbabilities, rewards, settings, random);
        if (step.logits.some((logit) => !(Math.abs(logit) <= MAX_LOGIT))) {
          divergedAt = last.iteration + 1;
          break;
        }
        snapshots.push(snapshot(last.iteration + 1, step.logits, step));
      }
      return snapshots[Math.min(iterations, snapshots.length - 1)]!;
    },
  };
}
