/**
 * Advantages without a value network. Chapter 3's advantage is "the reward still to come from token t on, minus what
 * was expected there" (GAE with γ = λ = 1). PPO as InstructGPT ran it learns the expectation with a fourth model, a
 * value head. Here the expectation is the mean return of the other replies sampled for the same prompt (a
 * leave-one-out baseline, as RLOO does): it costs no model and no training, it is unbiased (it never depends on the
 * reply it is compared with), and because each prompt is compared only with itself, a prompt the reward model likes
 * more than another does not make all of its replies look good.
 */

/** G_t = Σ_{s ≥ t} R_s: the reward still to come at each token (no discount). */
export function rewardsToGo(rewards: ArrayLike<number>): Float64Array {
  const returns = new Float64Array(rewards.length);
  let sum = 0;
  for (let t = rewards.length - 1; t >= 0; t -= 1) {
    sum += rewards[t]!;
    returns[t] = sum;
  }
  return returns;
}

/**
 * For replies grouped by prompt (`groups[i]` is reply i's group), b_i = the mean of the total returns of the other
 * replies in its group. A group of one has no others: its baseline is 0.
 */
export function leaveOneOutBaselines(returns: readonly number[], groups: readonly number[]): number[] {
  if (returns.length !== groups.length) throw new RangeError(`${returns.length} returns but ${groups.length} group labels`);
  const sums = new Map<number, { sum: number; count: number }>();
  returns.forEach((value, i) => {
    const entry = sums.get(groups[i]!) ?? { sum: 0, count: 0 };
    entry.sum += value;
    entry.count += 1;
    sums.set(groups[i]!, entry);
  });
  return returns.map((value, i) => {
    const { sum, count } = sums.get(groups[i]!)!;
    return count > 1 ? (sum - value) / (count - 1) : 0;
  });
}

/** A_t = G_t − b for every token of one reply: its rewards-to-go minus its baseline. */
export function tokenAdvantages(rewards: ArrayLike<number>, baseline: number): Float64Array {
  return rewardsToGo(rewards).map((value) => value - baseline);
}
