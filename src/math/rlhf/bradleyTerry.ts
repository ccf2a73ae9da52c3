/**
 * The Bradley–Terry reward model of RLHF's second stage, in the linear form a lab can fit in a browser: each reply is
 * a vector of features, its reward is r = w·features + b, and a preference "y_w beats y_l" has probability
 * σ(r_w − r_l). The loss is InstructGPT's pairwise loss, −log σ(r_w − r_l) averaged over the C(K, 2) pairs one ranking
 * gives, plus an L2 penalty (λ/2)‖w‖². Without the penalty a ranking that some w orders perfectly has no minimum:
 * scaling that w up always lowers the loss, so gradient descent drives ‖w‖ to infinity.
 *
 * The bias b never appears in a difference r_w − r_l: no pair can tell two biases apart, its gradient is exactly 0,
 * and it is not fitted here. Callers fix it by a convention (see zeroMeanBias).
 */
import { sigmoid } from '../geluTanh.ts';

/** One comparison from a ranking: indices of the better reply (winner) and the worse one (loser). */
export interface Preference {
  winner: number;
  loser: number;
}

/**
 * The C(K, 2) preferences one ranking gives, best reply first: for the ranking [A, B, C, D] the pairs A≻B, A≻C, A≻D,
 * B≻C, B≻D, C≻D, in that order (the order of the chapter's worked example). `ranking` lists reply indices.
 */
export function pairsFromRanking(ranking: readonly number[]): Preference[] {
  const pairs: Preference[] = [];
  for (let better = 0; better < ranking.length; better += 1) {
    for (let worse = better + 1; worse < ranking.length; worse += 1) {
      pairs.push({ winner: ranking[better]!, loser: ranking[worse]! });
    }
  }
  return pairs;
}

// σ is the notebook's one logistic function (geluTanh.ts); re-exported beside log σ for the reward models.
export { sigmoid };

/** log σ(z) = −log(1 + e^(−z)), accurate for large |z| (log σ(−800) is −800, not −Infinity). */
export function logSigmoid(z: number): number {
  return z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
}

/** Each reply's reward w·features + bias. `features[k]` is reply k's feature vector, as long as `weights`. */
export function linearRewards(weights: readonly number[], features: readonly (readonly number[])[], bias = 0): number[] {
  return features.map((row) => row.reduce((sum, value, j) => sum + value * weights[j]!, bias));
}

/** The pairwise loss of rewards: −log σ(r_w − r_l) averaged over `pairs`. Adding a constant to every reward leaves it unchanged. */
export function pairwiseLoss(rewards: readonly number[], pairs: readonly Preference[]): number {
  if (pairs.length === 0) return 0;
  let sum = 0;
  for (const { winner, loser } of pairs) sum -= logSigmoid(rewards[winner]! - rewards[loser]!);
  return sum / pairs.length;
}

/** Everything the lab shows about a reward model's fit at one set of weights. */
export interface BradleyTerryEvaluation {
  /** Mean pairwise loss plus the L2 penalty: what gradient descent lowers. */
  loss: number;
  /** Mean pairwise loss −log σ(r_w − r_l) alone. */
  pairLoss: number;
  /** (λ/2)‖w‖². */
  penalty: number;
  /** ∂loss/∂w. */
  gradient: number[];
  /** Per pair: the margin r_w − r_l. */
  margins: number[];
  /** Per pair: σ(r_w − r_l), the model's probability that a person prefers the winner. */
  probabilities: number[];
  /** Per pair: −log σ(r_w − r_l). */
  pairLosses: number[];
}

/**
 * The regularised Bradley–Terry loss at `weights` and its gradient: with m = w·(f_w − f_l) for each pair,
 * loss = mean(−log σ(m)) + (λ/2)‖w‖² and ∂loss/∂w = −mean((1 − σ(m))(f_w − f_l)) + λw. `l2` is λ ≥ 0.
 */
export function evaluateBradleyTerry(
  weights: readonly number[],
  features: readonly (readonly number[])[],
  pairs: readonly Preference[],
  l2: number,
): BradleyTerryEvaluation {
  const rewards = linearRewards(weights, features);
  const gradient = weights.map((weight) => l2 * weight);
  const margins: number[] = [];
  const probabilities: number[] = [];
  const pairLosses: number[] = [];
  let pairLoss = 0;
  for (const { winner, loser } of pairs) {
    const margin = rewards[winner]! - rewards[loser]!;
    const probability = sigmoid(margin);
    const loss = -logSigmoid(margin);
    margins.push(margin);
    probabilities.push(probability);
    pairLosses.push(loss);
    pairLoss += loss / pairs.length;
    const push = (1 - probability) / pairs.length;
    for (let j = 0; j < weights.length; j += 1) {
      gradient[j]! -= push * (features[winner]![j]! - features[loser]![j]!);
    }
  }
  const penalty = (l2 / 2) * weights.reduce((sum, weight) => sum + weight * weight, 0);
  return { loss: pairLoss + penalty, pairLoss, penalty, gradient, margins, probabilities, pairLosses };
}

/** One step of gradient descent on the regularised loss: w − learningRate·∂loss/∂w. */
export function bradleyTerryStep(
  weights: readonly number[],
  features: readonly (readonly number[])[],
  pairs: readonly Preference[],
  l2: number,
  learningRate: number,
): number[] {
  const { gradient } = evaluateBradleyTerry(weights, features, pairs, l2);
  return weights.map((weight, j) => weight - learningRate * gradient[j]!);
}

/**
 * The bias that makes the rewards average 0 under `probabilities` (a distribution over the replies): InstructGPT
 * shifted its reward model so that human demonstrations score 0 on average; a lab can do the same for its reference
 * policy's replies. `rawRewards` are the rewards without a bias.
 */
export function zeroMeanBias(rawRewards: readonly number[], probabilities: readonly number[]): number {
  return -rawRewards.reduce((sum, reward, k) => sum + reward * probabilities[k]!, 0);
}
