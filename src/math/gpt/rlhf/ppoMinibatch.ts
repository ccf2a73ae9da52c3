/**
 * One minibatch of PPO's update: sampled replies padded into a batch once, and the clipped surrogate of chapter 3 with
 * its gradient through the whole model. ppo.ts runs the iteration around it.
 */
import type { Activations } from '../activations.ts';
import { backward } from '../backward.ts';
import { crossEntropyBackward, crossEntropyForward } from '../kernels/crossEntropy.ts';
import { forward, type GptModel } from '../model.ts';
import type { FloatArray, ModelTensors } from '../parameterLayout.ts';
import { TOKEN } from '../tokenizer.ts';
import { tokenSurrogate } from './clippedSurrogate.ts';
import type { Rollout } from './ppo.ts';
import { type PaddedBatch, padSequences } from './sequences.ts';

/** Replies padded into one batch: inputs, targets (each position's next token) and 1 on the replies' own tokens. */
export interface Minibatch {
  members: Rollout[];
  padded: PaddedBatch;
  targets: Int32Array;
  mask: Float32Array;
  rows: number;
}

/** `rollouts` cut into minibatches of `size`, each padded once (it is reused by every phase and epoch). */
export function cutMinibatches(rollouts: readonly Rollout[], size: number, contextLength: number): Minibatch[] {
  const result: Minibatch[] = [];
  for (let start = 0; start < rollouts.length; start += size) {
    const members = rollouts.slice(start, start + size);
    const sequences = members.map((rollout) => [...rollout.prompt, ...rollout.actions]);
    const padded = padSequences(sequences, contextLength);
    const rows = padded.batch * padded.time;
    const targets = new Int32Array(rows).fill(TOKEN.end);
    const mask = new Float32Array(rows);
    sequences.forEach((sequence, b) => {
      for (let t = 0; t + 1 < sequence.length; t += 1) {
        targets[b * padded.time + t] = sequence[t + 1]!;
        if (t >= members[b]!.prompt.length - 1) mask[b * padded.time + t] = 1;
      }
    });
    result.push({ members, padded, targets, mask, rows });
  }
  return result;
}

/** What the surrogate of one minibatch came to. */
export interface SurrogateResult {
  /** L^CLIP, the mean clipped term over the replies' tokens. */
  value: number;
  clipped: number;
  count: number;
}

/**
 * L^CLIP of a minibatch under `policy` and its gradient, added to `grads` as the gradient of −L (what AdamW
 * minimises). `members[b]` holds reply b's log π_old and advantages, one per token it chose.
 */
export function surrogateGradient<A extends FloatArray>(
  policy: GptModel<A>,
  acts: Activations<A>,
  minibatch: Minibatch,
  members: readonly { oldLogProbabilities: ArrayLike<number>; advantages: ArrayLike<number> }[],
  epsilon: number,
  grads: ModelTensors<A>,
): SurrogateResult {
  const { padded, targets, mask, rows } = minibatch;
  const { vocabularySize } = policy.config;
  forward(policy, acts, padded.tokens);
  // crossEntropyForward fills the softmax the backward pass needs, and −log π_θ(y_t) at every position.
  crossEntropyForward(acts.probs, acts.losses, acts.logits, targets, mask, rows, vocabularySize);
  const logProbabilities = Float64Array.from(acts.losses, (loss) => -loss);
  const old = new Float64Array(rows);
  const advantages = new Float64Array(rows);
  minibatch.members.forEach((rollout, b) => {
    const first = b * padded.time + rollout.prompt.length - 1;
    old.set(members[b]!.oldLogProbabilities, first);
    advantages.set(members[b]!.advantages, first);
  });
  const surrogate = tokenSurrogate(logProbabilities, old, advantages, mask, epsilon);
  // With w_t = ∂L/∂log π_θ(y_t), ∂(−L)/∂logits = Σ_t w_t·(π_θ − onehot(y_t)): crossEntropyBackward with the weights as
  // its mask and a count of 1.
  const weights = new policy.ArrayType(rows) as A;
  weights.set(surrogate.weights);
  crossEntropyBackward(acts.grad.logits, acts.probs, targets, weights, 1, rows, vocabularySize);
  backward(policy, acts, grads, { logits: acts.grad.logits });
  return { value: surrogate.value, clipped: surrogate.clipped, count: surrogate.count };
}
